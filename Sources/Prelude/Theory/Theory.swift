import CellLanguage
import Foundation
import ScalingLaws

extension Prelude {
    /// The perceptron scaling law of data pruning (Sorscher et al. 2022) as the SDC paper
    /// adapts it to distillation: theory, simulation, sweeps and crossovers.
    static func registerTheory(into registry: NativeRegistry) {
        registerTheoryPoints(registry)
        registerSimulation(registry)
    }

    /// The parameters every theory and simulation call shares, after its own first ones.
    static let keepParameter = Signature.labeled("keep", .symbol, default: .symbol("easy"), text: ".easy")
    static let angleParameter = Signature.labeled("probeAngle", .double, default: .double(0), text: "0")

    /// `.easy` or `.hard`.
    static func keepRule(_ value: Value) throws -> KeepRule {
        try SymbolChoice.pick(value, "keep rule", [("easy", KeepRule.easy), ("hard", KeepRule.hard)])
    }

    /// A probe angle given in degrees, in radians.
    static func radians(_ degrees: Double) -> Double {
        degrees * .pi / 180
    }

    static func registerTheoryPoints(_ registry: NativeRegistry) {
        registry.define(
            "perceptronTheory",
            parameters: [
                Signature.labeled("alpha", .double), Signature.labeled("fraction", .double, default: .double(1), text: "1"),
                keepParameter, angleParameter,
            ],
            returns: .labeledTuple([.double, .double, .double], labels: ["error", "overlap", "margin"]), topic: Topic.theory,
            doc: """
                The replica theory of a max-margin perceptron student trained on `alpha` \
                examples per dimension (α_syn, the SDC paper's synthetic samples per parameter) \
                kept as the fraction `fraction` of a larger set — the easiest (largest margin \
                along a probe) or the hardest — with the probe `probeAngle` degrees from the \
                teacher. Returns the test error ε = arccos(R)/π, the overlap R and the margin κ.
                """
        ) { args, _ in
            let problem = try PruningProblem(
                alphaPrune: try args.double(0), fraction: try args.double(1), keep: try keepRule(args[2]),
                probeAngle: radians(try args.double(3)))
            let solution = try PerceptronTheory.solve(problem)
            return .tuple(TupleValue(
                [.double(solution.testError), .double(solution.overlap), .double(solution.margin)],
                labels: ["error", "overlap", "margin"]))
        }
        registry.define(
            "theoryCurve",
            parameters: [Signature.labeled("alphas", .doubles), Signature.labeled("fraction", .double), keepParameter, angleParameter],
            returns: .doubles, topic: Topic.theory,
            doc: "The theory's test error at each α_syn of an ascending list, for one fraction and keep rule (each point starts from the previous one: ~2 ms a point for a perfect probe)."
        ) { args, _ in
            let grid = try SweepGrid(
                alphas: try args.doubles(0), measure: .pruned, fractions: [try args.double(1)], probeAngle: radians(try args.double(3)))
            return Convert.value(try TheorySweep.curves(grid, keepRules: [try keepRule(args[2])]).map(\.testError))
        }
        registry.define(
            "theoryCrossover",
            parameters: [
                Signature.labeled("fraction", .double), Signature.labeled("from", .double, default: .double(0.05), text: "0.05"),
                Signature.labeled("to", .double, default: .double(50), text: "50"), angleParameter,
            ],
            returns: .optional(.double), topic: Topic.theory,
            doc: """
                The α_syn at which keeping the easy and keeping the hard fraction `fraction` give \
                the same test error: below it easy examples win, above it hard ones. Searched \
                between `from` and `to` (log-spaced bracket, then Brent); nil when there is no \
                crossing there.
                """
        ) { args, _ in
            let alphas = try SweepGrid.logSpaced(from: try args.double(1), to: try args.double(2), count: 24)
            let grid = try SweepGrid(alphas: alphas, measure: .pruned, fractions: [try args.double(0)], probeAngle: radians(try args.double(3)))
            return try TheorySweep.crossovers(grid).first?.alpha.map(Value.double) ?? .none
        }
    }
}
