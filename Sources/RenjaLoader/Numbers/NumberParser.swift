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
public enum NumberParser {
    /// The value of `text`, `nil` when the cell says "not reported" (empty or `-`).
    public static func parse(_ text: Substring, convention: Settings.NumberConvention) -> Result<Decimal?, NumberError> {
        let (grouping, decimalMark) = separators(of: convention)
        let scalars = Array(text.unicodeScalars)
        var start = 0
        var end = scalars.count
        while start < end, scalars[start] == " " { start += 1 }
        while end > start, scalars[end - 1] == " " { end -= 1 }
        if start == end || (end - start == 1 && scalars[start] == "-") { return .success(nil) }

        var index = start
        if scalars[end - 1] == "%" {
            end -= 1
            if end > start, scalars[end - 1] == " " { end -= 1 }
        }
        var negative = false
        if scalars[index] == "-" || scalars[index] == "+" {
            negative = scalars[index] == "-"
            index += 1
        }
        var integerDigits: [UInt8] = []
        var fractionDigits: [UInt8] = []
        var groupLengths: [Int] = [0]
        var sawDecimalMark = false
        while index < end {
            let scalar = scalars[index]
            if let digit = asciiDigit(scalar) {
                if sawDecimalMark {
                    fractionDigits.append(digit)
                } else {
                    integerDigits.append(digit)
                    groupLengths[groupLengths.count - 1] += 1
                }
            } else if scalar == grouping {
                guard !sawDecimalMark else {
                    return .failure(NumberError("'\(scalar)' after the decimal '\(decimalMark)'", offset: index))
                }
                guard groupLengths[groupLengths.count - 1] > 0 else {
                    return .failure(NumberError("a thousands separator '\(scalar)' must follow a digit", offset: index))
                }
                groupLengths.append(0)
            } else if scalar == decimalMark {
                guard !sawDecimalMark else {
                    return .failure(NumberError("a second decimal separator '\(scalar)'", offset: index))
                }
                sawDecimalMark = true
            } else {
                return .failure(NumberError("unexpected '\(scalar)' in a number", offset: index))
            }
            index += 1
        }
        if integerDigits.isEmpty {
            return .failure(NumberError("a number needs digits before the decimal separator", offset: start))
        }
        if sawDecimalMark, fractionDigits.isEmpty {
            return .failure(NumberError("a decimal separator '\(decimalMark)' must be followed by digits", offset: end - 1))
        }
        if groupLengths.count > 1 {
            let groupsAreValid = (1...3).contains(groupLengths[0]) && groupLengths.dropFirst().allSatisfy { $0 == 3 }
            guard groupsAreValid else {
                return .failure(NumberError(
                    "thousands groups must have exactly 3 digits (separator '\(grouping)' under convention '\(convention.rawValue)')",
                    offset: start))
            }
        }
        guard let value = ExactDecimal.make(negative: negative, integerDigits: integerDigits, fractionDigits: fractionDigits) else {
            return .failure(NumberError("more than \(ExactDecimal.maximumDigits) digits", offset: start))
        }
        return .success(value)
    }

    private static func separators(of convention: Settings.NumberConvention) -> (grouping: Unicode.Scalar, decimal: Unicode.Scalar) {
        switch convention {
        case .indonesian: return (".", ",")
        case .english: return (",", ".")
        }
    }

    private static func asciiDigit(_ scalar: Unicode.Scalar) -> UInt8? {
        ("0"..."9").contains(scalar) ? UInt8(scalar.value) : nil
    }
}
