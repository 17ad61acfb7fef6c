/// Last year's programmes sorted by how their output compares with plan (BAB II 2.1 a, b, c).
public struct Evaluasi: Equatable, Sendable {
    /// One programme named in the evaluation, with the causes of its result.
    public struct Butir: Equatable, Sendable {
        /// The code of the programme.
        public var program: String
        public var penyebab: [String]
        public var location: SourceLocation

        public init(program: String, penyebab: [String], location: SourceLocation) {
            self.program = program
            self.penyebab = penyebab
            self.location = location
        }
    }

    public var diBawahRencana: [Butir]
    public var sesuaiRencana: [Butir]
    public var diAtasRencana: [Butir]

    public init(diBawahRencana: [Butir], sesuaiRencana: [Butir], diAtasRencana: [Butir]) {
        self.diBawahRencana = diBawahRencana
        self.sesuaiRencana = sesuaiRencana
        self.diAtasRencana = diAtasRencana
    }
}
