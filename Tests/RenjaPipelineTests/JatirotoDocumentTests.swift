import Foundation
import RenjaDocument
import RenjaModel
import RenjaPipeline
import XCTest

/// The first real project end to end: the document a reader holds beside the seed.
final class JatirotoDocumentTests: XCTestCase {
    private func document() throws -> Document {
        let pipeline = try Repository.preparedPipeline()
        let loaded = Pipeline.load(projectAt: Repository.jatiroto)
        let plan = try XCTUnwrap(loaded.plan, "\(loaded.diagnostics)")
        let (figures, _) = pipeline.compute(plan)
        let (document, diagnostics) = pipeline.fill(plan, figures, projectAt: Repository.jatiroto)
        XCTAssertFalse(diagnostics.hasErrors, "\(diagnostics)")
        return try XCTUnwrap(document)
    }

    func testTheProjectLoadsWithoutErrors() throws {
        let result = try Repository.preparedPipeline().check(projectAt: Repository.jatiroto)
        XCTAssertFalse(result.diagnostics.hasErrors, "\(result.diagnostics.filter { $0.severity == .error })")
        XCTAssertEqual(result.summary?.description, "6 programmes, 31 kegiatan, 46 indikator, 89 CSV rows read")
    }

    func testTheDoubleCountedBudgetIsReportedWithBothValuesAndItsPosition() throws {
        let result = try Repository.preparedPipeline().check(projectAt: Repository.jatiroto)
        let warning = try XCTUnwrap(result.diagnostics.first { $0.message.hasPrefix("Belanja Langsung") })
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertEqual(warning.message, "Belanja Langsung 2020 is stated as Rp8.350.000.000,00 but computes to Rp4.175.000.000,00; renja prints the computed value")
        XCTAssertEqual(warning.location?.file.hasSuffix("input/jatiroto-2020/renja.yaml"), true)
        XCTAssertTrue(result.fails(strict: true))
        XCTAssertFalse(result.fails(strict: false))
    }

    func testTheDocumentTreeMatchesItsGolden() throws {
        try Repository.assertGolden(DocumentDumper().dump(document()), named: "jatiroto-2020/document.txt")
    }

    func testBothOutputsMatchTheirGoldensAndTheBuildIsDeterministic() throws {
        let pipeline = try Repository.preparedPipeline()
        let first = pipeline.build(projectAt: Repository.jatiroto)
        let second = pipeline.build(projectAt: Repository.jatiroto)
        let outputs = try XCTUnwrap(first.outputs, "\(first.diagnostics.filter { $0.severity == .error })")
        XCTAssertEqual(outputs.map(\.name), ["renja.html", "renja.xml"])
        XCTAssertEqual(outputs, second.outputs, "two builds of the same inputs must be byte-identical")
        for output in outputs {
            try Repository.assertGolden(String(decoding: output.contents, as: UTF8.self), named: "jatiroto-2020/\(output.name)")
        }
    }

    func testChaptersAreNumberedConsecutivelyWithoutGaps() throws {
        let chapters = try document().sections.filter { $0.kind == .chapter }
        XCTAssertEqual(chapters.map(\.number), ["I", "II", "III", "IV", "V"])
        XCTAssertEqual(chapters.last?.title, "PENUTUP")
        for chapter in chapters {
            let expected = chapter.subsections.indices.map { "\(chapter.number.map(arabic) ?? 0).\($0 + 1)" }
            XCTAssertEqual(chapter.subsections.map(\.number), expected, "sections of BAB \(chapter.number ?? "?")")
        }
    }

    func testSistematikaCountsTheChaptersThatExist() throws {
        let text = try DocumentDumper().dump(document())
        XCTAssertTrue(text.contains("5 (lima) bab"), "Sistematika Penulisan must count the five chapters")
        XCTAssertFalse(text.contains("BAB VII"))
        XCTAssertFalse(text.contains("6 (enam) bab"))
    }

    /// Every table of the seed, with as many numbered rows as the seed has entries.
    func testEverySeedTableIsPresentWithItsRows() throws {
        let tables = try allTables(in: document())
        let expected: [(id: String, numberedRows: Int)] = [
            ("tc-29", 37), ("tc-30", 3), ("tabel-teknik-pengumpulan-data", 3), ("tabel-permasalahan", 1),
            ("tc-31", 17), ("tc-32", 4), ("tabel-misi", 3), ("tabel-tujuan-sasaran", 1), ("tc-33", 17),
            ("tabel-program-kegiatan", 4), ("tabel-sasaran-indikator", 4),
        ]
        for (id, rows) in expected {
            let table = try XCTUnwrap(tables[id], "table \(id) is missing")
            XCTAssertEqual(numberedRows(of: table), rows, "numbered rows of \(id)")
        }
        XCTAssertEqual(tables["tc-29"]?.number, "T-C.29")
        XCTAssertEqual(tables["tc-29"]?.landscape, true)
    }

    func testTheFormulaRowOfTC29NamesTheFormulasUsed() throws {
        let table = try XCTUnwrap(allTables(in: document())["tc-29"])
        let formulaRow = try XCTUnwrap(table.header.first { $0.role == .columnNumbers })
        let texts = formulaRow.cells.map { DocumentDumper.plainText($0.content) }
        XCTAssertTrue(texts.contains("13 = 6 + 12"), "\(texts)")
        XCTAssertTrue(texts.contains("14 = 13/5 x 100%"), "\(texts)")
    }

    private func arabic(_ roman: String) -> Int {
        ["I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7][roman] ?? 0
    }

    private func allTables(in document: Document) -> [String: Table] {
        var tables: [String: Table] = [:]
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .table(let table): tables[table.id] = table
                case .list(let list): list.items.forEach(visit)
                default: break
                }
            }
        }
        func visit(_ section: Section) {
            visit(section.blocks)
            section.subsections.forEach(visit)
        }
        document.sections.forEach(visit)
        return tables
    }

    /// Body rows whose first cell is a row number ("1", "2."): continuation rows of a span have none.
    private func numberedRows(of table: Table) -> Int {
        table.body.filter { row in
            guard let first = row.cells.first else { return false }
            let text = DocumentDumper.plainText(first.content).trimmingCharacters(in: CharacterSet(charactersIn: "."))
            return !text.isEmpty && text.allSatisfy(\.isNumber)
        }.count
    }
}
