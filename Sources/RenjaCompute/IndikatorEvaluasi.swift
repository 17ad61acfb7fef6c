import Foundation
import RenjaModel

/// The K half of T-C.29 for one indicator of a programme (outcome) or kegiatan (output).
public struct IndikatorEvaluasi: Equatable, Sendable {
    public var kode: String
    public var uraian: String
    public var satuan: String
    /// The rule column 13 was computed by: the indicator's own, or the default for its unit.
    public var aturanK: Indikator.KRule
    /// Columns 5-14 of the quarterly form (`Settings.EvaluationLayout.triwulan`).
    public var cells: EvaluasiCells<Decimal>
    /// Columns 4-11 of the short form; `nil` unless the project uses `.ringkas`.
    public var ringkas: EvaluasiRingkasCells?

    public init(
        kode: String, uraian: String, satuan: String, aturanK: Indikator.KRule, cells: EvaluasiCells<Decimal>,
        ringkas: EvaluasiRingkasCells? = nil
    ) {
        self.kode = kode
        self.uraian = uraian
        self.satuan = satuan
        self.aturanK = aturanK
        self.cells = cells
        self.ringkas = ringkas
    }
}
