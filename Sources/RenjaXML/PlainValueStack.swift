/// A stack of plain values (no references to count) in memory of its own: pushing, popping
/// and changing an element in place cost a bounds test and a copy.
///
/// For the stacks of open elements that the writer and the validator change on every markup
/// event: an `Array` tested its buffer's uniqueness on each change (a call), copied an element
/// out through `last` and wrapped `removeLast` in a call of its own, ~150 instructions per
/// element between them. Not copyable, so that no two owners ever share its memory.
struct PlainValueStack<Element: BitwiseCopyable>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// How many elements it holds.
    private(set) var count = 0

    /// An empty stack with room for `capacity` elements before it grows.
    init(capacity: Int = 16) {
        self.capacity = max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    var isEmpty: Bool {
        count == 0
    }

    /// The element on top, if any.
    var last: Element? {
        count > 0 ? base[count - 1] : nil
    }

    /// The element at `index` (0 is the bottom), read or changed in place.
    subscript(index: Int) -> Element {
        get {
            precondition(index >= 0 && index < count, "index out of range")
            return base[index]
        }
        _modify {
            precondition(index >= 0 && index < count, "index out of range")
            yield &base[index]
        }
    }

    mutating func append(_ element: Element) {
        if count == capacity {
            grow()
        }
        (base + count).initialize(to: element)
        count += 1
    }

    /// Removes the element on top and returns it; the stack must not be empty.
    @discardableResult
    mutating func removeLast() -> Element {
        precondition(count > 0, "removeLast from an empty stack")
        count -= 1
        return base[count]
    }

    /// Removes the element on top and returns it, or `nil` when there is none.
    mutating func popLast() -> Element? {
        count > 0 ? removeLast() : nil
    }

    /// Whether `element` is one of the elements, by a scan from the bottom.
    func contains(_ element: Element) -> Bool where Element: Equatable {
        for index in 0..<count where base[index] == element {
            return true
        }
        return false
    }

    /// Removes every element from `index` up.
    mutating func removeAll(from index: Int) {
        count = min(count, max(index, 0))
    }

    /// Kept out of line: growing is rare, and the callers are inlined everywhere.
    @inline(never)
    private mutating func grow() {
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        grown.moveInitialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity *= 2
    }
}
