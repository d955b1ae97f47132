// retort-bench: the benchmark workloads, timed side by side with the peers in Benchmarks/peers/.
//
// Usage: retort-bench [--list] [workload ...]   (no workload: run all)
// Each workload lives in its own file and registers itself in `workloads` below.
import Foundation
import TensorCore

Allocator.retainFreedMemory()

let workloads: [Workload] = [
    convWorkload,
    normWorkload,
    interpreterWorkload,
]

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.contains("--list") || arguments.contains("-h") || arguments.contains("--help") {
    print("usage: retort-bench [--list] [workload ...]")
    for w in workloads { print("  \(w.name.padding(toLength: 12, withPad: " ", startingAt: 0)) \(w.summary)") }
    exit(0)
}
let unknown = arguments.filter { name in !workloads.contains { $0.name == name } }
if !unknown.isEmpty {
    let known = workloads.map(\.name).joined(separator: ", ")
    FileHandle.standardError.write("retort-bench: unknown workload \(unknown.joined(separator: ", ")); known: \(known)\n".data(using: .utf8)!)
    exit(2)
}
for workload in workloads where arguments.isEmpty || arguments.contains(workload.name) {
    print("== \(workload.name): \(workload.summary)")
    do {
        try workload.run()
    } catch {
        FileHandle.standardError.write("retort-bench: \(workload.name) failed: \(error)\n".data(using: .utf8)!)
        exit(1)
    }
}
