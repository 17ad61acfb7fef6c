/// Counts the prose states ("terdiri dari 5 (lima) program"); print them with
/// `RenjaFormatter.countWithWords(_:)`. The number of chapters belongs to the document outline,
/// not to the plan, so the template stage counts it.
public struct Counts: Equatable, Sendable {
    /// Programmes planned in year n or n+1.
    public var program: Int
    /// Kegiatan planned in year n or n+1.
    public var kegiatan: Int
    /// Laws in BAB I 1.2.
    public var landasanHukum: Int

    public init(program: Int, kegiatan: Int, landasanHukum: Int) {
        self.program = program
        self.kegiatan = kegiatan
        self.landasanHukum = landasanHukum
    }
}
