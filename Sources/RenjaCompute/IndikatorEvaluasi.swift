import Foundation
import RenjaModel

/// The K half of T-C.29 for one indicator of a programme (outcome) or kegiatan (output).
public struct IndikatorEvaluasi: Equatable, Sendable {
    public var kode: String
    public var uraian: String
    public var satuan: String
    /// The rule column 13 was computed by: the indicator's own, or the default for its unit.
    public var aturanK: Indikator.KRule
    public var cells: EvaluasiCells<Decimal>

    public init(kode: String, uraian: String, satuan: String, aturanK: Indikator.KRule, cells: EvaluasiCells<Decimal>) {
        self.kode = kode
        self.uraian = uraian
        self.satuan = satuan
        self.aturanK = aturanK
        self.cells = cells
    }
}
