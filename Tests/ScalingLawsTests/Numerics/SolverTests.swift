import Foundation
import Testing
@testable import ScalingLaws

struct SolverTests {
    @Test("Brent finds the root of cos x − x to 1e-14")
    func brentFindsRoot() throws {
        let root = try Brent.root(in: 0, 1) { cos($0) - $0 }
        #expect(abs(root - 0.739_085_133_215_160_6) < 1e-14)
    }

    @Test("Brent reports a bracket without a sign change")
    func brentNeedsBracket() {
        #expect(throws: ScalingLawError(.noSolution,
            "Brent: f(0.0) = 1.0 and f(1.0) = 2.0 have the same sign, so [0.0, 1.0] brackets no root; widen the bracket")) {
            try Brent.root(in: 0, 1) { $0 * $0 + 1 }
        }
    }

    @Test("Newton solves a 2-by-2 nonlinear system from a distant start")
    func newtonSolvesSystem() throws {
        // x² + y² = 4, eˣ + y = 1: a root near (−1.816, 0.837).
        let result = try NewtonSolver().solve(from: [-3, 3]) { v in [v[0] * v[0] + v[1] * v[1] - 4, exp(v[0]) + v[1] - 1] }
        #expect(result.residual <= 1e-12)
        #expect(abs(result.x[0] * result.x[0] + result.x[1] * result.x[1] - 4) < 1e-12)
    }

    @Test("Newton stays inside the domain where the system is defined")
    func newtonRespectsDomain() throws {
        // log x = −1 has its root at 1/e; a full step from x = 3 lands at a negative x.
        let result = try NewtonSolver().solve(from: [3]) { v in [v[0] > 0 ? log(v[0]) + 1 : .nan] }
        #expect(abs(result.x[0] - exp(-1)) < 1e-12)
    }

    @Test("Newton reports a system without a root")
    func newtonFailsWithoutRoot() {
        #expect(throws: ScalingLawError.self) {
            try NewtonSolver(maxIterations: 30).solve(from: [1]) { v in [v[0] * v[0] + 1] }
        }
    }

    @Test("Nelder–Mead minimises the Rosenbrock function")
    func nelderMeadMinimisesRosenbrock() throws {
        let result = try NelderMead(tolerance: 1e-10, valueTolerance: 1e-20).minimize(from: [-1.2, 1], step: [0.1, 0.1]) { v in
            let (x, y) = (v[0], v[1])
            return 100 * (y - x * x) * (y - x * x) + (1 - x) * (1 - x)
        }
        #expect(abs(result.x[0] - 1) < 1e-6 && abs(result.x[1] - 1) < 1e-6)
    }

    @Test("Nelder–Mead treats non-finite values as walls")
    func nelderMeadRespectsDomain() throws {
        let result = try NelderMead().minimize(from: [2], step: [0.5]) { v in v[0] > 1 ? (v[0] - 1.5) * (v[0] - 1.5) : .nan }
        #expect(abs(result.x[0] - 1.5) < 1e-6)
    }

    @Test("Nelder–Mead reports running out of evaluations")
    func nelderMeadBudget() {
        #expect(throws: ScalingLawError.self) {
            try NelderMead(maxEvaluations: 10).minimize(from: [5, 5], step: [1, 1]) { $0[0] * $0[0] + $0[1] * $0[1] }
        }
    }

    @Test("dense solves match a hand-computed system (with pivoting); singular matrices give nil")
    func denseSolves() {
        let x = DenseLinearAlgebra.solve([0, 2, 1, 1], [4, 3])
        #expect(x == [1, 2])
        #expect(DenseLinearAlgebra.solve([1, 2, 2, 4], [1, 1]) == nil)
    }

    @Test("an updated Cholesky factor solves like a fresh one after appends and removals")
    func updatableCholeskyMatchesFresh() throws {
        var generator = Xoshiro256StarStar(seed: 7)
        let d = 6, n = 5
        let rows = (0..<n).map { _ in (0..<d).map { _ in generator.gaussian() } }
        func gram(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
        var factor = UpdatableCholesky(capacity: n)
        var kept: [Int] = []
        for i in 0..<n {
            let appended = factor.append(column: kept.map { gram(rows[$0], rows[i]) }, diagonal: gram(rows[i], rows[i]))
            #expect(appended)
            kept.append(i)
        }
        factor.remove(at: 1)
        kept.remove(at: 1)
        factor.remove(at: 2)
        kept.remove(at: 2)
        let matrix = kept.flatMap { i in kept.map { j in gram(rows[i], rows[j]) } }
        let rhs = [1.0, -2, 0.5]
        let fresh = try #require(DenseLinearAlgebra.solve(matrix, rhs))
        let updated = factor.solve(rhs)
        for k in 0..<3 { #expect(abs(fresh[k] - updated[k]) < 1e-10) }
    }

    @Test("an updated Cholesky factor refuses a linearly dependent column")
    func updatableCholeskyRefusesDependence() {
        var factor = UpdatableCholesky(capacity: 3)
        let first = factor.append(column: [], diagonal: 1)
        let dependent = factor.append(column: [2], diagonal: 4)  // [1 2; 2 4] is singular
        #expect(first && !dependent)
        #expect(factor.size == 1)
    }
}
