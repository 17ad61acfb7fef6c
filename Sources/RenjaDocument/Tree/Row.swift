/// One table row. Cells covered by a span from above are simply absent, as in HTML.
public struct Row: Equatable, Sendable {
    /// What a row stands for, so that writers can style programme rows apart from kegiatan rows.
    public enum Role: String, Equatable, Sendable {
        case normal
        /// A group heading such as an urusan or a programme.
        case group
        /// A total line.
        case total
        /// The row of column numbers and formulas under a form's header ("13 = 6 + 12").
        case columnNumbers
    }

    public var role: Role
    public var cells: [Cell]

    public init(role: Role = .normal, cells: [Cell]) {
        self.role = role
        self.cells = cells
    }
}
