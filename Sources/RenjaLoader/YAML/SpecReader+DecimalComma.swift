extension SpecReader {
    /// What to say of a year key that is really the decimals of a value written with a decimal
    /// comma: in a flow mapping `{2021: 88,5}` YAML ends the value 88 at the comma and reads
    /// `5` as a key of its own, which would be reported as a year outside the plan's periods.
    /// `nil` unless the key follows whole digits and a comma directly, with no space between,
    /// as in `88,5` (after `2021: 88, 2022: 90` the space marks a new entry). `path` is the
    /// map's.
    func decimalCommaMessage(before key: SpecNode, path: String) -> String? {
        guard let decimals = tree.text(of: key), let line = sourceLine(key.position.line) else { return nil }
        // Columns count characters (unicode scalars), as libyaml counts them.
        let before = line.unicodeScalars.prefix(key.position.column - 1)
        guard before.last == ",", let whole = Self.trailingNumber(in: before.dropLast()) else { return nil }
        return "\(whole),\(decimals) in '\(path)' looks like a number with a decimal comma, which YAML reads as \(whole) "
            + "and a second key \(decimals); write \(whole).\(decimals)"
    }

    /// The whole number (digits, perhaps after a minus sign) that `scalars` end with, when it
    /// is a value of its own: at the start of the line or after a space, `:`, `{` or `[`
    /// (`350_000_000,50` is not `000,50`); `nil` otherwise.
    private static func trailingNumber(in scalars: Substring.UnicodeScalarView.SubSequence) -> String? {
        let digits = scalars.reversed().prefix { ("0"..."9").contains($0) }
        guard !digits.isEmpty else { return nil }
        var start = scalars.index(scalars.endIndex, offsetBy: -digits.count)
        if start > scalars.startIndex, scalars[scalars.index(before: start)] == "-" { start = scalars.index(before: start) }
        guard start == scalars.startIndex || " :{[".unicodeScalars.contains(scalars[scalars.index(before: start)]) else { return nil }
        return String(String.UnicodeScalarView(scalars[start...]))
    }

    /// Line `number` (counted from 1) of the spec's text, without its line break. Split by
    /// bytes: "\r\n" is one Character, so a spec saved on Windows was one line to a split by
    /// Characters at "\n".
    private func sourceLine(_ number: Int) -> Substring? {
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), maxSplits: number, omittingEmptySubsequences: false)
        guard number >= 1 && number <= lines.count else { return nil }
        let line = Substring(lines[number - 1])
        return line.hasSuffix("\r") ? line.dropLast() : line
    }
}
