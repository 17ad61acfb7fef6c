import RenjaCompute
import RenjaDocument
import RenjaModel
import XCTest

/// Cells that print the same name, indicator or target in T-C.31, T-C.33 and Tabel 4.1 and 4.2
/// are made once and placed again: the copies share their content (one String or array, not
/// equal ones made apart).
final class TablesSharedCellsTests: XCTestCase {
    private func firstRow(_ table: Table, named name: String) throws -> Row {
        try XCTUnwrap(table.body.first { $0.cells.count > 1 && $0.cells[1].content == [.text(name)] }, name)
    }

    func testTheDraftsIndicatorCellsArePlacedAgainInTCThirtyThreeAndWhereTheAnalysisKeepsThem() throws {
        let blocks = TablesFixture.blocks
        guard case .table(let review)? = blocks["tc-31"], case .table(let rencana)? = blocks["tc-33"] else {
            return XCTFail("T-C.31 and T-C.33 are standard blocks")
        }
        let name = "Fasilitasi dan Koordinasi Bidang Pemerintahan"
        let draft = try firstRow(review, named: name).cells
        let plan = try firstRow(rencana, named: name).cells
        XCTAssertEqual(draft[3].content, [.text("Jumlah Desa yang menyusun administrasi")])
        XCTAssertEqual(draft[4].content, [.text("6 Desa")])
        // T-C.33: the indicator (column 3) and its target of n (column 5: too short a text for
        // its sharing to be seen, see `sharesContent`).
        XCTAssertTrue(draft[3].sharesContent(with: plan[2]))
        XCTAssertEqual(plan[4], draft[4])
        // The analysis does not list this indicator: its side prints the draft's cells.
        XCTAssertTrue(draft[3].sharesContent(with: draft[8]))
        XCTAssertEqual(draft[9], draft[4])
        // It lists the third, in its own words: cells of its own.
        let index = try XCTUnwrap(review.body.firstIndex { $0.cells == draft })
        let listed = review.body[index + 2].cells
        XCTAssertEqual(listed.map(\.plainText), [
            "Jumlah koordinasi yang difasilitasi", "200 Orang", "Jumlah audiensi bersama FORKOMPIMKA", "90 Orang",
        ])
    }

    func testAProgrammesIndicatorCellsStandOnBothSidesOfTCThirtyOne() throws {
        let review = try XCTUnwrap(TablesFixture.table("tc-31"))
        let program = try firstRow(review, named: "Program Penyelenggaraan Pemerintahan Kecamatan").cells
        XCTAssertEqual(program[3].content, [.text("Persentase hasil fasilitasi")])
        XCTAssertTrue(program[3].sharesContent(with: program[8]))
        XCTAssertEqual(program[9], program[4])
    }

    func testNamesAndTargetsOfNAreSharedWithTheTablesOfBabIV() throws {
        let blocks = TablesFixture.blocks
        guard case .table(let review)? = blocks["tc-31"], case .table(let rencana)? = blocks["tc-33"],
              case .table(let programKegiatan)? = blocks["tabel-program-kegiatan"],
              case .table(let sasaranIndikator)? = blocks["tabel-sasaran-indikator"]
        else { return XCTFail("standard blocks") }
        let programName = "Program Penyelenggaraan Pemerintahan Kecamatan"
        let program = try firstRow(rencana, named: programName).cells
        XCTAssertTrue(program[1].sharesContent(with: try firstRow(review, named: programName).cells[1]))
        XCTAssertTrue(program[1].sharesContent(with: try firstRow(programKegiatan, named: programName).cells[1]))
        let group = try XCTUnwrap(sasaranIndikator.body.firstIndex { $0.cells.count > 1 && $0.cells[1].content == [.text(programName)] })
        XCTAssertTrue(program[1].sharesContent(with: sasaranIndikator.body[group].cells[1]))
        // Tabel 4.2's first output line: the kegiatan's first indicator and its target of n.
        let line = sasaranIndikator.body[group + 1].cells
        XCTAssertEqual(line[0].content, [.text("1. Jumlah Desa yang menyusun administrasi")])
        let kegiatan = try firstRow(rencana, named: "Fasilitasi dan Koordinasi Bidang Pemerintahan").cells
        XCTAssertEqual(kegiatan[4].content, [.text("6 Desa")])
        XCTAssertEqual(line[1], kegiatan[4])
        // Tabel 4.1 lists the kegiatan by name, one row each, under the programme.
        let listed = try XCTUnwrap(programKegiatan.body.first { $0.cells.last?.content == [.text("Fasilitasi dan Koordinasi Bidang Pemerintahan")] })
        XCTAssertTrue(try XCTUnwrap(listed.cells.last).sharesContent(with: kegiatan[1]))
    }
}
