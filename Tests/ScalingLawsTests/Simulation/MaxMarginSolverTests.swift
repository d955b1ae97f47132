import Foundation
import Testing
@testable import ScalingLaws

struct MaxMarginSolverTests {
    /// Random teacher-labelled samples zᵢ = yᵢxᵢ in d dimensions.
    static func teacherSamples(count: Int, dimension d: Int, seed: UInt64) -> [Double] {
        var g = Xoshiro256StarStar(seed: seed)
        let teacher = (0..<d).map { _ in g.gaussian() }
        var z = [Double](repeating: 0, count: count * d)
        for i in 0..<count {
            let x = (0..<d).map { _ in g.gaussian() }
            let y: Double = zip(x, teacher).reduce(0) { $0 + $1.0 * $1.1 } >= 0 ? 1 : -1
            for j in 0..<d { z[i * d + j] = y * x[j] }
        }
        return z
    }

    /// Checks the KKT conditions of a solution from scratch: primal feasibility, dual
    /// feasibility, complementary slackness and stationarity (w = Σαᵢzᵢ).
    static func expectKKT(_ s: MaxMarginSolver.Solution, _ z: [Double], count: Int, dimension d: Int,
                          sourceLocation: SourceLocation = #_sourceLocation) {
        var w = [Double](repeating: 0, count: d)
        for i in 0..<count {
            #expect(s.dual[i] >= 0, sourceLocation: sourceLocation)
            for j in 0..<d { w[j] += s.dual[i] * z[i * d + j] }
        }
        let scale = s.weights.map(abs).max() ?? 1
        #expect(zip(w, s.weights).allSatisfy { abs($0 - $1) <= 1e-10 * scale }, "stationarity", sourceLocation: sourceLocation)
        for i in 0..<count {
            let margin = (0..<d).reduce(0.0) { $0 + z[i * d + $1] * s.weights[$1] }
            #expect(margin >= 1 - 1e-9, "sample \(i) violates its margin: \(margin)", sourceLocation: sourceLocation)
            if s.dual[i] > 0 { #expect(abs(margin - 1) <= 1e-9, "support vector \(i) off the margin", sourceLocation: sourceLocation) }
        }
        #expect(abs(s.margin - 1 / s.weights.reduce(0) { $0 + $1 * $1 }.squareRoot()) < 1e-15, sourceLocation: sourceLocation)
    }

    @Test("a hand-computed case: z = (1, 0) and (0, 1) give w = (1, 1) and κ = 1/√2")
    func handComputed() throws {
        let s = try MaxMarginSolver().solve(samples: [1, 0, 0, 1, 2, 3], count: 3, dimension: 2)
        #expect(abs(s.weights[0] - 1) < 1e-12 && abs(s.weights[1] - 1) < 1e-12)
        #expect(abs(s.margin - 0.5.squareRoot()) < 1e-12)
        #expect(s.dual[2] == 0)
    }

    @Test("the KKT conditions hold on teacher data, fewer and more samples than dimensions",
          arguments: [(10, 30), (30, 30), (120, 30), (400, 20)])
    func kktHolds(_ c: (Int, Int)) throws {
        let z = Self.teacherSamples(count: c.0, dimension: c.1, seed: UInt64(c.0 * 31 + c.1))
        let s = try MaxMarginSolver().solve(samples: z, count: c.0, dimension: c.1)
        #expect(s.exact)
        #expect(s.kktViolation < 1e-9)
        Self.expectKKT(s, z, count: c.0, dimension: c.1)
    }

    @Test("hard-pruned data (support set ≈ d) are solved exactly")
    func hardPrunedData() throws {
        var g = Xoshiro256StarStar(seed: 11)
        let data = try PrunedTeacherData(dimension: 40, totalCount: 2000, keptCount: 400, keep: .hard, probeAngle: 0, generator: &g)
        let s = try MaxMarginSolver().solve(samples: data.samples, count: 400, dimension: 40)
        #expect(s.exact)
        #expect(s.supportCount >= 35)
        Self.expectKKT(s, data.samples, count: 400, dimension: 40)
    }

    @Test("the optimum matches brute force over every candidate support set", arguments: [1, 2, 3, 4, 5])
    func matchesBruteForce(_ seed: UInt64) throws {
        let (n, d) = (7, 3)
        let z = Self.teacherSamples(count: n, dimension: d, seed: seed)
        var best = Double.infinity
        for mask in 1..<(1 << n) {
            let support = (0..<n).filter { mask & (1 << $0) != 0 }
            guard support.count <= d else { continue }
            let gram = support.flatMap { a in support.map { b in (0..<d).reduce(0.0) { $0 + z[a * d + $1] * z[b * d + $1] } } }
            guard let beta = DenseLinearAlgebra.solve(gram, [Double](repeating: 1, count: support.count)),
                  beta.allSatisfy({ $0 > 0 }) else { continue }
            var w = [Double](repeating: 0, count: d)
            for (k, i) in support.enumerated() { for j in 0..<d { w[j] += beta[k] * z[i * d + j] } }
            let feasible = (0..<n).allSatisfy { i in (0..<d).reduce(0.0) { $0 + z[i * d + $1] * w[$1] } >= 1 - 1e-9 }
            if feasible { best = min(best, w.reduce(0) { $0 + $1 * $1 }) }
        }
        let s = try MaxMarginSolver().solve(samples: z, count: n, dimension: d)
        #expect(abs(s.weights.reduce(0) { $0 + $1 * $1 } - best) <= 1e-10 * best)
    }

    @Test("coordinate ascent alone converges to the same optimum")
    func ascentAgrees() throws {
        let z = Self.teacherSamples(count: 60, dimension: 20, seed: 5)
        let exact = try MaxMarginSolver().solve(samples: z, count: 60, dimension: 20)
        var ascent = try DualCoordinateAscent(samples: z, count: 60, dimension: 20)
        #expect(try ascent.run(tolerance: 1e-10, passes: 1_000_000, isCancelled: nil))
        let norm = ascent.w.reduce(0) { $0 + $1 * $1 }.squareRoot()
        #expect(abs(1 / norm - exact.margin) < 1e-8)
    }

    @Test("inseparable data and zero samples are reported, not looped on")
    func badData() {
        // z and −z cannot both have positive margin.
        #expect(throws: ScalingLawError.self) { try MaxMarginSolver().solve(samples: [1, 2, -1, -2], count: 2, dimension: 2) }
        #expect(throws: ScalingLawError.self) { try MaxMarginSolver().solve(samples: [0, 0, 1, 1], count: 2, dimension: 2) }
        #expect(throws: ScalingLawError.self) { try MaxMarginSolver().solve(samples: [1, 2, 3], count: 2, dimension: 2) }
    }

    @Test("cancellation stops the solver")
    func cancellation() {
        let z = Self.teacherSamples(count: 3000, dimension: 60, seed: 9)
        #expect(throws: ScalingLawError.cancelled) {
            try MaxMarginSolver(warmStartPasses: 1000).solve(samples: z, count: 3000, dimension: 60, isCancelled: { true })
        }
    }
}
