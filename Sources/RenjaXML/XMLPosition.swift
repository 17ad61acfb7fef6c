/// A 1-based line and column in a parsed XML source. libxml2 reports columns for
/// well-formedness errors; for nodes and RELAX NG errors the column may be 0 (unknown).
public struct XMLPosition: Hashable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
