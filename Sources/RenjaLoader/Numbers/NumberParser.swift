import Foundation
import RenjaModel

/// Parses numbers as the project's CSVs write them, strictly: a cell is either a number in the
/// declared convention, "not reported" (`nil`), or an error, never a guess.
///
/// Grammar (`G` is the grouping separator, `D` the decimal separator of the convention;
/// `id`: G = `.`, D = `,`; `en`: G = `,`, D = `.`):
///
///     cell    = space* ( "" | "-" | number ) space*
///     number  = sign? integer ( D digit+ )? ( space? "%" )?
///     integer = digit+ | digit{1,3} ( G digit{3} )+
///
/// A `-` or `+` sign is accepted: whether a negative value makes sense is the caller's call
/// (a negative `rp` is an error, a negative growth rate is not). Spaces around the cell are
/// ignored, a space inside it is an error.
///
/// `1.814` is 1814 under `id` and 1.814 under `en`: once the convention is declared the text
/// has one meaning. What is ambiguous *within* a convention (`1,5` under `en`: a group of one
/// digit, or a decimal comma from the other convention?) is rejected.
enum NumberParser {
    /// The value of the cell whose UTF-8 text is `bytes`, `nil` when the cell says "not
    /// reported" (empty or `-`).
    ///
    /// It reads UTF-8 bytes (a CSV cell's, where the reader keeps them): every character of
    /// the grammar is ASCII, and a byte that equals an ASCII character is that character in
    /// UTF-8. The first byte outside the grammar ends the reading, so offsets (in unicode
    /// scalars) are counted only for an error.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, convention: Settings.NumberConvention) -> Result<Decimal?, NumberError> {
        let (grouping, decimalMark) = separators(of: convention)
        let (groupingByte, decimalMarkByte) = (UInt8(grouping.value), UInt8(decimalMark.value))
        func failure(_ message: String, at index: Int) -> Result<Decimal?, NumberError> {
            .failure(NumberError(message, offset: bytes[..<index].reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }))
        }
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == UInt8(ascii: " ") { start += 1 }
        while end > start, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        if start == end || (end - start == 1 && bytes[start] == UInt8(ascii: "-")) { return .success(nil) }

        var index = start
        if bytes[end - 1] == UInt8(ascii: "%") {
            end -= 1
            if end > start, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        }
        var negative = false
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        let integerStart = index
        // The digits are counted here and read from `bytes` at the end: arrays of digits and
        // of group lengths cost more than the parsing (four allocations per cell).
        var integerDigitCount = 0
        var decimalMarkIndex: Int?
        var groupCount = 1
        var firstGroupLength = 0
        var groupLength = 0
        var middleGroupsHaveThreeDigits = true
        while index < end {
            let byte = bytes[index]
            if byte.isASCIIDigit {
                if decimalMarkIndex == nil {
                    integerDigitCount += 1
                    groupLength += 1
                }
            } else if byte == groupingByte {
                guard decimalMarkIndex == nil else {
                    return failure("'\(grouping)' after the decimal '\(decimalMark)'", at: index)
                }
                guard groupLength > 0 else {
                    return failure("a thousands separator '\(grouping)' must follow a digit", at: index)
                }
                if groupCount == 1 { firstGroupLength = groupLength } else if groupLength != 3 { middleGroupsHaveThreeDigits = false }
                groupCount += 1
                groupLength = 0
            } else if byte == decimalMarkByte {
                guard decimalMarkIndex == nil else {
                    return failure("a second decimal separator '\(decimalMark)'", at: index)
                }
                decimalMarkIndex = index
            } else {
                // Every byte before this one was ASCII: `index` starts a character.
                let character = String(decoding: bytes[index...].prefix(4), as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
                return failure("unexpected '\(character)' in a number", at: index)
            }
            index += 1
        }
        if integerDigitCount == 0 {
            return failure("a number needs digits before the decimal separator", at: start)
        }
        // Only digits follow the decimal mark: a separator there has been refused above.
        let fractionDigits = bytes[(decimalMarkIndex.map { $0 + 1 } ?? end)..<end]
        if decimalMarkIndex != nil, fractionDigits.isEmpty {
            return failure("a decimal separator '\(decimalMark)' must be followed by digits", at: end - 1)
        }
        if groupCount > 1 {
            let groupsAreValid = (1...3).contains(firstGroupLength) && middleGroupsHaveThreeDigits && groupLength == 3
            guard groupsAreValid else {
                return failure(
                    "thousands groups must have exactly 3 digits (separator '\(grouping)' under convention '\(convention.rawValue)')",
                    at: start)
            }
        }
        let integerDigits = bytes[integerStart..<(decimalMarkIndex ?? end)]
        guard let value = ExactDecimal.make(negative: negative, integerDigits: integerDigits, fractionDigits: fractionDigits) else {
            return failure("more than \(ExactDecimal.maximumDigits) digits", at: start)
        }
        return .success(value)
    }

    private static func separators(of convention: Settings.NumberConvention) -> (grouping: Unicode.Scalar, decimal: Unicode.Scalar) {
        switch convention {
        case .indonesian: return (".", ",")
        case .english: return (",", ".")
        }
    }
}
