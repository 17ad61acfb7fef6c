extension Sequence {
    /// `compactMap` into an array reserved once at the sequence's size: grown from empty, the
    /// values of a sum were reallocated up to three times (T-C.29 sums about 2,000 times).
    func compactMapReserved<Value>(_ transform: (Element) -> Value?) -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(underestimatedCount)
        for element in self {
            if let value = transform(element) { values.append(value) }
        }
        return values
    }
}
