import ArgumentParser
import Foundation
import ScalingLaws

/// Set by SIGINT; the sweep's cancellation check reads it.
nonisolated(unsafe) private var interrupted = false

/// `scaling-sweep`: the data of the SDC paper's Figure 4 (theory and simulation), the acceptance
/// checks of the scaling-law theory, and a JSON + markdown record of them.
@main
struct ScalingSweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scaling-sweep",
        abstract: "Sweep the perceptron pruning theory against simulation (SDC paper, Figure 4).",
        discussion: """
            Writes <output>/scaling-law.json and <output>/scaling-law.md. The α axis is α_prune = α_syn \
            (kept examples per dimension), as in the SDC paper's Figure 4. Ctrl-C stops the simulation.
            """)

    @Option(help: "Input dimension of the perfect-probe simulation.") var dimension = 200
    @Option(help: "Repeats per point.") var repeats = 20
    @Option(help: "Number of α values, log-spaced from 0.2 to 10.") var alphaCount = 12
    @Option(help: "Seed of the simulation.") var seed: UInt64 = 2024
    @Option(help: "Worker threads (default: all cores).") var threads: Int?
    @Option(help: "Input dimension of the imperfect-probe (θ = 30°) check.") var imperfectDimension = 50
    @Option(help: "Repeats of the imperfect-probe check.") var imperfectRepeats = 100
    @Option(help: "Directory for scaling-law.json and scaling-law.md.") var output = "Benchmarks/accuracy"

    func run() throws {
        signal(SIGINT) { _ in interrupted = true }
        let isCancelled: @Sendable () -> Bool = { interrupted }
        let grid = try SweepGrid(alphas: SweepGrid.logSpaced(from: 0.2, to: 10, count: alphaCount),
                                 fractions: [0.2, 0.4, 0.6, 0.8, 1.0])

        var started = Date()
        var cpu = Self.cpuSeconds()
        let dense = try SweepGrid(alphas: SweepGrid.logSpaced(from: 0.2, to: 10, count: 60), fractions: grid.fractions)
        let curves = try TheorySweep.curves(dense)
        let map = try TheorySweep.differenceMap(
            SweepGrid(alphas: SweepGrid.logSpaced(from: 0.2, to: 10, count: 40), fractions: (1...19).map { Double($0) / 20 }))
        let crossovers = try TheorySweep.crossovers(grid)
        let theorySeconds = Date().timeIntervalSince(started)
        let theoryCPU = Self.cpuSeconds() - cpu
        log(String(format: "theory: %d curve points, %d map points and %d crossovers in %.1f s (%.1f s CPU)", curves.count,
                   map.count, crossovers.count, theorySeconds, theoryCPU))

        let classical = try ClassicalCheck.run(alphas: grid.alphas)
        log(String(format: "classical f = 1 curve: largest |Δε| %.2e; α·ε at α = 1000: %.4f",
                   classical.largestDifference, classical.asymptoticProduct))

        started = Date()
        cpu = Self.cpuSeconds()
        let options = SimulationOptions(dimension: dimension, repeats: repeats, seed: seed, threads: threads)
        let simulation = try SimulationSweep.run(grid, options: options, progress: progressPrinter("perfect probe"),
                                                 isCancelled: isCancelled)
        let simulationSeconds = Date().timeIntervalSince(started)
        let simulationCPU = Self.cpuSeconds() - cpu
        log(String(format: "\nsimulation: %.1f s (%.1f s CPU)", simulationSeconds, simulationCPU))

        started = Date()
        let imperfectGrid = try SweepGrid(alphas: [0.5, 1, 2, 4], fractions: [0.5], probeAngle: 30 * .pi / 180)
        let imperfect = try SimulationSweep.run(
            imperfectGrid, options: SimulationOptions(dimension: imperfectDimension, repeats: imperfectRepeats, seed: seed, threads: threads),
            progress: progressPrinter("imperfect probe"), isCancelled: isCancelled)
        let imperfectSeconds = Date().timeIntervalSince(started)
        log(String(format: "\nimperfect probe: %.1f s", imperfectSeconds))

        let record = SweepRecord(
            theorySeconds: theorySeconds, theoryCPUSeconds: theoryCPU, simulationSeconds: simulationSeconds,
            simulationCPUSeconds: simulationCPU, imperfectSeconds: imperfectSeconds,
            threads: options.threads, curves: curves, differenceMap: map, crossovers: crossovers, classical: classical,
            simulation: simulation, imperfect: imperfect)
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try write(record.json(), to: "\(output)/scaling-law.json")
        try write(Data(record.markdown().utf8), to: "\(output)/scaling-law.md")
        print(record.markdown())
    }

    private func progressPrinter(_ label: String) -> @Sendable (WorkProgress) -> Void {
        { p in
            if p.completed % 10 == 0 || p.completed == p.total {
                FileHandle.standardError.write(Data("\r\(label): \(p.completed)/\(p.total)".utf8))
            }
        }
    }

    /// CPU time of this process so far, summed over its threads.
    private static func cpuSeconds() -> Double { Double(clock()) / Double(CLOCKS_PER_SEC) }

    private func log(_ message: String) { FileHandle.standardError.write(Data((message + "\n").utf8)) }

    /// Writes to a temporary file and renames it, so a file is never left half-written.
    private func write(_ data: Data, to path: String) throws {
        let temporary = path + ".partial"
        try data.write(to: URL(fileURLWithPath: temporary))
        _ = try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.moveItem(atPath: temporary, toPath: path)
    }
}
