import RenjaCompute
import RenjaDocument
import RenjaModel
import XCTest

/// The tables that come from the plan alone, and the signature block.
final class TablesPlanTests: XCTestCase {
    func testFractionFormulaIsRealMathAndTextFormulaIsEmphasised() throws {
        let table = try XCTUnwrap(TablesFixture.table("tabel-teknik-pengumpulan-data"))
        XCTAssertEqual(table.body[0].cells[3].content, [.emphasis([.text("Nilai IKM Kecamatan")])])
        XCTAssertEqual(table.body[1].cells[3].content, [.math(.row([
            .fraction(.text("Jumlah desa tepat waktu"), .text("Jumlah seluruh desa")),
            .operator("×"), .number("100"), .operator("%"),
        ]))])
    }

    func testTujuanSasaranSpansTujuanAndSasaranOverTheirIndicators() throws {
        let table = try XCTUnwrap(TablesFixture.table("tabel-tujuan-sasaran"))
        XCTAssertEqual(table.header[0].cells.last?.plainText, "Target Kinerja 2020")
        XCTAssertEqual(table.body[0].cells.map(\.rowSpan), [2, 2, 2, 1, 1, 1])
        XCTAssertEqual(table.body[1].cells.map(\.plainText), ["Persentase desa tepat waktu", "", "88%"])
        guard case .math = table.body[1].cells[1].content.first else { return XCTFail("the fraction formula is not math") }
    }

    func testProblemTreeSpansMasalahPokokOverAllRootCausesAndMasalahOverItsOwn() throws {
        let table = try XCTUnwrap(TablesFixture.table("tabel-permasalahan"))
        XCTAssertEqual(table.body.count, 4)
        XCTAssertEqual(table.body[0].cells.map(\.rowSpan), [4, 4, 3, 1])
        XCTAssertEqual(table.body[1].cells.map(\.plainText), ["Petugas kurang terlatih"])
        XCTAssertEqual(table.body[3].cells.map(\.plainText), ["Administrasi Pemerintahan Desa belum sesuai", "Pendampingan kurang optimal"])
    }

    func testKinerjaPelayananTakesItsYearColumnsFromTheData() throws {
        let table = try XCTUnwrap(TablesFixture.table("tc-30"))
        XCTAssertEqual(table.header[0].cells.map(\.columnSpan), [1, 1, 4, 2, 2, 1])
        XCTAssertEqual(table.header[1].cells.map(\.plainText), [
            "Tahun 2015", "Tahun 2016", "Tahun 2017", "Tahun 2018", "Tahun 2018", "Tahun 2019", "Tahun 2020", "Tahun 2021",
        ])
        // 2019 is present without a value: not reported, "-".
        XCTAssertEqual(table.body[0].cells.map(\.plainText), ["1", "Nilai IKM Kecamatan", "75", "80", "83", "85", "85", "-", "87", "88", ""])
    }

    func testUsulanSpansTheProgrammeOverItsProposalsAndAProposalOverItsIndicators() throws {
        let table = try XCTUnwrap(TablesFixture.table("tc-32"))
        XCTAssertEqual(table.caption, ["USULAN PROGRAM/KEGIATAN DARI PEMANGKU KEPENTINGAN", "TAHUN 2020", "KABUPATEN LUMAJANG", "Kecamatan Jatiroto"])
        XCTAssertEqual(table.body.count, 4)
        XCTAssertEqual(table.body[1].cells.map(\.rowSpan), [3, 3, 2, 2, 1, 1, 2])
        XCTAssertEqual(table.body[1].cells[5].plainText, "6 Desa")
        XCTAssertEqual(table.body[2].cells.map(\.plainText), ["Jumlah koordinasi yang difasilitasi", "90 Orang"])
        XCTAssertEqual(table.body[3].cells.map(\.plainText), ["Fasilitasi dan Koordinasi Ketentraman", "Kec. Jatiroto", "Jumlah LINMAS terfasilitasi", "180 orang", ""])
    }

    /// Proposals are grouped in the plan's programme order whatever their own order, and one
    /// for a kegiatan the plan lacks stands last, under "-".
    func testUsulanGroupsFollowTheProgrammesAndAnUnknownKegiatanComesLast() throws {
        var plan = TablesFixture.plan
        let here = TablesFixture.here
        let target = [IndikatorTarget(indikator: "X.I1", target: 1, location: here)]
        plan.usulan = [
            Usulan(kegiatan: "P04.K02", lokasi: nil, indikator: target, catatan: nil, location: here),
            Usulan(kegiatan: "P99.K01", lokasi: "Desa X", indikator: target, catatan: nil, location: here),
            Usulan(kegiatan: "P01.K01", lokasi: nil, indikator: target, catatan: nil, location: here),
            Usulan(kegiatan: "P04.K01", lokasi: nil, indikator: target, catatan: nil, location: here),
        ]
        let (figures, _) = computeFigures(plan)
        let blocks = StandardBlocks.make(plan: plan, figures: figures, formatter: RenjaFormatter(settings: plan.settings))
        guard case .table(let table)? = blocks["tc-32"] else { return XCTFail("no T-C.32") }
        XCTAssertEqual(table.body.map { $0.cells.first?.plainText }, ["1", "2", "Fasilitasi dan Koordinasi Bidang Pemerintahan", "3"])
        XCTAssertEqual(table.body[1].cells.map(\.plainText).prefix(3), ["2", "Program Penyelenggaraan Pemerintahan Kecamatan", "Fasilitasi dan Koordinasi Ketentraman"])
        XCTAssertEqual(table.body[3].cells.map(\.plainText).prefix(4), ["3", "-", "P99.K01", "Desa X"])
    }

    func testProgramKegiatanListsPlannedKegiatanUnderTheirProgramme() throws {
        let table = try XCTUnwrap(TablesFixture.table("tabel-program-kegiatan"))
        XCTAssertEqual(table.body.map { $0.cells.map(\.plainText) }, [
            ["1", "Program Pelayanan Administrasi Perkantoran", "Pelayanan Administrasi dan Operasional Perkantoran"],
            ["2", "Program Penyelenggaraan Pemerintahan Kecamatan", "Fasilitasi dan Koordinasi Bidang Pemerintahan"],
            ["Fasilitasi dan Koordinasi Ketentraman"],
        ])
    }

    func testSasaranIndikatorListsOutputsOfKegiatanAndOutcomesOfTheServedSasaran() throws {
        let table = try XCTUnwrap(TablesFixture.table("tabel-sasaran-indikator"))
        let first = table.body.prefix(5)
        XCTAssertEqual(first.first?.cells.prefix(3).map(\.rowSpan), [5, 5, 5])
        XCTAssertEqual(first.map { ($0.cells.count == 5 ? Array($0.cells.suffix(2)) : $0.cells).map(\.plainText) }, [
            ["Output :", ""], ["1. Jumlah jenis pelayanan", "23 Jenis"], ["Outcome :", ""],
            ["1. Nilai IKM Kecamatan", "87"], ["2. Persentase desa tepat waktu", "88%"],
        ])
    }

    func testSasaranIndikatorGivesAProgrammeWithoutSasaranOrIndicatorsOneRowOfDashes() throws {
        let kegiatan = TablesFixture.kegiatan("P09.K01", "Kegiatan Tanpa Indikator", pagu: 10_000_000, indikator: [])
        let plan = TablesFixture.plan(program: TablesFixture.bareProgram(kegiatan: [kegiatan]))
        let table = try XCTUnwrap(TablesFixture.table("tabel-sasaran-indikator", of: plan))
        XCTAssertEqual(table.body, [Row(cells: [
            Cell(text: "1", alignment: .center), Cell(text: "Program Tanpa Indikator"), Cell(text: "-"),
            Cell(text: "-", alignment: .center), Cell(text: "-", alignment: .center),
        ])])
    }

    func testSasaranIndikatorWithOutputsOnlySpansTheProgrammeOverTheHeadingAndItsLines() throws {
        let kegiatan = TablesFixture.kegiatan("P09.K01", "Kegiatan Dua Indikator", pagu: 10_000_000, indikator: [
            TablesFixture.indikator("P09.K01.I1", "Jumlah dokumen", "Dokumen", [2020: 5]),
            TablesFixture.indikator("P09.K01.I2", "Jumlah rapat", "Kali", [2020: 12]),
        ])
        let plan = TablesFixture.plan(program: TablesFixture.bareProgram(kegiatan: [kegiatan]))
        let table = try XCTUnwrap(TablesFixture.table("tabel-sasaran-indikator", of: plan))
        XCTAssertEqual(table.body.map(\.cells.count), [5, 2, 2])
        XCTAssertEqual(table.body[0].cells.map(\.rowSpan), [3, 3, 3, 1, 1])
        XCTAssertEqual(table.body.map { $0.cells.suffix(2).map(\.plainText) }, [
            ["Output :", ""], ["1. Jumlah dokumen", "5 Dokumen"], ["2. Jumlah rapat", "12 Kali"],
        ])
    }

    func testMisiTableListsEveryMission() throws {
        let table = try XCTUnwrap(TablesFixture.table("tabel-misi"))
        XCTAssertEqual(table.body.map { $0.cells.map(\.plainText) }, [["1", "Reformasi birokrasi", "Bermakna bahwa ..."]])
    }

    func testSignatureIsPrintedThroughTheFormatter() {
        guard case .signature(let signature)? = TablesFixture.blocks["tanda-tangan"] else { return XCTFail("no signature block") }
        XCTAssertEqual(signature, Signature(
            placeAndDate: "Jatiroto, Juli 2019", title: "CAMAT JATIROTO", name: "Drs. PUJIANTO", nip: "NIP. 19681114 199003 1 004"))
    }
}
