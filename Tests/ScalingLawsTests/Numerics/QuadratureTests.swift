import Foundation
import Testing
@testable import ScalingLaws

struct QuadratureTests {
    @Test("an n-point Gauss–Legendre rule integrates degree 2n − 1 exactly", arguments: [1, 2, 5, 12, 40, 101])
    func legendreIsExact(_ n: Int) throws {
        let rule = try GaussLegendre(order: n)
        #expect(abs(rule.weights.reduce(0, +) - 2) < 1e-13)
        #expect(zip(rule.nodes, rule.nodes.dropFirst()).allSatisfy { $0 < $1 })
        let degree = 2 * n - 1
        // ∫_{-1}^{3} x^k dx = (3^{k+1} − (−1)^{k+1}) / (k + 1)
        let exact = (pow(3.0, Double(degree + 1)) - pow(-1.0, Double(degree + 1))) / Double(degree + 1)
        let value = rule.integrate(from: -1, to: 3) { pow($0, Double(degree)) }
        #expect(abs(value - exact) <= 1e-12 * abs(exact), "n = \(n)")
    }

    @Test("Gauss–Legendre rejects order 0")
    func legendreRejectsOrderZero() {
        #expect(throws: ScalingLawError.self) { try GaussLegendre(order: 0) }
    }

    @Test("an n-point Gauss–Laguerre rule integrates xᵏe⁻ˣ = k! exactly up to k = 2n − 1", arguments: [1, 4, 16, 32])
    func laguerreIsExact(_ n: Int) throws {
        let rule = try GaussLaguerre(order: n)
        #expect(abs(rule.weights.reduce(0, +) - 1) < 1e-13)
        for k in [0, n, 2 * n - 1] {
            let factorial = (1...max(k, 1)).reduce(1.0) { $0 * Double($1) }
            let value = rule.integrate { pow($0, Double(k)) }
            #expect(abs(value - factorial) <= 1e-10 * factorial, "n = \(n), k = \(k)")
        }
    }

    @Test("Gauss–Laguerre rejects orders outside 1...150", arguments: [0, 151])
    func laguerreRejectsOrder(_ n: Int) {
        #expect(throws: ScalingLawError.self) { try GaussLaguerre(order: n) }
    }

    @Test("the Gaussian-weighted rule gives the normal tail and its moments on [γ, ∞)", arguments: [0.0, 0.7, 3.5, 12.0])
    func gaussianTail(_ gamma: Double) throws {
        let rule = try GaussianWeightedRule(from: gamma, to: .infinity, breakpoints: [gamma + 0.3],
                                            panel: GaussLegendre(order: 12), tail: GaussLaguerre(order: 24))
        let mass = Gaussian.tail(gamma)
        #expect(abs(rule.integrate { _ in 1 } - mass) <= 1e-13 * mass)
        #expect(abs(rule.integrate { $0 } - Gaussian.pdf(gamma)) <= 1e-13 * Gaussian.pdf(gamma))
        let second = gamma * Gaussian.pdf(gamma) + mass
        #expect(abs(rule.integrate { $0 * $0 } - second) <= 1e-12 * second)
    }

    @Test("the Gaussian-weighted rule handles (−∞, hi], finite intervals and the whole line")
    func otherIntervals() throws {
        let panel = try GaussLegendre(order: 12), tail = try GaussLaguerre(order: 24)
        let left = try GaussianWeightedRule(from: -.infinity, to: 0.4, breakpoints: [-1, 0.2], panel: panel, tail: tail)
        #expect(abs(left.integrate { _ in 1 } - Gaussian.cdf(0.4)) < 1e-14)
        let finite = try GaussianWeightedRule(from: -0.5, to: 2.5, breakpoints: [0, 5], panel: panel, tail: tail)
        #expect(abs(finite.integrate { _ in 1 } - (Gaussian.cdf(2.5) - Gaussian.cdf(-0.5))) < 1e-15)
        let line = try GaussianWeightedRule(from: -.infinity, to: .infinity, breakpoints: [1.3], panel: panel, tail: tail)
        #expect(abs(line.integrate { $0 * $0 * $0 * $0 } - 3) < 1e-12)
    }

    @Test("breakpoints let the rule resolve a bend of width 1e-3")
    func breakpointsResolveBends() throws {
        let panel = try GaussLegendre(order: 12), tail = try GaussLaguerre(order: 24)
        let (a, b) = (0.3, 1e-3)
        // ∫φ(u) G₂(a − u, b) du = E[(a − u − bz)₊²] with u + bz ~ N(0, 1 + b²): G₂(a, √(1 + b²)).
        let exact = GaussianRamp.second(a, (1 + b * b).squareRoot())
        let cuts = [-8.0, -4, -2, -1, 0, 1, 2, 4, 8].map { a + b * $0 }
        let split = try GaussianWeightedRule(from: -.infinity, to: .infinity, breakpoints: cuts, panel: panel, tail: tail)
        #expect(abs(split.integrate { GaussianRamp.second(a - $0, b) } - exact) < 1e-14)
        let blind = try GaussianWeightedRule(from: -.infinity, to: .infinity, panel: panel, tail: tail)
        #expect(abs(blind.integrate { GaussianRamp.second(a - $0, b) } - exact) > 1e-9)
    }

    @Test("the Gaussian-weighted rule rejects empty intervals")
    func rejectsEmptyInterval() throws {
        let panel = try GaussLegendre(order: 4), tail = try GaussLaguerre(order: 4)
        #expect(throws: ScalingLawError.self) { try GaussianWeightedRule(from: 1, to: 1, panel: panel, tail: tail) }
        #expect(throws: ScalingLawError.self) { try GaussianWeightedRule(from: .nan, to: 1, panel: panel, tail: tail) }
    }
}
