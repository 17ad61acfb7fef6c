import CLibXML2

/// Collects libxml2's structured errors as `XMLIssue`s. libxml2 calls back through a C function
/// pointer with a `void *` that leads here (an unretained reference: whoever installs the
/// collector keeps it alive for the duration of the call). Warnings are dropped: they
/// never make a document unusable.
final class LibXMLErrorCollector {
    let file: String
    private(set) var issues: [XMLIssue] = []

    init(file: String) {
        self.file = file
    }

    /// An opaque pointer to hand to libxml2 as callback data.
    var opaque: UnsafeMutableRawPointer {
        Unmanaged.passUnretained(self).toOpaque()
    }

    func add(_ issue: XMLIssue) {
        issues.append(issue)
    }

    private func record(_ error: xmlError, node: xmlNodePtr?) {
        guard error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        // RELAX NG errors may carry only the offending node, not a line.
        let line = error.line > 0 ? Int(error.line) : node.map { Int(xmlGetLineNo($0)) } ?? 0
        let message = trimmed(error.message.map { String(cString: $0) } ?? "unknown libxml2 error")
        add(XMLIssue(file: file, position: XMLPosition(line: line, column: Int(error.int2)), message: message))
    }

    /// libxml2 messages end with a newline and sometimes pad with spaces.
    private func trimmed(_ message: String) -> String {
        String(message.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    private static func collector(at pointer: UnsafeMutableRawPointer) -> LibXMLErrorCollector {
        Unmanaged<LibXMLErrorCollector>.fromOpaque(pointer).takeUnretainedValue()
    }

    /// For parser contexts: libxml2 passes the parser context itself, whose `_private`
    /// holds the collector.
    static let parserCallback: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let collectorPointer = context.pointee._private else { return }
        collector(at: collectorPointer).record(error.pointee, node: nil)
    }

    /// For RELAX NG contexts: libxml2 passes back exactly the pointer it was given.
    static let directCallback: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        collector(at: userData).record(error.pointee, node: error.pointee.node?.assumingMemoryBound(to: xmlNode.self))
    }
}
