import Foundation

/// Generates realistic synthetic Renja projects (spec and both realisation CSVs) for batch
/// tests and benchmarks: 5-60 programmes skewed towards small OPDs, 2-15 kegiatan each,
/// 1-3 indicators each. The same seed and index always give the same files.
public struct SyntheticProjectGenerator: Sendable {
    public let seed: UInt64

    public init(seed: UInt64) {
        self.seed = seed
    }

    /// Project number `index` (from 1) of this seed's series, named `proyek-0001` and so on.
    public func project(_ index: Int) -> SyntheticProject {
        // Each project gets its own stream, so project 7 is the same whether or not 1-6 were made.
        var drawer = SyntheticOutlineDrawer(seed: seed &* 0x1000_0000_01B3 &+ UInt64(index))
        let outline = drawer.draw()
        return SyntheticProject(
            name: "proyek-" + String(repeating: "0", count: max(0, 4 - String(index).count)) + String(index),
            files: [
                ("renja.yaml", SyntheticSpecWriter.yaml(outline)),
                (SyntheticSpecWriter.triwulanPath, SyntheticRealisasiWriter.triwulan(outline)),
                (SyntheticSpecWriter.sampaiTahunLaluPath, SyntheticRealisasiWriter.sampaiTahunLalu(outline)),
            ]
        )
    }

    /// Writes projects 1...`count` into `directory`; returns their folders in order.
    public func writeProjects(count: Int, into directory: URL) throws -> [URL] {
        try (0..<count).map { try project($0 + 1).write(into: directory) }
    }
}
