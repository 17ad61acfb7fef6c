/// Why a CSV cell is not a number in the project's convention.
public struct NumberError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, in words a user can act on.
    public var message: String
    /// The 0-based offset, in unicode scalars, of the offending character within the cell.
    public var offset: Int

    public init(_ message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }

    public var description: String { message }
}
