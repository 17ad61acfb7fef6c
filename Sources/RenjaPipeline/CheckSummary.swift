import RenjaModel

/// The one-line summary of a checked project: how much of it was read.
public struct CheckSummary: Equatable, Sendable, CustomStringConvertible {
    public var program: Int
    public var kegiatan: Int
    /// Indicators of sasaran, programmes and kegiatan together.
    public var indikator: Int
    public var csvRows: Int

    public init(plan: Plan) {
        let kegiatan = plan.program.flatMap(\.kegiatan)
        program = plan.program.count
        self.kegiatan = kegiatan.count
        indikator = plan.tujuan.flatMap(\.sasaran).flatMap(\.indikator).count
            + plan.program.flatMap(\.indikator).count
            + kegiatan.flatMap(\.indikator).count
        csvRows = plan.realisasi.rowCount
    }

    public var description: String {
        // kegiatan and indikator are Indonesian words, the same in the plural.
        "\(program) programme\(program == 1 ? "" : "s"), \(kegiatan) kegiatan, \(indikator) indikator, "
            + "\(csvRows) CSV row\(csvRows == 1 ? "" : "s") read"
    }
}
