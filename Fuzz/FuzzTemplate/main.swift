// libFuzzer target: an arbitrary `bab-1.xml` override filled with the minimal example's plan.
// The template parser and filler must answer any text with diagnostics; a template they
// accept must serialize to well-formed HTML and valid DocBook 5.0 (`Pipeline.write` validates;
// an invalid output is a bug in renja, never in the template).
import Foundation
import RenjaCompute
import RenjaDocument
import RenjaModel
import RenjaPipeline

/// The pipeline and the minimal example's plan and figures, prepared once per process.
let prepared: (pipeline: Pipeline, plan: Plan, figures: Figures) = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardizedFileURL
    guard let pipeline = Pipeline.prepare(templatesDirectory: root.appendingPathComponent("templates")).0,
          let plan = Pipeline.load(projectAt: root.appendingPathComponent("docs/examples/minimal")).plan
    else { fatalError("cannot prepare the pipeline or load the minimal example") }
    return (pipeline, plan, pipeline.compute(plan).0)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let override = TemplateSource(name: "bab-1.xml", path: "templates/bab-1.xml", text: text)
    let (document, diagnostics) = prepared.pipeline.fill(prepared.plan, prepared.figures, overrides: [override])
    guard let document else {
        if !diagnostics.hasErrors { fatalError("no document and no error") }
        return 0
    }
    let (outputs, writeDiagnostics) = prepared.pipeline.write(document)
    if outputs == nil { fatalError("an accepted template fails to write: \(writeDiagnostics)") }
    return 0
}
