import Foundation

/// Digits of a `Decimal` written with Indonesian separators, from the value's exact digits
/// (`ExactUnits`, or else `PlainDigits`: no exponent, `.` for the point on every platform), so
/// that output never depends on the platform's locale data.
enum DecimalText {
    /// `value` rounded half up to `decimals` places and written `1.814.088.000,50`; with
    /// `fixed` the fraction is padded to exactly `decimals` digits, otherwise trailing zeros
    /// are dropped (`87`, `99,5`). `suffix` (a unit, `%`) is written after the figure in the
    /// same string, so that the text of a figure with its unit is made once, not appended to.
    static func indonesian(_ value: Decimal, decimals: Int, fixed: Bool, suffix: Suffix = .none) -> String {
        guard let exact = ExactUnits(value, roundedTo: decimals) else {
            let parts = PlainDigits(value, roundedTo: decimals)
            var fraction = parts.fraction
            if fixed, fraction.utf8.count < decimals {
                fraction += String(repeating: "0", count: decimals - fraction.utf8.count)
            }
            let sign = parts.isNegative ? "-" : ""
            let whole = groupedThousands(parts.whole)
            let figure = fraction.isEmpty ? sign + whole : sign + whole + "," + fraction
            return figure + suffix.text
        }
        return indonesian(exact, fixed: fixed, suffix: suffix)
    }

    /// Room for the longest text `indonesian(_:fixed:)` writes from an `ExactUnits` (at most
    /// the 19 digits of an `Int64`, with a sign, the thousands dots and a comma): 27 bytes.
    private static let longestText = 48

    /// The units written from the last digit backwards into one buffer: the text of every
    /// figure of a document is made here, and building it from digit strings (whole, fraction,
    /// grouped, joined) cost more than getting the digits. The suffix goes in first, at the end.
    private static func indonesian(_ exact: ExactUnits, fixed: Bool, suffix: Suffix) -> String {
        let (whole, fraction) = exact.units.magnitude.quotientAndRemainder(dividingBy: ExactUnits.powerOfTen(exact.scale))
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longestText + suffix.byteCount) { buffer in
            var start = buffer.count
            func write(_ byte: UInt8) {
                start -= 1
                buffer[start] = byte
            }
            func write(_ text: String) {
                start = copy(text, endingAt: start, into: buffer)
            }
            switch suffix {
            case .none:
                break
            case .attached(let text):
                write(text)
            case .spaced(let unit):
                write(unit)
                write(UInt8(ascii: " "))
            }
            var fractionDigits = exact.scale
            var rest = fraction
            if !fixed {
                while fractionDigits > 0, rest % 10 == 0 {
                    rest /= 10
                    fractionDigits -= 1
                }
            }
            for _ in 0..<fractionDigits {
                write(UInt8(ascii: "0") + UInt8(rest % 10))
                rest /= 10
            }
            if fractionDigits > 0 { write(UInt8(ascii: ",")) }
            // Whole groups of three digits first, each with its dot, then the leading group
            // without leading zeros: counting digits to place the dots cost more than the digits.
            rest = whole
            while rest >= 1000 {
                let (upper, group) = rest.quotientAndRemainder(dividingBy: 1000)
                write(UInt8(ascii: "0") + UInt8(group % 10))
                write(UInt8(ascii: "0") + UInt8(group / 10 % 10))
                write(UInt8(ascii: "0") + UInt8(group / 100))
                write(UInt8(ascii: "."))
                rest = upper
            }
            repeat {
                write(UInt8(ascii: "0") + UInt8(rest % 10))
                rest /= 10
            } while rest > 0
            if exact.units < 0 { write(UInt8(ascii: "-")) }
            return text(UnsafeBufferPointer(rebasing: buffer[start...]))
        }
    }

    /// `bytes` as a String. Through `String(unsafeUninitializedCapacity:)`, which makes a text
    /// of up to 15 ASCII bytes (most figures) in place without validating it as UTF-8, as
    /// `String(decoding:as:)` does first: that validation was a third of formatting a figure.
    /// A longer text, or one with a non-ASCII unit, is validated as before.
    private static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { target in
            _ = target.initialize(fromContentsOf: bytes)
            return bytes.count
        }
    }

    /// Copies `text` into `buffer` to end before `end`; returns where it starts. Apart from the
    /// writer above because its closure captured that writer's position: every suffix paid a
    /// dynamic exclusivity check on it (and stepping through `utf8` instead cost as much).
    private static func copy(_ text: String, endingAt end: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            let start = end - bytes.count
            _ = UnsafeMutableBufferPointer(rebasing: buffer[start..<end]).initialize(fromContentsOf: bytes)
            return start
        }
    }

    /// `1814088000` as `1.814.088.000`. The digits are ASCII, so they are grouped by bytes:
    /// stepping through Characters cost more than the rest of the formatting.
    static func groupedThousands(_ digits: String) -> String {
        let bytes = digits.utf8
        let count = bytes.count
        guard count > 3 else { return digits }
        var grouped: [UInt8] = []
        grouped.reserveCapacity(count + count / 3)
        for (index, byte) in bytes.enumerated() {
            if index > 0, (count - index) % 3 == 0 { grouped.append(UInt8(ascii: ".")) }
            grouped.append(byte)
        }
        return String(decoding: grouped, as: UTF8.self)
    }
}
