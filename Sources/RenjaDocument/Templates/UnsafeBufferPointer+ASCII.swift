extension UnsafeBufferPointer<UInt8> {
    /// Whether these UTF-8 bytes are all ASCII: template text read by bytes takes its byte
    /// paths only then (a non-ASCII byte may start a Character of several bytes).
    var isASCII: Bool {
        allSatisfy { $0 < 0x80 }
    }
}
