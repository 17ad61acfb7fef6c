@testable import RenjaLoader
import RenjaModel
import XCTest

/// The "did you mean" hints of unknown codes, which reuse sorted code lists between calls.
final class CodeRegistryTests: XCTestCase {
    private let here = SourceLocation(file: "r.yaml", line: 1, column: 1)

    private func entry(_ kind: CodeRegistry.Kind) -> CodeRegistry.Entry {
        CodeRegistry.Entry(kind: kind, location: here)
    }

    func testHintsSeeCodesRegisteredAfterAnEarlierHint() {
        var codes = CodeRegistry()
        XCTAssertNil(codes.register("P01", as: entry(.program)))
        XCTAssertEqual(codes.checkReference("Q11", to: [.program], at: here)?.message, "unknown program code 'Q11'")
        let before = codes
        XCTAssertNil(codes.register("Q12", as: entry(.program)))
        XCTAssertEqual(codes.checkReference("Q11", to: [.program], at: here)?.message, "unknown program code 'Q11'; did you mean 'Q12'?")
        XCTAssertEqual(before.checkReference("Q11", to: [.program], at: here)?.message, "unknown program code 'Q11'",
                       "a copy keeps its own codes")
        XCTAssertEqual(codes.codes(of: [.program]), ["P01", "Q12"])
    }

    /// A registry no copy shares (whose sorted lists are emptied in place, not replaced, at a
    /// registration): a later list and hint see the new code. Which of the two ways emptied
    /// them is not visible from here; instruction counts told them apart.
    func testListsAndHintsOfAnUnsharedRegistryFollowItsRegistrations() {
        var codes = CodeRegistry()
        XCTAssertNil(codes.register("P01", as: entry(.program)))
        XCTAssertEqual(codes.codes(of: [.program]), ["P01"])
        XCTAssertNil(codes.register("Q12", as: entry(.program)))
        XCTAssertEqual(codes.codes(of: [.program]), ["P01", "Q12"])
        XCTAssertEqual(codes.checkReference("Q11", to: [.program], at: here)?.message, "unknown program code 'Q11'; did you mean 'Q12'?")
    }

    /// A row's summary of its code: kind, percent indicator or not, ordinal.
    func testSummaryOfACode() throws {
        var codes = CodeRegistry()
        XCTAssertNil(codes.register("K01", as: entry(.kegiatan)))
        XCTAssertNil(codes.register("K01.I1", as: CodeRegistry.Entry(kind: .indikator, location: here, satuan: "%", kegiatan: "K01")))
        XCTAssertNil(codes.register("K01.I2", as: CodeRegistry.Entry(kind: .indikator, location: here, satuan: "orang", kegiatan: "K01")))
        let percent = try XCTUnwrap(codes.summary(of: "K01.I1"))
        XCTAssertEqual([percent.kind], [.indikator])
        XCTAssertEqual([percent.isPercentIndicator, codes.summary(of: "K01.I2")?.isPercentIndicator, codes.summary(of: "K01")?.isPercentIndicator],
                       [true, false, false])
        XCTAssertEqual([percent.ordinal, codes.summary(of: "K01")?.ordinal], [1, 0])
        XCTAssertNil(codes.summary(of: "K02"))
    }

    /// Ties go to the first code in sorted order; candidates of another length are skipped.
    func testClosestCodeIsTheFirstSortedAmongTheNearest() {
        var codes = CodeRegistry()
        for code in ["P03", "P01", "P0123456"] { XCTAssertNil(codes.register(code, as: entry(.program))) }
        XCTAssertEqual(codes.checkReference("P02", to: [.program], at: here)?.message, "unknown program code 'P02'; did you mean 'P01'?")
    }

    /// Ordinals index the realisation readers' per-code tables: dense, in registration order,
    /// and a rejected duplicate takes none.
    func testOrdinalsAreDenseInRegistrationOrder() {
        var codes = CodeRegistry()
        XCTAssertNil(codes.register("P01", as: entry(.program)))
        XCTAssertNotNil(codes.register("P01", as: entry(.kegiatan)))
        XCTAssertNil(codes.register("K01", as: entry(.kegiatan)))
        XCTAssertEqual(codes["P01"]?.ordinal, 0)
        XCTAssertEqual(codes["P01"]?.kind, .program)
        XCTAssertEqual(codes["K01"]?.ordinal, 1)
        XCTAssertEqual(codes.count, 2)
    }
}
