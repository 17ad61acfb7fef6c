import Foundation

/// One output file of a build, held in memory until every stage has succeeded.
public struct BuildOutput: Equatable, Sendable {
    public var name: String
    public var contents: Data

    public init(name: String, contents: Data) {
        self.name = name
        self.contents = contents
    }
}
