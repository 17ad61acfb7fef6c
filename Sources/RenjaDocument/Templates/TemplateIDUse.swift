import RenjaModel

/// An id a template uses, with where: the target of an `<xref>`, or an anchor it defines (a
/// section's `xml:id`, a placed `r:block`). Kept so that a reference to nothing and an anchor
/// defined twice are reported where they were written.
struct TemplateIDUse: Equatable {
    var id: String
    var location: SourceLocation
}
