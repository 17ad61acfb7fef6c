import Foundation
import RenjaModel

/// Maps the plan spec's node tree to the model by hand, so that every problem is reported at
/// its node: unknown keys, missing fields, wrong types, bad numbers, years, codes. It reads as
/// much as it can and collects diagnostics instead of stopping at the first.
final class SpecReader {
    /// The path printed in diagnostics.
    let file: String
    /// The spec's composed YAML.
    let tree: SpecTree
    /// The spec's text, which `tree` was composed from, for a message that looks at what was
    /// written around a node (`decimalCommaMessage(before:path:)`).
    let text: String
    private(set) var diagnostics: [Diagnostic] = []
    var codes = CodeRegistry()
    /// Set once `tahun` and `periode` are read; year checks are skipped without it.
    var years: YearPolicy?
    /// The CSVs' number convention, known even when the plan as a whole is not.
    var numberConvention = Settings.NumberConvention.indonesian
    /// T-C.29's layout, which decides the years the `sampai_tahun_lalu` CSV reports.
    var evaluationLayout = Settings.EvaluationLayout.triwulan
    let rules: SpecRules

    init(file: String, tree: SpecTree, text: String, rules: SpecRules = .current) {
        (self.file, self.tree, self.text, self.rules) = (file, tree, text, rules)
    }

    // MARK: Diagnostics

    func location(of node: SpecNode) -> SourceLocation {
        SourceLocation(file: file, line: node.position.line, column: node.position.column)
    }

    func error(_ message: String, at node: SpecNode) {
        diagnostics.append(.error(message, at: location(of: node)))
    }

    func report(_ diagnostic: Diagnostic?) {
        if let diagnostic { diagnostics.append(diagnostic) }
    }

    /// How a node looks, for "expected ..., found ..." messages.
    private func describe(_ node: SpecNode) -> String {
        switch node.kind {
        case .scalar: return Excerpt.quoted(tree.text(of: node) ?? "")
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }

    // MARK: Structure

    /// The fields of a mapping; unknown keys are reported (with a hint for near misses).
    /// `nil`, after reporting, when the node is not a mapping.
    func fields(_ node: SpecNode, path: SpecPath, keys: [String]) -> MappingFields? {
        guard node.kind == .mapping else {
            error("expected a mapping for \(path.isEmpty ? "the plan spec" : "'\(path)'"), found \(describe(node))", at: node)
            return nil
        }
        let mapping = tree.entries(of: node)
        func isKnown(_ key: SpecNode) -> Bool {
            guard let text = tree.text(of: key) else { return false }
            return keys.contains { SpecNode.isText(text, fieldName: $0) }
        }
        // Only a mapping with an unknown key is walked again, for the messages.
        if mapping.contains(where: { !isKnown($0.key) }) {
            for (key, _) in mapping where !isKnown(key) {
                let name = tree.text(of: key) ?? describe(key)
                error("unknown key '\(name)'" + (path.isEmpty ? "" : " in '\(path)'") + Suggestion.hint(for: name, among: keys), at: key)
            }
        }
        return MappingFields(node: node, path: path, tree: tree)
    }

    /// The value of a field that must be present (and not null).
    func required(_ fields: MappingFields, _ key: String) -> SpecNode? {
        guard let node = fields[key], !node.isNull else {
            error("missing required field '\(fields.path(of: key))'", at: fields[key] ?? fields.node)
            return nil
        }
        return node
    }

    /// The value of an optional field; null counts as absent.
    func optional(_ fields: MappingFields, _ key: String) -> SpecNode? {
        guard let node = fields[key], !node.isNull else { return nil }
        return node
    }

    /// The items of a list with their paths (`program[2]`); absent means empty.
    func items(_ node: SpecNode?, path: String) -> [(node: SpecNode, path: SpecPath)] {
        listNodes(node, path: path).enumerated().map { ($0.element, SpecPath(item: $0.offset, of: path)) }
    }

    /// The items of a list; absent means empty.
    private func listNodes(_ node: SpecNode?, path: @autoclosure () -> String) -> ArraySlice<SpecNode> {
        guard let node, !node.isNull else { return [] }
        guard node.kind == .sequence else {
            error("expected a list for '\(path())', found \(describe(node))", at: node)
            return []
        }
        return tree.items(of: node)
    }

    /// The entries of a map whose keys are data (years, codes), with their key nodes.
    func entries(_ node: SpecNode?, path: @autoclosure () -> String) -> ArraySlice<(key: SpecNode, value: SpecNode)> {
        guard let node, !node.isNull else { return [] }
        guard node.kind == .mapping else {
            error("expected a mapping for '\(path())', found \(describe(node))", at: node)
            return []
        }
        return tree.entries(of: node)
    }

    // MARK: Scalars

    /// Plain text. Control characters (other than tab and line feed) are refused: they cannot
    /// be printed and are always a copy-paste accident.
    func text(_ node: SpecNode?, path: @autoclosure () -> String) -> String? {
        guard let node, !node.isNull else { return nil }
        guard let text = tree.text(of: node) else {
            error("expected text for '\(path())', found \(describe(node))", at: node)
            return nil
        }
        if let control = Self.firstControlCharacter(in: text) {
            error("control character U+\(String(format: "%04X", UInt32(control))) in '\(path())'", at: node)
            return nil
        }
        return text
    }

    /// The first control character (other than tab and line feed) of `text`. Control characters
    /// are ASCII, and in UTF-8 an ASCII byte is never part of another character. Scanned in the
    /// string's contiguous UTF-8 (a native string's own, else a copy): every text of the spec is
    /// scanned, the narratives are long, and the view's iterator cost several times as much.
    static func firstControlCharacter(in text: String) -> UInt8? {
        var text = text
        return text.withUTF8(firstControlCharacter(inUTF8:))
    }

    /// `firstControlCharacter(in:)` over UTF-8 bytes, eight at a time: a word none of whose
    /// bytes is below 0x20 is passed whole, the others byte by byte. A fifth of the
    /// instructions of a byte-by-byte scan (the generated project's texts: 0.58 M -> ~0.11 M).
    static func firstControlCharacter(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> UInt8? {
        let isControl = { (byte: UInt8) in byte < 0x20 && byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\n") }
        var start = 0
        if let raw = UnsafeRawPointer(bytes.baseAddress) {
            while start + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: start, as: UInt64.self)
                if holdsByteBelowSpace(word), let control = bytes[start..<(start + 8)].first(where: isControl) { return control }
                start += 8
            }
        }
        return bytes[start...].first(where: isControl)
    }

    /// Whether a byte of `word` is below 0x20, exactly (Bit Twiddling Hacks, "determine if a
    /// word has a byte less than n", n = 0x20); which byte, the caller finds by itself.
    private static func holdsByteBelowSpace(_ word: UInt64) -> Bool {
        (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// Optional text where an empty string means absent.
    func optionalText(_ fields: MappingFields, _ key: String) -> String? {
        text(optional(fields, key), path: fields.path(of: key)).flatMap { $0.isEmpty ? nil : $0 }
    }

    func requiredText(_ fields: MappingFields, _ key: String) -> String? {
        text(required(fields, key), path: fields.path(of: key))
    }

    /// A list of text items; absent means empty.
    func textList(_ node: SpecNode?, path: @autoclosure () -> String) -> [String] {
        listNodes(node, path: path()).enumerated().compactMap { text($0.element, path: SpecPath(item: $0.offset, of: path()).description) }
    }

    /// A number written as a plain YAML number, read exactly.
    func decimal(_ node: SpecNode?, path: @autoclosure () -> String) -> Decimal? {
        guard let node, !node.isNull else { return nil }
        guard node.isPlain, let text = tree.text(of: node), let value = YAMLNumber.decimal(text) else {
            error("expected a number for '\(path())', found \(describe(node))" + numberHint(node) { YAMLNumber.decimal($0) != nil }, at: node)
            return nil
        }
        return value
    }

    /// A whole number such as a year.
    func integer(_ node: SpecNode?, path: @autoclosure () -> String) -> Int? {
        guard let node, !node.isNull else { return nil }
        guard node.isPlain, let text = tree.text(of: node), let value = YAMLNumber.integer(text) else {
            error("expected a whole number for '\(path())', found \(describe(node))" + numberHint(node) { YAMLNumber.integer($0) != nil }, at: node)
            return nil
        }
        return value
    }

    /// How to make `node`, a value that is no number, one: `; remove the quotes` for a quoted
    /// text that `reads` as a number (`"88"`, which YAML reads as text), else `NumberHint`'s
    /// advice (`Rp 225.000.000`), or an empty string.
    private func numberHint(_ node: SpecNode, reads: (String) -> Bool) -> String {
        guard let text = tree.text(of: node) else { return "" }
        return !node.isPlain && reads(text) ? "; remove the quotes" : NumberHint.hint(for: text)
    }

    /// An amount of rupiah, which may not be negative and has at most two decimal places
    /// (sen). The places are counted in the written text: `375.000`, a thousands dot in the
    /// Indonesian way, is the value 375 and would print a thousandth of the amount meant.
    func money(_ node: SpecNode?, path: @autoclosure () -> String) -> Money? {
        guard let node else { return nil }
        // Rupiah written the Indonesian way: `1.500.000` is no YAML number, and `375.000` is
        // the number 375; either way the user meant thousands.
        if rules == .current, node.isPlain, let text = tree.text(of: node), Self.separatesThousandsWithDots(text) {
            error("\(text) for '\(path())' separates thousands with '.', which the spec does not: write "
                  + "\(text.filter { $0 != "." }) or \(text.replacingOccurrences(of: ".", with: "_")) (rupiah take at most two decimal places, sen)",
                  at: node)
            return nil
        }
        guard let value = decimal(node, path: path()) else { return nil }
        guard !value.isBelowZero else {
            error("negative money \(value) for '\(path())'", at: node)
            return nil
        }
        if rules == .current, let text = tree.text(of: node), YAMLNumber.decimalPlaces(text) > 2 {
            error("\(text) for '\(path())' has more than two decimal places; rupiah take at most two (sen)", at: node)
            return nil
        }
        return Money(value)
    }

    /// Whether `text` is a whole number written with '.' between groups of thousands
    /// (`375.000`, `1.500.000`; not `0.500` or `1.5`). Every money value of the spec is asked,
    /// so a text without a dot four bytes from its end is turned away before it is scanned.
    private static func separatesThousandsWithDots(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count >= 5, utf8[utf8.index(utf8.endIndex, offsetBy: -4)] == UInt8(ascii: ".") else { return false }
        var groupLength = 0
        var dots = 0
        for byte in text.utf8 {
            if byte.isASCIIDigit {
                if dots == 0, groupLength == 0, byte == UInt8(ascii: "0") { return false }
                groupLength += 1
            } else if byte == UInt8(ascii: "."), dots == 0 ? (1...3).contains(groupLength) : groupLength == 3 {
                dots += 1
                groupLength = 0
            } else {
                return false
            }
        }
        return dots > 0 && groupLength == 3
    }

    /// A percentage must lie in 0...100; `nil` after reporting when it does not.
    func checkPercentage(_ value: Decimal, path: @autoclosure () -> String, at node: SpecNode) -> Decimal? {
        guard value.isPercentage else {
            error("percentage \(value) for '\(path())' is out of 0...100", at: node)
            return nil
        }
        return value
    }

    /// One of a closed set of words, with a hint for near misses.
    func choice<Value: RawRepresentable & CaseIterable>(_ node: SpecNode?, path: @autoclosure () -> String, as type: Value.Type) -> Value?
    where Value.RawValue == String {
        guard let node, let word = text(node, path: path()) else { return nil }
        if let value = Value(rawValue: word) { return value }
        let allowed = Value.allCases.map(\.rawValue)
        error("'\(word)' is not one of \(allowed.map { "'\($0)'" }.joined(separator: ", ")) for '\(path())'"
              + Suggestion.hint(for: word, among: allowed), at: node)
        return nil
    }

    /// A year used as a key of a per-year map, checked against the plan's periods.
    func year(_ node: SpecNode, path: @autoclosure () -> String, policy: YearPolicy?) -> Int? {
        guard let year = integer(node, path: path()) else { return nil }
        if let policy, !policy.allows(year) {
            error(decimalCommaMessage(before: node, path: path()) ?? policy.explain(year) + " in '\(path())'", at: node)
            return nil
        }
        return year
    }

    /// A per-year map of numbers (`target: {2019: 100, 2020: 87}`).
    func yearValues(_ node: SpecNode?, path: @autoclosure () -> String, percent: Bool, policy: YearPolicy? = nil) -> [Int: Decimal] {
        let perYear = entries(node, path: path())
        var values = [Int: Decimal](minimumCapacity: perYear.count)
        for (key, value) in perYear {
            guard let year = year(key, path: path(), policy: policy ?? years),
                  let number = decimal(value, path: "\(path()).\(year)")
            else { continue }
            if percent, checkPercentage(number, path: "\(path()).\(year)", at: value) == nil { continue }
            values[year] = number
        }
        return values
    }

    /// A per-year map of rupiah (`pagu: {2020: 350_000_000}`).
    func yearMoney(_ node: SpecNode?, path: @autoclosure () -> String) -> [Int: Money] {
        let perYear = entries(node, path: path())
        var values = [Int: Money](minimumCapacity: perYear.count)
        for (key, value) in perYear {
            guard let year = year(key, path: path(), policy: years), let amount = money(value, path: "\(path()).\(year)") else { continue }
            values[year] = amount
        }
        return values
    }
}
