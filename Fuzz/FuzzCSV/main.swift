// libFuzzer target: the realisation CSV reader (RFC 4180 scanner, header, cells, numbers,
// codes) on arbitrary bytes, checked against the minimal example's spec in both number
// conventions (the first byte chooses). Beyond "no crash, no hang": every diagnostic has a
// position.
@_spi(Fuzzing) import RenjaLoader
import Foundation

/// The minimal example's spec, once per process; read-only afterwards.
nonisolated(unsafe) let specs: [LoaderFuzzing.Spec] = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../docs/examples/minimal/renja.yaml").standardizedFileURL
    guard let yaml = try? String(contentsOf: url, encoding: .utf8) else { fatalError("cannot read \(url.path)") }
    let english = yaml.replacingOccurrences(of: "tahap: rancangan\n", with: "tahap: rancangan\npengaturan:\n  angka: en\n")
    return [yaml, english].map { text in
        guard let spec = LoaderFuzzing.readSpec(Array(text.utf8)).spec, spec.plan != nil else { fatalError("the minimal spec does not load") }
        return spec
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let spec = specs[Int(data[0] & 1)]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let (_, diagnostics) = LoaderFuzzing.readTriwulan(bytes, of: spec)
    for diagnostic in diagnostics {
        guard let location = diagnostic.location, location.line >= 1, location.column >= 1 else {
            fatalError("unpositioned CSV diagnostic: \(diagnostic)")
        }
    }
    return 0
}
