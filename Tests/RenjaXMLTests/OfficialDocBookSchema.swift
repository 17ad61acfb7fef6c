import Foundation

/// The official DocBook 5.0 RELAX NG schema, kept in the checkout (Tests/Schemas) so that the
/// tests check against full DocBook 5.0 on a machine without Debian's docbook5-xml.
enum OfficialDocBookSchema {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let path = repository.appendingPathComponent("Tests/Schemas/docbook-5.0.rng").path
}
