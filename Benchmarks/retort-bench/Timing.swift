import Foundation

/// Timing for benchmarks: warm-up runs, then the median of timed runs, in wall-clock time and
/// in the process's CPU time (all threads). On a shared machine the CPU time still shows how
/// much work a kernel costs when the wall time is inflated by other processes.
///
/// `retort-bench --runs N --warmup M` overrides every workload's own counts (the driver,
/// Benchmarks/bench.py, keeps each process short this way; the peers take the same options).
/// The driver reads the first `report` line of a workload as its result.
enum Timing {
    /// Timed runs for every `median` call when set on the command line.
    nonisolated(unsafe) static var runsOverride: Int?
    /// Untimed warm-up runs for every `median` call when set on the command line.
    nonisolated(unsafe) static var warmupOverride: Int?

    /// One measurement: median wall seconds and median CPU seconds of the process.
    struct Sample {
        let wall: Double
        let cpu: Double
    }

    /// The medians of `runs` timed runs of `body`, after `warmup` untimed ones (both replaced
    /// by the command line's `--runs` and `--warmup` when given).
    static func median(runs: Int = 5, warmup: Int = 1, _ body: () throws -> Void) rethrows -> Sample {
        for _ in 0..<(warmupOverride ?? warmup) { try body() }
        var walls: [Double] = [], cpus: [Double] = []
        for _ in 0..<max(1, runsOverride ?? runs) {
            let cpu0 = cpuSeconds(), start = DispatchTime.now().uptimeNanoseconds
            try body()
            walls.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            cpus.append(cpuSeconds() - cpu0)
        }
        return Sample(wall: walls.sorted()[walls.count / 2], cpu: cpus.sorted()[cpus.count / 2])
    }

    /// User plus system CPU time of the whole process, in seconds.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    /// Prints the table header matching `report`.
    static func header() {
        print("name".padding(toLength: 44, withPad: " ", startingAt: 0) + "   wall ms    cpu ms   GFLOP/s  GFLOP/cpu-s")
    }

    /// One result line: name, wall and CPU milliseconds, and with `flops` the rate per wall
    /// second and per CPU second.
    static func report(_ name: String, _ sample: Sample, flops: Double? = nil) {
        var line = name.padding(toLength: 44, withPad: " ", startingAt: 0)
        line += String(format: "%10.2f%10.2f", sample.wall * 1e3, sample.cpu * 1e3)
        if let flops { line += String(format: "%10.1f%13.1f", flops / sample.wall / 1e9, flops / max(sample.cpu, 1e-9) / 1e9) }
        print(line)
    }
}
