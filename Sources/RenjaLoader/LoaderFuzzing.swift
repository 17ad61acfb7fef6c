import Foundation
import RenjaModel

/// The loader's readers over bytes in memory, for the fuzz targets in `Fuzz/`: the same code
/// `ProjectLoader.load` runs on `renja.yaml`, the realisation CSVs and their number cells,
/// without the disk.
/// Not for other use; import with `@_spi(Fuzzing) import RenjaLoader`.
@_spi(Fuzzing)
public enum LoaderFuzzing {
    /// A parsed spec, kept to check CSVs against its codes, years and number convention.
    public struct Spec {
        fileprivate let reader: SpecReader
        /// The plan, when the spec has no errors that prevent it.
        public let plan: Plan?
    }

    /// Reads `bytes` as `renja.yaml`; the spec is `nil` when they are not UTF-8 or not YAML.
    public static func readSpec(_ bytes: [UInt8]) -> (spec: Spec?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let read = ProjectLoader().readSpec(bytes, path: ProjectLoader.specFileName, into: &diagnostics) else {
            return (nil, diagnostics)
        }
        return (Spec(reader: read.reader, plan: read.plan), diagnostics)
    }

    /// Reads `bytes` as the quarterly realisation CSV of `spec`.
    public static func readTriwulan(_ bytes: [UInt8], of spec: Spec) -> (entries: [RealisasiEntry], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let entries = ProjectLoader().readRealisasi(bytes, path: "triwulan.csv", kind: .triwulan, spec: spec.reader, into: &diagnostics)
        return (entries, diagnostics)
    }

    /// Reads `bytes` as a realisation CSV cell holding a number in `convention`; `nil` when
    /// the cell says "not reported".
    public static func readNumber(_ bytes: [UInt8], convention: Settings.NumberConvention) -> Result<Decimal?, NumberError> {
        bytes.withUnsafeBufferPointer { NumberParser.parse($0, convention: convention) }
    }
}
