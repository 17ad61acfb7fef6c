import Foundation

/// How an indicator's value is calculated, printed as text or as a real fraction.
public enum Formula: Equatable, Sendable {
    /// A value read directly, e.g. `Nilai IKM Kecamatan`.
    case teks(String)
    /// `pembilang / penyebut x pengali satuan`, e.g. desa on time / all desa x 100 %.
    case pecahan(pembilang: String, penyebut: String, pengali: Decimal?, satuan: String?)
}
