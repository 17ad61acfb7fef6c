/// A small, fast pseudo-random generator whose sequence depends only on its seed, so a
/// synthetic project is the same on every machine and every Swift version (the standard
/// library's `random(in:using:)` does not promise a stable algorithm, so ranges are drawn here).
/// The property tests use it too: a failure is reproducible from its seed.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A whole number in `range`; the modulo bias is below 2^-50 for the small ranges used here.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next() % width)
    }

    /// A number in `range` skewed towards its lower end: the least of `draws` uniform draws.
    /// Most OPDs are small, a few are large.
    public mutating func skewedInt(in range: ClosedRange<Int>, draws: Int) -> Int {
        (0..<draws).map { _ in int(in: range) }.min() ?? range.lowerBound
    }

    /// True with probability `percent` / 100.
    public mutating func chance(_ percent: Int) -> Bool {
        int(in: 1...100) <= percent
    }

    /// One element of a non-empty list.
    public mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[int(in: 0...(elements.count - 1))]
    }
}
