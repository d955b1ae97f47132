// accuracy-experiments: the accuracy acceptance runs of issue 5, resumable.
//
// Usage (from the repository root): accuracy-experiments [--list]
//   ACCURACY_ONLY=name   run only that experiment (comma-separated names allowed, run in that
//                        order); several runners with different lists may run at once
// Results go to Benchmarks/accuracy/results.json and RESULTS.md after every run; finished
// experiments and runs are skipped, so an interrupted invocation continues where it stopped.
import Foundation
import TensorCore

setvbuf(stdout, nil, _IOLBF, 0)
Allocator.retainFreedMemory()

let experiments = allExperiments()
if CommandLine.arguments.contains("--list") {
    for e in experiments { print("\(e.name.padding(toLength: 44, withPad: " ", startingAt: 0)) \(e.runs) runs, ~\(Int(e.estimatedSeconds)) s each") }
    exit(0)
}
let only = ProcessInfo.processInfo.environment["ACCURACY_ONLY"].map { $0.split(separator: ",").map(String.init) } ?? []
if let unknown = only.first(where: { name in !experiments.contains { $0.name == name } }) {
    FileHandle.standardError.write(Data("accuracy-experiments: no experiment \"\(unknown)\"; see --list\n".utf8))
    exit(2)
}

/// The current commit (short hash, "+dirty" when the tree has uncommitted changes to sources).
func currentCommit() -> String {
    func git(_ arguments: [String]) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return "" }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
    let hash = git(["rev-parse", "--short", "HEAD"])
    let dirty = !git(["status", "--porcelain", "--", "Sources", "Benchmarks/accuracy-experiments", "Benchmarks/peers"]).isEmpty
    return hash.isEmpty ? "unknown" : hash + (dirty ? "+dirty" : "")
}

let directory = URL(fileURLWithPath: "Benchmarks/accuracy")
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
var store = try ResultsStore(directory: directory)
let commit = currentCommit()
let data = ExperimentData()
let order = experiments.map(\.name)

// ACCURACY_ONLY's order when given, else cheapest first.
let queue = only.isEmpty ? experiments : only.compactMap { name in experiments.first { $0.name == name } }
for experiment in queue {
    var record =
        store.record(named: experiment.name)
        ?? ExperimentRecord(
            experiment: experiment.name, method: experiment.method, ipc: experiment.ipc, model: experiment.model,
            settings: experiment.settings, reference: experiment.reference, mean: 0, std: 0, runs: [], seconds: 0,
            commit: commit, plannedRuns: experiment.runs)
    record.plannedRuns = experiment.runs
    record.settings = experiment.settings
    record.reference = experiment.reference
    let done = Set(record.runs.map(\.index))
    for index in 0..<experiment.runs where !done.contains(index) {
        print("\(experiment.name): run \(index + 1)/\(experiment.runs) (commit \(commit))")
        let start = Date()
        do {
            let accuracy = try experiment.run(index, data)
            record.runs.append(RunRecord(index: index, accuracy: accuracy * 100, seconds: Date().timeIntervalSince(start), commit: commit))
            record.runs.sort { $0.index < $1.index }
            record.summarize()
            try store.save(record, order: order)
            print(String(format: "%@: run %d: %.2f%% in %.0f s", experiment.name, index + 1, accuracy * 100, Date().timeIntervalSince(start)))
        } catch {
            print("\(experiment.name): run \(index + 1) failed: \(error)")
            break
        }
    }
}
