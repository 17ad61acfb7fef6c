/// A planning period such as the Renstra's 2018-2023, both ends included.
public struct YearRange: Hashable, Sendable {
    public var first: Int
    public var last: Int

    public init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }

    public func contains(_ year: Int) -> Bool { (first...last).contains(year) }
}
