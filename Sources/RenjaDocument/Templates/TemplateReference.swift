import RenjaModel

/// A cross-reference (`<xref linkend="..."/>`) a template made, kept with its position so that a
/// reference the numbering cannot resolve is reported where it was written.
struct TemplateReference: Equatable {
    var id: String
    var location: SourceLocation
}
