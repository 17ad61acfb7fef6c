// libFuzzer target: `renja.yaml` through the whole build in memory. The loader must answer
// any bytes with diagnostics; a spec it accepts must compute, fill the default templates and
// serialize to DocBook that is valid DocBook 5.0 (an invalid one is a bug in renja, never in
// the input, see `Pipeline.write`).
@_spi(Fuzzing) import RenjaLoader
import Foundation
import RenjaModel
import RenjaPipeline

/// The default templates and the schema, prepared once per process.
let pipeline: Pipeline = {
    let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../templates").standardizedFileURL
    guard let pipeline = Pipeline.prepare(templatesDirectory: templates).0 else { fatalError("cannot prepare the pipeline") }
    return pipeline
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSpec(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let (spec, diagnostics) = LoaderFuzzing.readSpec(Array(UnsafeBufferPointer(start: data, count: size)))
    guard let plan = spec?.plan else {
        if !diagnostics.hasErrors { fatalError("no plan and no error") }
        return 0
    }
    let (figures, _) = pipeline.compute(plan)
    let (document, fillDiagnostics) = pipeline.fill(plan, figures, overrides: [])
    guard let document else {
        if !fillDiagnostics.hasErrors { fatalError("no document and no error") }
        return 0
    }
    let (outputs, writeDiagnostics) = pipeline.write(document)
    if outputs == nil { fatalError("an accepted spec fails to write: \(writeDiagnostics)") }
    return 0
}
