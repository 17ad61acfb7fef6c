import CLibXML2
import Foundation

/// Where the DocBook 5.0 RELAX NG schema is when the user names none: the system's XML
/// catalog first (Debian's `docbook5-xml` registers it there), else the copy bundled with
/// renja, so that a machine without the package still validates.
public enum DocBookSchemaLocation {
    /// The schema's canonical URI, the key XML catalogs map to a local file.
    public static let uri = "http://docbook.org/xml/5.0/rng/docbook.rng"

    /// The local path of the schema: the catalog's, or the bundled copy's.
    public static func resolve() -> String {
        catalogPath() ?? bundledPath
    }

    /// The copy shipped in this target's resources.
    public static var bundledPath: String {
        Bundle.module.url(forResource: "docbook-5.0", withExtension: "rng", subdirectory: "Schemas")?.path
            ?? Bundle.module.bundlePath + "/Schemas/docbook-5.0.rng"
    }

    /// The file the system catalog maps the schema's URI to, if it exists.
    private static func catalogPath() -> String? {
        LibXML.initialize()
        guard let resolved = xmlCatalogResolveURI(uri) else { return nil }
        defer { renja_xmlFree(resolved) }
        let text = String(cString: resolved)
        let path = text.hasPrefix("file://") ? String(text.dropFirst("file://".count)) : text
        return FileManager.default.isReadableFile(atPath: path) ? path : nil
    }
}
