extension Row {
    /// The row under a form's header that numbers its columns (`1`, `2`, ... or `13 = 6 + 12`).
    static func columnNumbers(_ labels: [String]) -> Row {
        Row(role: .columnNumbers, cells: labels.map { .heading($0) })
    }

    /// Columns numbered 1 to `count`.
    static func columnNumbers(count: Int) -> Row {
        columnNumbers((1...count).map(String.init))
    }
}
