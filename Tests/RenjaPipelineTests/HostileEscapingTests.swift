import Foundation
import RenjaXML
import XCTest

/// Names holding markup characters (`&`, `<`, `>`, quotes, `]]>`, a comment opener) must come
/// out of `renja build` as text in both outputs: each output parses, the exact names are found
/// back in its text, and none of them became an element.
final class HostileEscapingTests: XCTestCase {
    static let opdNama = #"Kecamatan "A&B" <b>Tengah</b> ]]> 'Lama'"#
    static let kegiatanNama = "Belanja <script>alert(1)</script> & ]]><!-- <![CDATA[x]]>"

    func testMarkupInNamesIsTextInHTMLAndDocBook() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: RenjaProcess.executable.path), "renja is not built beside the tests")
        let scratch = try RenjaProcess.temporaryDirectory("escaping")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let project = scratch.appendingPathComponent("project")
        try Self.makeHostileProject(at: project)

        let out = scratch.appendingPathComponent("out")
        let run = try RenjaProcess.run(["build", project.path, "--out", out.path], in: scratch)
        XCTAssertEqual(run.exitCode, 0, run.standardError)

        for name in ["renja.html", "renja.xml"] {
            let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            let root = try XMLTreeParser.parse(text, fileName: name)
            let texts = Self.textNodes(of: root)
            XCTAssertTrue(texts.contains { $0.contains(Self.opdNama) }, "\(name) shows the OPD name as written")
            XCTAssertTrue(texts.contains { $0.contains(Self.kegiatanNama) }, "\(name) shows the kegiatan name as written")
            let injected = Self.elementNames(of: root).intersection(["b", "script"])
            XCTAssertEqual(injected, [], "\(name) gained elements from a name")
        }
    }

    /// The minimal example at `project`, its OPD and a kegiatan renamed to the hostile names.
    static func makeHostileProject(at project: URL) throws {
        try FileManager.default.copyItem(at: RenjaProcess.minimalExample, to: project)
        let specURL = project.appendingPathComponent("renja.yaml")
        let spec = try String(contentsOf: specURL, encoding: .utf8)
            .replacingOccurrences(of: "  nama: Kecamatan Contoh\n", with: "  nama: \(yamlSingleQuoted(opdNama))\n")
            .replacingOccurrences(of: "        nama: Pelayanan Administrasi Perkantoran\n", with: "        nama: \(yamlSingleQuoted(kegiatanNama))\n")
        try spec.write(to: specURL, atomically: true, encoding: .utf8)
    }

    /// YAML single quotes: everything literal, a quote doubled.
    static func yamlSingleQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// The text of every element, its adjacent text nodes joined (inline markup splits text).
    static func textNodes(of element: XMLElement) -> [String] {
        var own = ""
        var below: [String] = []
        for child in element.children {
            switch child {
            case .text(let text, _): own += text
            case .element(let child): below += textNodes(of: child)
            }
        }
        return [own] + below
    }

    static func elementNames(of element: XMLElement) -> Set<String> {
        element.children.reduce(into: [element.name]) { names, child in
            if case .element(let child) = child { names.formUnion(elementNames(of: child)) }
        }
    }
}
