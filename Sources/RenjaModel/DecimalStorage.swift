import Foundation

/// A finite `Decimal`'s sign, exponent and mantissa (when it fits 64 bits), read from the
/// value's own storage.
///
/// Why: on Linux `Decimal`'s mantissa is not public API, and the public roads to it cost
/// hundreds to thousands of instructions (`NSDecimalNumber(decimal:).doubleValue` allocates an
/// object; `description` about 29,000), while every figure of a document is read this way.
/// The storage is swift-foundation's (`NSDecimal`'s fields in 20 bytes): byte 0 the exponent,
/// byte 1 the length in 16-bit words (bits 4-7) and the sign (bit 3), then at byte 4 eight
/// 16-bit mantissa words, least significant first. The layout is checked once against a
/// known value; should a toolchain ever change it, `init` returns `nil`
/// and every caller takes the `Decimal` operation it stands in for. (In the model because the
/// loader and the computation both read figures this way.)
public struct DecimalStorage: Sendable {
    /// The sign; a zero may carry it.
    public var isNegative: Bool
    public var exponent: Int
    /// The mantissa: the value is `mantissa x 10^exponent`, with the sign apart.
    public var mantissa: UInt64

    private static let size = 20
    private static let mantissaOffset = 4
    private static let mantissaWords = 8
    private static let wordsInUInt64 = 4

    /// Whether `Decimal` is stored as described above: -123.45 reads as -12345 x 10^-2, and a
    /// mantissa of three 16-bit words reads back whole (words stored in another order, or
    /// elsewhere, would read as another number).
    private static let layoutIsKnown: Bool = {
        guard MemoryLayout<Decimal>.size == size else { return false }
        let probes: [(sign: FloatingPointSign, exponent: Int, mantissa: UInt64)] = [
            (.minus, -2, 12_345), (.plus, 3, 0x0001_0002_0003),
        ]
        return probes.allSatisfy { probe in
            let value = Decimal(sign: probe.sign, exponent: probe.exponent, significand: Decimal(probe.mantissa))
            guard let parts = read(value) else { return false }
            return parts.isNegative == (probe.sign == .minus) && parts.exponent == probe.exponent
                && parts.mantissa == probe.mantissa
        }
    }()

    /// The parts of `value`; `nil` for NaN, for a mantissa beyond 64 bits, or when the layout
    /// is not the known one.
    public init?(_ value: Decimal) {
        guard Self.layoutIsKnown, let parts = Self.read(value) else { return nil }
        self = parts
    }

    /// Whether `mantissa x 10^exponent` is at most `bound`, in integers: no step overflows.
    public func magnitude(isAtMost bound: UInt64) -> Bool {
        var (scaled, limit) = (mantissa, bound)
        if exponent >= 0 {
            for _ in 0..<exponent where scaled != 0 {
                guard scaled <= limit / 10 else { return false }
                scaled *= 10
            }
        } else {
            for _ in 0..<(-exponent) {
                // Past `UInt64.max / 10` the scaled bound exceeds every mantissa.
                guard limit <= UInt64.max / 10 else { return true }
                limit *= 10
            }
        }
        return scaled <= limit
    }

    private init(isNegative: Bool, exponent: Int, mantissa: UInt64) {
        self.isNegative = isNegative
        self.exponent = exponent
        self.mantissa = mantissa
    }

    private static func read(_ value: Decimal) -> DecimalStorage? {
        withUnsafeBytes(of: value) { bytes in
            let exponent = Int(Int8(bitPattern: bytes[0]))
            let length = Int(bytes[1] >> 4)
            let isNegative = bytes[1] & 0x08 != 0
            // Length 0 is zero, or NaN with the sign bit set.
            guard length > 0 || !isNegative, length <= mantissaWords else { return nil }
            var mantissa: UInt64 = 0
            for word in (0..<length).reversed() {
                let bits = bytes.load(fromByteOffset: mantissaOffset + 2 * word, as: UInt16.self)
                if word >= wordsInUInt64 {
                    guard bits == 0 else { return nil }
                    continue
                }
                mantissa = mantissa << 16 | UInt64(bits)
            }
            return DecimalStorage(isNegative: isNegative, exponent: exponent, mantissa: mantissa)
        }
    }
}
