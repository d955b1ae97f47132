// retort-bench: the benchmark workloads, timed side by side with the peers in Benchmarks/peers/
// by the driver Benchmarks/bench.py (`make bench`).
//
// Usage: retort-bench [--list] [--machine] [--runs N] [--warmup N] [workload ...]
// (no workload: run all). Each workload lives in its own file and is registered below; it
// prints its result as its first timing line (see `Timing.report`).
import CBLAS
import Foundation
import TensorCore

Allocator.retainFreedMemory()

let workloads: [Workload] = [
    convNetForwardWorkload,
    convNetTrainStepWorkload,
    distributionMatchingWorkload,
    gradientMatchingWorkload,
    trajectoryMatchingWorkload,
    plotScatterWorkload,
    sgemmLimitWorkload,
    convWorkload,
    normWorkload,
    interpreterWorkload,
    interpreterLoopWorkload,
    neighborsWorkload,
    kMeansWorkload,
    tsneWorkload,
]

/// Writes a message to standard error and exits with `status`.
func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data("retort-bench: \(message)\n".utf8))
    exit(status)
}

var names: [String] = []
var arguments = Array(CommandLine.arguments.dropFirst())[...]
while let argument = arguments.popFirst() {
    switch argument {
    case "--list", "-h", "--help":
        print("usage: retort-bench [--list] [--machine] [--runs N] [--warmup N] [workload ...]")
        for w in workloads { print("  \(w.name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(w.summary)") }
        exit(0)
    case "--machine":
        let config = String(cString: openblas_get_config())
        print("\(config.trimmingCharacters(in: .whitespaces)), \(BLAS.threads) threads, \(Workers.count) workers")
        exit(0)
    case "--runs", "--warmup":
        guard let value = arguments.popFirst().flatMap(Int.init), value >= (argument == "--runs" ? 1 : 0) else {
            fail("\(argument) needs a count (--runs at least 1, --warmup at least 0)", status: 2)
        }
        if argument == "--runs" { Timing.runsOverride = value } else { Timing.warmupOverride = value }
    default:
        names.append(argument)
    }
}
let unknown = names.filter { name in !workloads.contains { $0.name == name } }
if !unknown.isEmpty {
    fail("unknown workload \(unknown.joined(separator: ", ")); known: \(workloads.map(\.name).joined(separator: ", "))", status: 2)
}
for workload in workloads where names.isEmpty || names.contains(workload.name) {
    print("== \(workload.name): \(workload.summary)")
    do {
        try workload.run()
    } catch {
        fail("\(workload.name) failed: \(error)", status: 1)
    }
}
