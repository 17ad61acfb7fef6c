extension UInt8 {
    /// Whether this UTF-8 byte is one of the ASCII digits 0-9 (no other character's bytes
    /// are), for the parsers and formatters that read text as bytes. Inlinable: it runs once
    /// per byte of every number read.
    @inlinable
    public var isASCIIDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
}
