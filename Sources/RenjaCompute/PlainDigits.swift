import Foundation

/// The sign, whole digits and fraction digits of a finite `Decimal`'s plain description.
struct PlainDigits {
    var isNegative: Bool
    /// At least one digit.
    var whole: String
    /// Possibly empty.
    var fraction: String

    init(_ value: Decimal) {
        var text = value.description
        isNegative = text.hasPrefix("-")
        if isNegative { text.removeFirst() }
        let halves = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = halves.first.map(String.init) ?? ""
        self.whole = whole.isEmpty ? "0" : whole
        fraction = halves.count > 1 ? String(halves[1]) : ""
        // A value that rounds to zero must not print as "-0".
        if isNegative, self.whole.allSatisfy({ $0 == "0" }), fraction.allSatisfy({ $0 == "0" }) {
            isNegative = false
        }
    }
}
