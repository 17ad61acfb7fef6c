import Foundation
import RenjaModel
import RenjaPipeline
import XCTest

/// Shapes of input that generated projects reached and the seed does not, built end to end
/// (DocBook validated).
final class GeneratedShapeBuildTests: XCTestCase {
    /// Found by `renja generate --count 100 --seed 1` (proyek-0070): a programme with targets
    /// for year n whose kegiatan all ended last year was listed in BAB III with an empty list
    /// of kegiatan, which is not valid DocBook (a list needs an item).
    func testAProgrammeWithoutPlannedKegiatanStillBuildsValidDocBook() throws {
        let pipeline = try PipelineFixture.preparedPipeline()
        let project = try PipelineFixture.scratchFolder(self).appendingPathComponent("jatiroto")
        try FileManager.default.copyItem(at: PipelineFixture.seedProject, to: project)
        let specURL = project.appendingPathComponent("renja.yaml")
        let spec = try String(contentsOf: specURL, encoding: .utf8)
        let programme = """
              - kode: P07
                nama: Program Penataan Kualitas Lingkungan Permukiman
                sasaran: S1
                indikator:
                  - {kode: P07.I1, uraian: Persentase lingkungan tertata, satuan: "%", target: {2019: 80, 2020: 85}}
                kegiatan:
                  - kode: P07.K01
                    nama: Penataan Lingkungan Permukiman
                    pagu: {2019: 10_000_000}
                    indikator:
                      - {kode: P07.K01.I1, uraian: Jumlah desa tertata, satuan: Desa, target: {2019: 2}}

            """
        let marked = spec.replacingOccurrences(of: "\nusulan:\n", with: "\n" + programme + "usulan:\n")
        XCTAssertNotEqual(marked, spec)
        try marked.write(to: specURL, atomically: true, encoding: .utf8)

        let result = pipeline.build(projectAt: project)

        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.description), [])
        XCTAssertNotNil(result.outputs)
    }
}
