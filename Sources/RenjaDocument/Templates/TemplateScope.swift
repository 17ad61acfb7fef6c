/// The names visible at one point of a template: the context's top-level fields and the loop
/// variables of the enclosing `<r:each>` elements (the innermost wins).
struct TemplateScope {
    /// Why a path has no value: the first segment that is missing, or a segment under a non-record.
    enum LookupFailure: Equatable {
        case unknown(path: String)
        case notARecord(prefix: String, kind: String)

        var message: String {
            switch self {
            case .unknown(let path): "unknown placeholder '\(path)'"
            case .notARecord(let prefix, let kind): "'\(prefix)' is \(kind), it has no fields"
            }
        }
    }

    /// What a lookup found. Not a `Result`: its `Failure: Error` requirement cost a runtime
    /// look-up of the conformance the first time (about 350,000 instructions, 0.3% of a seed
    /// build), for a value that is never thrown.
    enum Lookup: Equatable {
        case found(TemplateValue)
        case failed(LookupFailure)
    }

    private var root: [String: TemplateValue]
    private var locals: [(name: String, value: TemplateValue)] = []

    init(root: [String: TemplateValue]) {
        self.root = root
    }

    /// This scope with `name` bound to `value` (shadowing any outer `name`).
    func binding(_ name: String, to value: TemplateValue) -> TemplateScope {
        var scope = self
        scope.locals.append((name, value))
        return scope
    }

    /// The value at a dotted path such as `p.kegiatan` or `opd.nama`.
    func value(at path: String) -> Lookup {
        // Walked segment by segment over the path's contiguous bytes: a path is looked up for
        // every placeholder filled, and splitting it into an array of strings (or stepping
        // through its UTF-8 view) was most of the lookup.
        var contiguous = path
        return contiguous.withUTF8 { bytes in
            guard !bytes.isEmpty, bytes[0] != Self.dot, bytes[bytes.count - 1] != Self.dot,
                  !zip(bytes, bytes.dropFirst()).contains(where: { $0 == Self.dot && $1 == Self.dot })
            else {
                return .failed(.unknown(path: path))
            }
            var segmentEnd = bytes.firstIndex(of: Self.dot) ?? bytes.count
            let first = String(decoding: bytes[..<segmentEnd], as: UTF8.self)
            guard var current = locals.last(where: { $0.name == first })?.value ?? root[first] else {
                return .failed(.unknown(path: path))
            }
            while segmentEnd < bytes.count {
                guard case .record(let fields) = current else {
                    return .failed(.notARecord(prefix: String(decoding: bytes[..<segmentEnd], as: UTF8.self), kind: current.kindName))
                }
                let segmentStart = segmentEnd + 1
                segmentEnd = bytes[segmentStart...].firstIndex(of: Self.dot) ?? bytes.count
                guard let next = fields[String(decoding: bytes[segmentStart..<segmentEnd], as: UTF8.self)] else {
                    return .failed(.unknown(path: path))
                }
                current = next
            }
            return .found(current)
        }
    }

    private static let dot = UInt8(ascii: ".")
}
