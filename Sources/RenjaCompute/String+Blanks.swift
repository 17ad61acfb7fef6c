import Foundation

extension String {
    /// The string without the blanks (`CharacterSet.whitespaces`: space, tab and Unicode's
    /// spaces) at its ends. A unit name usually has none, which its first and last bytes show:
    /// Foundation's trimming costs about 7,000 instructions a call, and every K value printed
    /// in a table trims its unit.
    func trimmingBlanks() -> String {
        let isPlain = { (byte: UInt8) in byte < 0x80 && byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") }
        if let first = utf8.first, let last = utf8.last, isPlain(first), isPlain(last) { return self }
        return trimmingCharacters(in: .whitespaces)
    }
}
