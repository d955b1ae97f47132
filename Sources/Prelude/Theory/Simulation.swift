import CellLanguage
import Foundation
import ScalingLaws

extension Prelude {
    /// `simulatePerceptron` and `simulationSweep`: the teacher–student experiment itself.
    static func registerSimulation(_ registry: NativeRegistry) {
        let dimension = Signature.labeled("dimension", .int, default: .int(200), text: "200")
        let repeats = Signature.labeled("repeats", .int, default: .int(20), text: "20")
        let seed = Signature.optional("seed", .int)
        registry.define(
            "simulatePerceptron",
            parameters: [
                Signature.labeled("alpha", .double), Signature.labeled("fraction", .double, default: .double(1), text: "1"),
                keepParameter, angleParameter, dimension, repeats, seed,
            ],
            returns: .any, topic: Topic.theory,
            doc: """
                The experiment the theory describes, run `repeats` times in `dimension` \
                dimensions: a random teacher labels Gaussian inputs, a probe at `probeAngle` \
                degrees ranks them by margin, the easiest or hardest `fraction` is kept (α_syn·d \
                of them), and an exact hard-margin SVM is trained on them. Returns (error:, \
                standardError:, margin:, alpha:, fraction:) with the realised α_syn and f. Seeded \
                from the run's generator unless `seed` is given; progress per repeat; Ctrl-C stops it.
                """
        ) { args, context in
            let problem = try PruningProblem(
                alphaPrune: try args.double(0), fraction: try args.double(1), keep: try keepRule(args[2]),
                probeAngle: radians(try args.double(3)))
            let options = SimulationOptions(dimension: try args.int(4), repeats: try args.int(5), seed: context.seed(args[6]))
            let result = try Work.offThread(context, message: "simulating") { report, isCancelled in
                try PerceptronSimulation.run(
                    problem, options: options, progress: { report($0.completed, $0.total) }, isCancelled: isCancelled)
            }
            return .tuple(TupleValue(
                [.double(result.meanError), .double(result.standardError), .double(result.meanMargin),
                 .double(result.realisedAlphaPrune), .double(result.realisedFraction)],
                labels: ["error", "standardError", "margin", "alpha", "fraction"]))
        }
        registry.define(
            "simulationSweep",
            parameters: [
                Signature.labeled("alphas", .doubles), Signature.labeled("fractions", .doubles), angleParameter, dimension,
                repeats, seed,
            ],
            returns: .any, topic: Topic.theory,
            doc: """
                Theory against simulation over a grid of α_syn (ascending) and fractions — the \
                SDC paper's Figure 4. Each repeat draws one data set and trains both the easy and \
                the hard student on it, so their difference is paired. Returns (points:, \
                differences:, agreement:): one point (alpha:, fraction:, keep:, theory:, \
                simulated:, standardError:) per α, f and keep rule; one difference (alpha:, \
                fraction:, theory:, simulated:, standardError:) of ε_easy − ε_hard per α and f < 1; \
                and the share of points whose theory lies within two standard errors of the \
                simulation. Minutes at the defaults on two cores; progress per task.
                """
        ) { args, context in
            let grid = try SweepGrid(
                alphas: try args.doubles(0), measure: .pruned, fractions: try args.doubles(1), probeAngle: radians(try args.double(2)))
            let options = SimulationOptions(dimension: try args.int(3), repeats: try args.int(4), seed: context.seed(args[5]))
            let result = try Work.offThread(context, message: "simulating the sweep") { report, isCancelled in
                try SimulationSweep.run(grid, options: options, progress: { report($0.completed, $0.total) }, isCancelled: isCancelled)
            }
            return sweepValue(result)
        }
    }

    /// A sweep's result as nested tuples a cell can filter and plot.
    private static func sweepValue(_ result: SimulationSweepResult) -> Value {
        let points = result.comparisons.map { point in
            Value.tuple(TupleValue(
                [.double(point.alpha), .double(point.fraction), .symbol(point.keep.rawValue), .double(point.theoryError),
                 .double(point.simulatedError), .double(point.standardError)],
                labels: ["alpha", "fraction", "keep", "theory", "simulated", "standardError"]))
        }
        let differences = result.differences.map { point in
            Value.tuple(TupleValue(
                [.double(point.alpha), .double(point.fraction), .double(point.theory), .double(point.simulated ?? .nan),
                 .double(point.standardError ?? .nan)],
                labels: ["alpha", "fraction", "theory", "simulated", "standardError"]))
        }
        let within = result.comparisons.filter(\.withinTwoStandardErrors).count
        let agreement = Double(within) / Double(max(result.comparisons.count, 1))
        return .tuple(TupleValue([.array(points), .array(differences), .double(agreement)], labels: ["points", "differences", "agreement"]))
    }
}
