import RenjaModel

/// How to fix an amount written as an invoice or a bank statement writes it, which no
/// number reader of renja accepts: with the currency (`Rp 70.000.000`, `Rp140.000.000,00`),
/// with the `,-` of a round rupiah amount (`45.000.000,-`), or negative in brackets
/// (`(10.000.000)`). Shared by the realisation CSVs' cells and the spec's values, whose
/// messages say what is wrong and then append this.
enum NumberHint {
    /// `; remove "Rp"`, `; remove "Rp" and ",-"`, `; write it with a minus sign, ...`, or an
    /// empty string when `text` shows none of these habits.
    static func hint(for text: String) -> String {
        var rest = Substring(Whitespace.trimmed(text))
        var removed: [Substring] = []
        if let currency = currencyPrefix(of: rest) {
            removed.append(currency)
            rest = Substring(Whitespace.trimmed(String(rest.dropFirst(currency.count))))
        }
        if rest.hasSuffix(",-") || rest.hasSuffix(".-") {
            removed.append(rest.suffix(2))
            rest = rest.dropLast(2)
        }
        var fixes = removed.isEmpty ? [] : ["remove " + removed.map { "\"\($0)\"" }.joined(separator: " and ")]
        if rest.count > 2, rest.first == "(", rest.last == ")" {
            // Brackets are the accountant's minus; an amount of rupiah may not be negative at all,
            // which the hint says rather than send the user to a second error.
            fixes.append("brackets are no minus sign: a negative number is written \(Excerpt.quoted("-" + rest.dropFirst().dropLast())), "
                         + "and an amount of rupiah is never negative")
        }
        return fixes.isEmpty ? "" : "; " + fixes.joined(separator: " and ")
    }

    /// `Rp`, `RP`, `Rp.` and the like as written before an amount: followed by a digit, a
    /// sign or a bracket, with or without a space (`Rpx` is no currency).
    private static func currencyPrefix(of text: Substring) -> Substring? {
        guard text.prefix(2).lowercased() == "rp" else { return nil }
        let currency = text.dropFirst(2).first == "." ? text.prefix(3) : text.prefix(2)
        let amount = Whitespace.trimmed(String(text.dropFirst(currency.count)))
        guard let first = amount.first, first.isASCII, first.isNumber || first == "-" || first == "(" else { return nil }
        return currency
    }
}
