/// Where a file stops being UTF-8, so that a file saved in another encoding (Windows-1252 from
/// an office spreadsheet) is one clear, positioned error.
public struct InvalidUTF8: Sendable {
    public var byte: UInt8
    public var line: Int
    /// In unicode scalars, like every column renja prints.
    public var column: Int
    /// Whether the file starts with a UTF-16 byte-order mark (`FF FE` or `FE FF`, neither of
    /// them UTF-8): it is UTF-16 text, as Excel saves "Unicode Text", not UTF-8 with one bad byte.
    public var isUTF16: Bool

    /// The first invalid byte, or `nil` for valid UTF-8.
    public static func first(in bytes: ArraySlice<UInt8>) -> InvalidUTF8? {
        // The standard library's validation is fast; only invalid input pays for the scan
        // that finds the position.
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var position = TextPosition()
        var offset = bytes.startIndex
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                position.advance(past: scalar)
            case .emptyInput:
                return nil
            case .error:
                let isUTF16 = offset == bytes.startIndex && (bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]))
                return InvalidUTF8(byte: bytes[offset], line: position.line, column: position.column, isUTF16: isUTF16)
            }
        }
    }

    /// `0xE9`.
    public var hex: String { "0x" + String(byte, radix: 16, uppercase: true) }

    /// What is wrong with the file, for the start of a message that goes on to say how to
    /// save it: `the file is not UTF-8 (byte 0xE9)`, or `the file is UTF-16, not UTF-8`.
    public var problem: String {
        isUTF16 ? "the file is UTF-16, not UTF-8" : "the file is not UTF-8 (byte \(hex))"
    }
}
