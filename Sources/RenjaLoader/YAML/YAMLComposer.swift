import CYaml
import Foundation

/// Builds the spec's `SpecNode` tree straight from libyaml's events, for the documents renja
/// accepts: one document, no syntax error, no two keys of a mapping with equal texts (equal
/// as `String`'s `==` has them, which Yams' duplicate check uses: canonically equivalent
/// texts such as `caf\u{E9}` and `cafe\u{301}` are equal though their bytes differ).
/// Anything else is left to Yams (`.deferred`), which then reports it with its own error or
/// composes the rare document whose keys only Yams' tags can tell apart; so diagnostics are
/// Yams' by construction, and this is only a faster road to the tree Yams would give.
///
/// Why not `Yams.compose`: it checks every mapping for duplicate keys by hashing its key
/// nodes, and a scalar's hash includes its resolved tag, which runs up to seven regular
/// expressions on every key (Yams 6.2.2, `Parser.checkDuplicates`); and its nodes are heavy
/// (see `SpecNode`). Two keys can only be equal in Yams' sense when their texts are equal, so
/// keys with unequal texts need no tags at all; a mapping with two equal texts among its keys
/// (or a non-scalar key) is rare and goes to Yams, which decides.
struct YAMLComposer {
    /// What composing found.
    enum Outcome {
        /// The tree (`nil` for an empty stream), and its size with the aliases expanded,
        /// counted while composing so that the budget needs no walk.
        case composed(SpecTree?, expandedSize: AliasExpansionBudget.Size)
        /// Yams must compose this text itself: it is an error, or a case decided by tags.
        case deferred
        /// Lists and mappings nest deeper than `maximumNesting` at `position`: neither this
        /// walk nor Yams' (both recursive) may go on, or a hostile spec overflows the stack.
        case tooDeep(YAMLPosition)
    }

    /// Nesting levels a spec may use; the format needs fewer than ten. Found by FuzzSpec: a
    /// `visi:` of 10,000 `[` overflowed the stack of the recursive walk.
    static let maximumNesting = 64

    /// Stops the walk; the text goes to Yams.
    private struct Deferral: Error {}

    /// Stops the walk at a list or mapping nested deeper than `maximumNesting`.
    private struct TooDeep: Error {
        var position: YAMLPosition
    }

    /// Composes `text`, or defers to Yams.
    static func compose(_ text: String) -> Outcome {
        var text = text
        return text.withUTF8 { bytes in
            let events = EventStream(bytes)
            defer { events.close() }
            do {
                var walk = Walk(events: events, sourceBytes: bytes.count)
                let tree = try walk.singleTree()
                return .composed(tree, expandedSize: walk.expandedSize)
            } catch let tooDeep as TooDeep {
                return .tooDeep(tooDeep.position)
            } catch {
                // Yams composes recursively too: the text it gets must nest within bounds.
                return firstTooDeep(in: bytes).map(Outcome.tooDeep) ?? .deferred
            }
        }
    }

    /// Where lists and mappings first nest deeper than `maximumNesting`, by a flat pass over
    /// libyaml's events (up to the first syntax error); `nil` when they never do.
    private static func firstTooDeep(in bytes: UnsafeBufferPointer<UInt8>) -> YAMLPosition? {
        let events = EventStream(bytes)
        defer { events.close() }
        var depth = 0
        while let event = try? events.next(), event.type != YAML_STREAM_END_EVENT {
            switch event.type {
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                depth += 1
                if depth > maximumNesting { return event.position }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                depth -= 1
            default:
                break
            }
        }
        return nil
    }

    /// The node-building half of Yams' `Parser`, over one event stream. A struct: as a class,
    /// every use of its builder was checked for exclusive access at run time (~1.8 M
    /// instructions on a generated project's spec).
    private struct Walk {
        let events: EventStream
        private var builder: SpecTreeBuilder
        /// Anchored nodes by name with their expanded size; a later anchor of the same name
        /// shadows the earlier one, as in Yams.
        private var anchored: [String: (node: SpecNode, size: AliasExpansionBudget.Size)] = [:]
        /// The size of the tree composed so far, every alias counted as its anchor's size.
        private(set) var expandedSize = AliasExpansionBudget.Size()
        /// Lists and mappings open around the node being composed.
        private var depth = 0

        init(events: EventStream, sourceBytes: Int) {
            self.events = events
            builder = SpecTreeBuilder(sourceBytes: sourceBytes)
        }

        /// As `Parser.singleRoot()`: the stream's only document, or `nil` for an empty stream.
        mutating func singleTree() throws -> SpecTree? {
            try events.next() // the stream start
            guard try events.next().type != YAML_STREAM_END_EVENT else { return nil }
            let root = try node(from: try events.next())
            try events.next() // the document end
            guard try events.next().type == YAML_STREAM_END_EVENT else { throw Deferral() }
            return builder.tree(root: root)
        }

        private mutating func node(from event: Event) throws -> SpecNode {
            switch event.type {
            case YAML_ALIAS_EVENT:
                guard let name = event.name(event.raw.data.alias.anchor), let target = anchored[name] else { throw Deferral() }
                expandedSize.add(target.size)
                return target.node
            case YAML_SCALAR_EVENT:
                let scalar = event.raw.data.scalar
                let bytes = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
                let value = text(bytes)
                let anchor = event.name(scalar.anchor)
                let start = expandedSize
                expandedSize.add(.init(nodes: 1, characters: value.utf8.count))
                let node = builder.scalar(value, decodedFrom: bytes, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE, at: event.position)
                return register(node, as: anchor, since: start)
            case YAML_SEQUENCE_START_EVENT:
                let (position, anchor) = (event.position, event.name(event.raw.data.sequence_start.anchor))
                depth += 1
                defer { depth -= 1 }
                guard depth <= YAMLComposer.maximumNesting else { throw TooDeep(position: position) }
                let start = expandedSize
                expandedSize.add(.init(nodes: 1))
                let mark = builder.itemsMark
                var next = try events.next()
                while next.type != YAML_SEQUENCE_END_EVENT {
                    let item = try node(from: next)
                    builder.appendItem(item)
                    next = try events.next()
                }
                return register(builder.sequence(itemsSince: mark, at: position), as: anchor, since: start)
            case YAML_MAPPING_START_EVENT:
                let (position, anchor) = (event.position, event.name(event.raw.data.mapping_start.anchor))
                depth += 1
                defer { depth -= 1 }
                guard depth <= YAMLComposer.maximumNesting else { throw TooDeep(position: position) }
                let start = expandedSize
                expandedSize.add(.init(nodes: 1))
                let mark = builder.entriesMark
                var keyTexts = KeyTexts()
                var next = try events.next()
                while next.type != YAML_MAPPING_END_EVENT {
                    let key = try node(from: next)
                    guard let text = builder.text(ofKey: key), keyTexts.insert(text, after: mark, in: builder) else { throw Deferral() }
                    let value = try node(from: try events.next())
                    builder.appendEntry(key: key, value: value)
                    next = try events.next()
                }
                return register(builder.mapping(entriesSince: mark, at: position), as: anchor, since: start)
            default:
                throw Deferral()
            }
        }

        /// A scalar's text as Yams decodes it. Yams uses Foundation's `String(bytes:encoding:)`,
        /// which drops a leading byte-order mark (a quoted `"\uFEFF..."`) and is several times
        /// slower than the standard library's decoding; libyaml has checked the UTF-8 already.
        private func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
            // Three byte comparisons: an array literal to compare with was built per scalar.
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF, let text = String(bytes: bytes, encoding: .utf8) { return text }
            return String(decoding: bytes, as: UTF8.self)
        }

        /// Keeps an anchored node for its aliases, with the size it added since `start`.
        private mutating func register(_ node: SpecNode, as anchor: String?, since start: AliasExpansionBudget.Size) -> SpecNode {
            if let anchor { anchored[anchor] = (node, expandedSize.subtracting(start)) }
            return node
        }
    }

    /// The texts of one mapping's keys, to find two equal ones: by `==`, as Yams compares
    /// them, not by bytes or length, which canonical equivalents do not share. Most mappings
    /// have a handful of keys, compared with the keys composed so far (hashing them into a
    /// set, or copying them into a list of their own, cost more than the comparisons). Long
    /// mappings (codes, years, laws) get a set, whose hashing agrees with `==`.
    private struct KeyTexts {
        private static let longMapping = 16
        private var many: Set<String> = []

        /// Adds `text`, the key after the entries `builder` has had since `mark`; `false` when
        /// one of their keys has it already.
        mutating func insert(_ text: String, after mark: Int, in builder: SpecTreeBuilder) -> Bool {
            if builder.entryCount(since: mark) < Self.longMapping { return !builder.hasKey(withText: text, since: mark) }
            if many.isEmpty { many = Set(builder.keyTexts(since: mark)) }
            return many.insert(text).inserted
        }
    }

    /// libyaml's parser over a UTF-8 buffer that outlives it, one event at a time. Every event
    /// is parsed into the same buffer, freed when the next one is asked for: the walk reads
    /// each event before it asks for the next (one allocation per event cost more than libyaml).
    private final class EventStream {
        private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        private let current = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        /// Whether `current` holds an event to free; libyaml leaves it empty on an error.
        private var holdsEvent = false

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            current.initialize(to: yaml_event_t())
            yaml_parser_initialize(parser)
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
        }

        /// The next event, valid until the next call; any libyaml error defers to Yams.
        @discardableResult
        func next() throws -> Event {
            freeCurrent()
            guard yaml_parser_parse(parser, current) == 1 else { throw Deferral() }
            holdsEvent = true
            return Event(pointer: current)
        }

        func close() {
            freeCurrent()
            current.deallocate()
            yaml_parser_delete(parser)
            parser.deallocate()
        }

        private func freeCurrent() {
            if holdsEvent { yaml_event_delete(current) }
            holdsEvent = false
        }
    }

    /// The event in an `EventStream`'s buffer, until the stream's next event replaces it.
    private struct Event {
        let pointer: UnsafeMutablePointer<yaml_event_t>

        var raw: yaml_event_t { pointer.pointee }
        var type: yaml_event_type_t { pointer.pointee.type }

        /// Where the event starts, counted from 1 as Yams counts (`Parser.Event.startMark`).
        var position: YAMLPosition {
            YAMLPosition(line: pointer.pointee.start_mark.line + 1, column: pointer.pointee.start_mark.column + 1)
        }

        /// An anchor name, decoded as Yams decodes it.
        func name(_ pointer: UnsafePointer<UInt8>?) -> String? {
            pointer.flatMap { String.decodeCString($0, as: UTF8.self, repairingInvalidCodeUnits: true)?.result }
        }
    }
}
