/// The stage of a Renja version, from the first draft to the mid-year revision. The raw
/// values are the spec's words, which also label archived versions.
public enum Tahap: String, Equatable, Sendable, CaseIterable {
    case rancanganAwal = "rancangan awal"
    case rancangan
    case rancanganAkhir = "rancangan akhir"
    case penetapan
    /// The Renja Perubahan, which revises the budget of the `penetapan` version.
    case perubahan
}
