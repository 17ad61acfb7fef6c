/// Where a value sits in the plan spec, as diagnostics name it: `program[2].kegiatan[0]`.
///
/// An item of a list keeps its list's path and its index, and becomes text only when a
/// message or a nested path needs it: every item of every list has a path, and building each
/// as a string cost more than reading most items.
struct SpecPath: CustomStringConvertible, ExpressibleByStringLiteral {
    /// The whole path, or the path of the list when `index` is set.
    private let base: String
    private let index: Int?

    init(_ text: String) {
        (base, index) = (text, nil)
    }

    init(stringLiteral text: String) {
        self.init(text)
    }

    /// The path of item `index` of the list at `list`: `list[index]`.
    init(item index: Int, of list: String) {
        (base, self.index) = (list, index)
    }

    /// Whether this is the empty path, the spec's root.
    var isEmpty: Bool { base.isEmpty && index == nil }

    var description: String { index.map { Self.text(base, index: $0, field: nil) } ?? base }

    /// The text of the path of the field `key` of the mapping here (`program[2].nama`): a
    /// `String`, not a `SpecPath`, since only messages read a field's path. Every list of a
    /// mapping (`program[2].kegiatan`) asks for one, to name its own items.
    func appending(_ key: String) -> String {
        base.isEmpty && index == nil ? key : Self.text(base, index: index, field: key)
    }

    /// `base`, then `[index]`, then `.key`, the parts there are, written into the new
    /// string's buffer in one pass: interpolating them, or appending them to a reserved
    /// string, cost ~2,100 instructions a path (each append a call through the general
    /// `String` code, `Int`'s description another).
    private static func text(_ base: String, index: Int?, field key: String?) -> String {
        var (base, field) = (base, key ?? "")
        var digitCount = 0
        if let index {
            var rest = index
            repeat {
                digitCount += 1
                rest /= 10
            } while rest != 0
        }
        let count = base.utf8.count + (index == nil ? 0 : digitCount + 2) + (key == nil ? 0 : field.utf8.count + 1)
        return base.withUTF8 { baseBytes in
            field.withUTF8 { fieldBytes in
                String(unsafeUninitializedCapacity: count) { buffer in
                    var end = buffer.startIndex
                    func write(_ byte: UInt8) {
                        buffer[end] = byte
                        end += 1
                    }
                    for byte in baseBytes { write(byte) }
                    if var rest = index {
                        write(UInt8(ascii: "["))
                        end += digitCount
                        for offset in 1...digitCount {
                            buffer[end - offset] = UInt8(ascii: "0") + UInt8(rest % 10)
                            rest /= 10
                        }
                        write(UInt8(ascii: "]"))
                    }
                    if key != nil {
                        write(UInt8(ascii: "."))
                        for byte in fieldBytes { write(byte) }
                    }
                    return end
                }
            }
        }
    }
}
