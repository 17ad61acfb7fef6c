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
/// The stages a build runs, in order; their medians add up to a build.
let stageNames = ["load", "compute", "fill", "write (both)", "emit (2 files)"]
/// The parts of "write", each measured alone on this thread.
let writeParts = ["write HTML", "write DocBook", "write DocBook, validated"]
for run in 0...repeatCount {
    var times: [String: Double] = [:]
    let (loadTime, loaded) = timed { Pipeline.load(projectAt: project) }
    guard let plan = loaded.plan else {
        FileHandle.standardError.write(Data("the project does not load: \(loaded.diagnostics.count) diagnostics\n".utf8))
        exit(1)
    }
    times["load"] = loadTime
    let (computeTime, (figures, _)) = timed { pipeline.compute(plan) }
    times["compute"] = computeTime
    let (fillTime, (filled, _)) = timed { pipeline.fill(plan, figures, projectAt: project) }
    guard let document = filled else { exit(1) }
    times["fill"] = fillTime
    times["write HTML"] = try timed { try HTMLWriter().render(document) }.0
    times["write DocBook"] = try timed { try DocBookWriter().render(document) }.0
    let (validatedTime, validated) = try timed {
        try DocBookWriter().render(document, validatingAgainst: pipeline.schema, fileName: Pipeline.docBookFileName)
    }
    guard validated.issues.isEmpty else { exit(1) }
    times["write DocBook, validated"] = validatedTime
    let (writeTime, (written, _)) = timed { pipeline.write(document) }
    guard let outputs = written else { exit(1) }
    times["write (both)"] = writeTime
    // A fresh folder per run: files already holding the same bytes are not rewritten.
    let runDirectory = outputDirectory.appendingPathComponent(String(run))
    times["emit (2 files)"] = try timed { try pipeline.emit(outputs, into: runDirectory) }.0
    guard run > 0 else { continue }  // the first run warms caches and is not counted
    for (name, time) in times {
        samples[name, default: []].append(time)
    }
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

/// `name` padded to one column, then the milliseconds.
func row(_ name: String, _ seconds: Double, _ note: String = "") -> String {
    name.padding(toLength: 28, withPad: " ", startingAt: 0) + String(format: "%9.2f ms", seconds * 1000) + note
}

print(row("prepare", prepareTime, "  (once per process: templates + DocBook schema)"))
var total = 0.0
for name in stageNames {
    let value = median(samples[name] ?? [])
    total += value
    print(row(name, value))
    if name.hasPrefix("write") {
        for part in writeParts {
            print(row("  " + part, median(samples[part] ?? []), "  (alone)"))
        }
    }
}
print(row("sum of stages", total, "  (median of \(repeatCount) runs per stage)"))
