import RenjaModel

/// An amount in two versions; `nil` is "no figure" ("-") and counts as zero in the selisih.
public struct AmountChange: Equatable, Sendable {
    public var before: Money?
    public var after: Money?

    public init(before: Money?, after: Money?) {
        self.before = before
        self.after = after
    }

    /// After minus before.
    public var selisih: Money { (after ?? .zero) - (before ?? .zero) }

    public var isChanged: Bool { before != after }
}
