/// The OPD's strategy: one statement and the points that make it up (BAB III 3.2.3).
public struct Strategi: Equatable, Sendable {
    public var pernyataan: String
    public var butir: [String]

    public init(pernyataan: String, butir: [String]) {
        self.pernyataan = pernyataan
        self.butir = butir
    }
}
