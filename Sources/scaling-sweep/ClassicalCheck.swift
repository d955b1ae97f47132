import Foundation
import ScalingLaws

/// "f = 1 reproduces the classical max-margin learning curve": the pruning theory at f = 1
/// against the classical equations (`ClassicalMaxMargin`), solved separately from a start 10% off
/// in angle and margin, and the classical asymptote α·ε → 0.5005.
struct ClassicalCheck: Codable {
    struct Point: Codable {
        let alpha: Double
        let pruningTheory: Double
        let classical: Double
    }

    let points: [Point]
    /// max |ε_pruning − ε_classical| over the grid.
    let largestDifference: Double
    /// α·ε of the pruning theory at α = 1000 (the literature's asymptote is 0.5005).
    let asymptoticProduct: Double

    static func run(alphas: [Double]) throws -> ClassicalCheck {
        var points: [Point] = []
        for alpha in alphas {
            let ours = try PerceptronTheory.solve(PruningProblem(alphaPrune: alpha, fraction: 1, keep: .hard))
            let classical = try ClassicalMaxMargin.solve(
                alpha: alpha, startOverlap: cos(1.1 * acos(ours.overlap)), startMargin: 1.1 * ours.margin)
            points.append(Point(alpha: alpha, pruningTheory: ours.testError, classical: acos(classical.overlap) / .pi))
        }
        let far = try PerceptronTheory.solve(PruningProblem(alphaPrune: 1000, fraction: 1, keep: .hard))
        return ClassicalCheck(
            points: points, largestDifference: points.map { abs($0.pruningTheory - $0.classical) }.max() ?? 0,
            asymptoticProduct: 1000 * far.testError)
    }
}
