import Foundation

/// Wall-clock timing for benchmarks: warm-up runs, then the median of timed runs.
enum Timing {
    /// The median wall time of `body` in seconds over `runs` timed runs, after `warmup` untimed ones.
    static func median(runs: Int = 5, warmup: Int = 1, _ body: () throws -> Void) rethrows -> Double {
        for _ in 0..<warmup { try body() }
        var times: [Double] = []
        for _ in 0..<max(1, runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        times.sort()
        return times[times.count / 2]
    }

    /// One result line: `name  12.34 ms  156.7 GFLOP/s`, aligned for a table.
    static func report(_ name: String, seconds: Double, flops: Double? = nil) {
        var line = name.padding(toLength: 44, withPad: " ", startingAt: 0)
        line += String(format: "%10.2f ms", seconds * 1e3)
        if let flops { line += String(format: "%10.1f GFLOP/s", flops / seconds / 1e9) }
        print(line)
    }
}
