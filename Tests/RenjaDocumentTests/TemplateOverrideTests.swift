import Foundation
import RenjaCompute
import RenjaDocument
import RenjaModel
import XCTest

/// A project's `templates/` folder replaces default templates by file name and extends the
/// outline without code.
final class TemplateOverrideTests: XCTestCase {
    private var projectTemplates: String = ""

    override func setUpWithError() throws {
        projectTemplates = FileManager.default.temporaryDirectory
            .appendingPathComponent("renja-templates-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: projectTemplates, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(atPath: projectTemplates)
    }

    private func write(_ name: String, _ text: String) throws {
        try text.write(toFile: (projectTemplates as NSString).appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// The defaults overridden by this test's project templates, and the diagnostics as printed.
    private func loadWithProjectTemplates() -> (set: TemplateSet?, diagnostics: [String]) {
        let (set, diagnostics) = TemplateSet.load(defaultDirectory: TemplateTestPlan.defaultTemplates, projectDirectory: projectTemplates)
        return (set, diagnostics.map(\.description))
    }

    private func build() throws -> (Document?, [Diagnostic]) {
        let (set, diagnostics) = loadWithProjectTemplates()
        XCTAssertEqual(diagnostics, [])
        let templates = try XCTUnwrap(set)
        let plan = TemplateTestPlan.plan()
        return DocumentBuilder().build(plan: plan, figures: computeFigures(plan).0, templates: templates, blocks: TemplateTestPlan.blocks())
    }

    /// A template saved in another encoding is refused where it stops being UTF-8, as a spec
    /// or CSV is (it used to be "cannot read ... as UTF-8 text", with no position).
    func testATemplateInAnotherEncodingIsRefusedAtItsFirstInvalidByte() throws {
        // "<bab>\n  <p>Kecamatan " then "é" in Windows-1252 (0xE9) on line 2, column 16.
        let bytes = Array("<bab>\n  <p>Kecamatan ".utf8) + [0xE9] + Array("</p>\n</bab>\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: (projectTemplates as NSString).appendingPathComponent("bab-1.xml")))
        let (sources, diagnostics) = TemplateSet.sources(inDirectory: projectTemplates)
        XCTAssertEqual(sources.map(\.name), [])
        XCTAssertEqual(diagnostics.map(\.location?.line), [2])
        XCTAssertEqual(diagnostics.map(\.location?.column), [16])
        XCTAssertEqual(diagnostics.map(\.message), ["the file is not UTF-8 (byte 0xE9); save it as UTF-8"])
    }

    /// A template saved as UTF-16 (with its byte-order mark) is named so, not as a bad byte.
    func testATemplateInUTF16IsNamedAsSuch() throws {
        let bytes: [UInt8] = [0xFE, 0xFF] + "<bab/>\n".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        try Data(bytes).write(to: URL(fileURLWithPath: (projectTemplates as NSString).appendingPathComponent("bab-1.xml")))
        let (sources, diagnostics) = TemplateSet.sources(inDirectory: projectTemplates)
        XCTAssertEqual(sources.map(\.name), [])
        XCTAssertEqual(diagnostics.map(\.message), ["the file is UTF-16, not UTF-8; save it as UTF-8"])
        XCTAssertEqual(diagnostics.map(\.location?.line), [1])
    }

    private static let outlineWithAdditions = """
        <outline>
          <cover file="sampul.xml"/>
          <front file="pengantar.xml"/>
          <front file="daftar-isi.xml"/>
          <chapter file="bab-1.xml"/>
          <chapter file="bab-2.xml">
            <section file="bab-2-6.xml" after="usulan-masyarakat"/>
          </chapter>
          <chapter file="bab-3.xml"/>
          <chapter file="bab-4.xml"/>
          <chapter file="lampiran.xml"/>
          <chapter file="bab-5.xml"/>
        </outline>
        """

    func testProjectTemplateReplacesTheDefaultOfTheSameName() throws {
        try write("bab-5.xml", """
            <chapter \(TemplateTestSupport.namespaces) xml:id="bab-5"><title>PENUTUP</title>
            <para>Penutup khusus {{opd.nama}}.</para></chapter>
            """)
        let (document, diagnostics) = try build()
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(document?.sections.last?.blocks, [.paragraph([.text("Penutup khusus Kecamatan Jatiroto.")])])
        XCTAssertEqual(document?.sections.last?.number, "V")
    }

    func testAddedSectionAndChapterAreNumberedAndCounted() throws {
        try write("outline.xml", Self.outlineWithAdditions)
        try write("bab-2-6.xml", """
            <section \(TemplateTestSupport.namespaces) xml:id="inovasi-daerah"><title>Inovasi Daerah</title>
            <para>Inovasi Tahun {{tahun.n}}; lihat <xref linkend="tc-32"/>.</para></section>
            """)
        try write("lampiran.xml", """
            <chapter \(TemplateTestSupport.namespaces) xml:id="lampiran"><title>LAMPIRAN</title>
            <info><abstract><para>Lampiran.</para></abstract></info><para>-</para></chapter>
            """)
        let (built, diagnostics) = try build()
        XCTAssertEqual(diagnostics, [])
        let document = try XCTUnwrap(built)
        XCTAssertEqual(document.sections.compactMap(\.number), ["I", "II", "III", "IV", "V", "VI"])
        XCTAssertEqual(document.sections.last?.title, "PENUTUP")
        XCTAssertEqual(document.sections.last?.number, "VI")
        let bab2 = document.sections[3]
        XCTAssertEqual(bab2.subsections.map(\.number), ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6"])
        XCTAssertEqual(bab2.subsections.last?.title, "Inovasi Daerah")
        XCTAssertEqual(bab2.subsections.last?.blocks, [.paragraph([.text("Inovasi Tahun 2020; lihat "), .reference(id: "tc-32", label: "Tabel T-C.32"), .text(".")])])

        let sistematika = try XCTUnwrap(document.sections[2].subsections.last)
        XCTAssertEqual(sistematika.blocks.first, .paragraph([.text(
            "Renja Kecamatan Jatiroto Kabupaten Lumajang Tahun 2020 terdiri dari 6 (enam) bab dengan sistematika sebagai berikut:")]))
        XCTAssertTrue(sistematika.blocks.contains(.paragraph([.strong([.reference(id: "lampiran", label: "BAB V"), .text(" : LAMPIRAN")])])))
        XCTAssertTrue(sistematika.blocks.contains(.paragraph([.strong([.reference(id: "bab-5", label: "BAB VI"), .text(" : PENUTUP")])])))
    }

    func testInsertionAfterAnUnknownSectionIsAnError() throws {
        try write("outline.xml", Self.outlineWithAdditions.replacingOccurrences(of: "after=\"usulan-masyarakat\"", with: "after=\"usulan\""))
        try write("bab-2-6.xml", "<section \(TemplateTestSupport.namespaces)><title>X</title></section>")
        try write("lampiran.xml", "<chapter \(TemplateTestSupport.namespaces) xml:id=\"lampiran\"><title>L</title></chapter>")
        let (document, diagnostics) = try build()
        XCTAssertNil(document)
        XCTAssertEqual(diagnostics.map(\.description), [
            "\(projectTemplates)/outline.xml:7:5: error: no section 'usulan' in bab-2 to add bab-2-6.xml after "
                + "(there are: evaluasi-renja, kinerja-pelayanan, isu-penting, review-rkpd, usulan-masyarakat)",
        ])
    }

    /// A file named twice was filled twice: its ids defined twice, reported only as DocBook
    /// validation errors in a renja.xml that is never written.
    func testAFileNamedTwiceInTheOutlineIsAnErrorAtItsSecondEntry() throws {
        let outline = try String(contentsOfFile: TemplateTestPlan.defaultTemplates + "/outline.xml", encoding: .utf8)
        try write("outline.xml", outline.replacingOccurrences(of: "  <chapter file=\"bab-5.xml\"/>\n", with: "  <chapter file=\"bab-5.xml\"/>\n  <chapter file=\"bab-5.xml\"/>\n"))
        let (set, diagnostics) = loadWithProjectTemplates()
        XCTAssertNil(set)
        let line = outline.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("bab-5.xml") }.map { $0 + 1 } ?? 0
        XCTAssertEqual(diagnostics, [
            "\(projectTemplates)/outline.xml:\(line + 1):3: error: bab-5.xml is already named at line \(line); an outline names each file once",
        ])
    }

    /// A project template with a misspelt name (`bab5.xml`) was parsed and then silently never
    /// filled: its text was missing from the document with no word about it.
    func testAProjectTemplateTheOutlineDoesNotNameIsAWarning() throws {
        try write("bab5.xml", "<chapter \(TemplateTestSupport.namespaces) xml:id=\"penutup\"><title>PENUTUP</title></chapter>")
        let (set, diagnostics) = loadWithProjectTemplates()
        XCTAssertNotNil(set)
        XCTAssertEqual(diagnostics, [
            "\(projectTemplates)/bab5.xml:1:1: warning: bab5.xml is named by no entry of the outline, so it is not used; did you mean 'bab-5.xml'?",
        ])
    }

    func testParsedDefaultsServeManyBuilds() throws {
        let (set, _) = TemplateSet.load(defaultDirectory: TemplateTestPlan.defaultTemplates)
        let templates = try XCTUnwrap(set)
        var plan = TemplateTestPlan.plan()
        let first = DocumentBuilder().build(plan: plan, figures: computeFigures(plan).0, templates: templates, blocks: TemplateTestPlan.blocks()).0
        plan.tahun = 2021
        plan.opd.nama = "Kecamatan Tempeh"
        let second = DocumentBuilder().build(plan: plan, figures: computeFigures(plan).0, templates: templates, blocks: TemplateTestPlan.blocks()).0
        XCTAssertEqual(first?.coverLines, ["RENJA", "(RENCANA KERJA)", "KECAMATAN JATIROTO", "2020"])
        XCTAssertEqual(second?.coverLines, ["RENJA", "(RENCANA KERJA)", "KECAMATAN TEMPEH", "2021"])
        XCTAssertEqual(second?.sections[3].title, "HASIL EVALUASI RENJA PERANGKAT DAERAH TAHUN 2019")
    }

    func testBrokenProjectTemplateIsReportedAtItsOwnPath() throws {
        try write("bab-5.xml", "<chapter \(TemplateTestSupport.namespaces) xml:id=\"bab-5\"><title>PENUTUP</title>\n<para>x</chapter>\n")
        let (set, diagnostics) = loadWithProjectTemplates()
        XCTAssertNil(set)
        XCTAssertEqual(diagnostics, [
            "\(projectTemplates)/bab-5.xml:2:18: error: Opening and ending tag mismatch: para line 2 and chapter",
            "\(projectTemplates)/bab-5.xml:3:1: error: Premature end of data in tag chapter line 1",
        ])
    }
}
