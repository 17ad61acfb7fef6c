/// The text of one template file before parsing.
public struct TemplateSource: Equatable, Sendable {
    /// The file name the outline uses, e.g. `bab-2.xml`.
    public var name: String
    /// The path diagnostics print, e.g. `templates/bab-2.xml`.
    public var path: String
    public var text: String

    public init(name: String, path: String, text: String) {
        self.name = name
        self.path = path
        self.text = text
    }
}
