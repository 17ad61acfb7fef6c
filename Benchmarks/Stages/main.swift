// renja-stages PROJECT [TEMPLATES] [REPEAT]: the median time of each pipeline stage for one
// project, measured in one process after a warm-up run. Benchmarks/run.sh prints it; the
// whole-process figures come from /usr/bin/time there.
import Foundation
import RenjaModel
import RenjaPipeline
import RenjaWriters

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: renja-stages PROJECT [TEMPLATES] [REPEAT]\n".utf8))
    exit(64)
}
let project = URL(fileURLWithPath: arguments[1])
let templates = URL(fileURLWithPath: arguments.count > 2 ? arguments[2] : "templates")
let repeatCount = arguments.count > 3 ? Int(arguments[3]) ?? 20 : 20

/// Seconds spent in `body`, and its result.
func timed<Result>(_ body: () throws -> Result) rethrows -> (Double, Result) {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try body()
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, result)
}

let (prepareTime, prepared) = timed { Pipeline.prepare(templatesDirectory: templates) }
guard let pipeline = prepared.0 else {
    FileHandle.standardError.write(Data("cannot prepare the pipeline: \(prepared.1)\n".utf8))
    exit(1)
}
let outputDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("renja-stages-\(getpid())")
defer { try? FileManager.default.removeItem(at: outputDirectory) }

var samples: [String: [Double]] = [:]
let stageNames = ["load", "compute", "fill", "write HTML", "write DocBook", "validate DocBook", "emit (2 files, fsync)"]
for run in 0...repeatCount {
    var times: [Double] = []
    let (loadTime, loaded) = timed { Pipeline.load(projectAt: project) }
    guard let plan = loaded.plan else {
        FileHandle.standardError.write(Data("the project does not load: \(loaded.diagnostics.count) diagnostics\n".utf8))
        exit(1)
    }
    times.append(loadTime)
    let (computeTime, (figures, _)) = timed { pipeline.compute(plan) }
    times.append(computeTime)
    let (fillTime, (filled, _)) = timed { pipeline.fill(plan, figures, projectAt: project) }
    guard let document = filled else { exit(1) }
    times.append(fillTime)
    let (htmlTime, html) = try timed { try HTMLWriter().render(document) }
    times.append(htmlTime)
    let (docBookTime, docBook) = try timed { try DocBookWriter().render(document) }
    times.append(docBookTime)
    let (validateTime, issues) = timed { pipeline.schema.validate(docBook, fileName: Pipeline.docBookFileName) }
    guard issues.isEmpty else { exit(1) }
    times.append(validateTime)
    let outputs = [BuildOutput(name: Pipeline.htmlFileName, contents: Data(html.utf8)), BuildOutput(name: Pipeline.docBookFileName, contents: Data(docBook.utf8))]
    let (emitTime, _) = try timed { try pipeline.emit(outputs, into: outputDirectory) }
    times.append(emitTime)
    guard run > 0 else { continue }  // the first run warms caches and is not counted
    for (name, time) in zip(stageNames, times) {
        samples[name, default: []].append(time)
    }
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

/// `name` padded to one column, then the milliseconds.
func row(_ name: String, _ seconds: Double, _ note: String = "") -> String {
    name.padding(toLength: 24, withPad: " ", startingAt: 0) + String(format: "%9.2f ms", seconds * 1000) + note
}

print(row("prepare", prepareTime, "  (once per process: templates + DocBook schema)"))
var total = 0.0
for name in stageNames {
    let value = median(samples[name] ?? [])
    total += value
    print(row(name, value))
}
print(row("sum of stages", total, "  (median of \(repeatCount) runs per stage)"))
