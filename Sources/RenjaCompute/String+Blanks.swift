import RenjaModel

extension String {
    /// The string without white space (`Whitespace`: space, tab and Unicode's spaces) at its
    /// ends. A unit name usually has none, which its first and last bytes show without
    /// looking further: every K value printed in a table trims its unit.
    func trimmingBlanks() -> String {
        let isPlain = { (byte: UInt8) in byte < 0x80 && byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") }
        if let first = utf8.first, let last = utf8.last, isPlain(first), isPlain(last) { return self }
        return Whitespace.trimmed(self)
    }
}
