/// One main problem of the problem tree (Tabel 2.5), its problems and their root causes.
public struct MasalahPokok: Equatable, Sendable {
    /// A problem and the root causes beneath it.
    public struct Masalah: Equatable, Sendable {
        public var uraian: String
        public var akarMasalah: [String]

        public init(uraian: String, akarMasalah: [String]) {
            self.uraian = uraian
            self.akarMasalah = akarMasalah
        }
    }

    public var uraian: String
    public var masalah: [Masalah]

    public init(uraian: String, masalah: [Masalah]) {
        self.uraian = uraian
        self.masalah = masalah
    }
}
