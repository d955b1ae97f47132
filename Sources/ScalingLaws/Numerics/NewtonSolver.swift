import Foundation

/// Damped Newton's method for a small square system F(x) = 0 (n unknowns, n equations).
///
/// Each step solves J Δ = −F with J by central differences (step 1e-6·max(1, |xⱼ|), so J is
/// accurate to ~1e-10 for smooth F), then backtracks Δ → Δ/2 until the merit ‖F‖² decreases by
/// the Armijo factor (1 − 1e-4·t) and F is finite, which also keeps iterates inside a domain
/// where F returns NaN or throws. Converges quadratically near a regular root; the backtracking
/// makes it robust from moderate starting points, but it is a local method: give it a good
/// start or a bracketed method first.
public struct NewtonSolver: Sendable {
    /// Stop when max |Fᵢ| ≤ this.
    public var tolerance: Double
    /// Give up after this many Newton steps.
    public var maxIterations: Int
    /// Give up a step after this many halvings.
    public var maxHalvings: Int

    /// A solver with the given stopping rules.
    public init(tolerance: Double = 1e-12, maxIterations: Int = 50, maxHalvings: Int = 40) {
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.maxHalvings = maxHalvings
    }

    /// The outcome of a solve.
    public struct Result: Sendable {
        /// The root.
        public let x: [Double]
        /// max |Fᵢ(x)|.
        public let residual: Double
        /// Newton steps taken.
        public let iterations: Int
    }

    /// Solves F(x) = 0 from `start`. F returning a non-finite value or throwing marks a point
    /// as outside the domain. Throws `.noConvergence` when the tolerance is not met, with the
    /// last iterate and residual in the message.
    public func solve(from start: [Double], _ f: ([Double]) throws -> [Double]) throws -> Result {
        let n = start.count
        guard n > 0 else { throw ScalingLawError.invalid("Newton: no unknowns") }
        func evaluate(_ x: [Double]) -> [Double]? {
            guard let value = try? f(x), value.count == n, value.allSatisfy(\.isFinite) else { return nil }
            return value
        }
        func norm(_ v: [Double]) -> Double { v.reduce(0) { max($0, abs($1)) } }
        var x = start
        guard var fx = evaluate(x) else {
            throw ScalingLawError(.noSolution, "Newton: the system is undefined at the start point \(start)")
        }
        for iteration in 0...maxIterations {
            if norm(fx) <= tolerance { return Result(x: x, residual: norm(fx), iterations: iteration) }
            if iteration == maxIterations { break }
            var jacobian = [Double](repeating: 0, count: n * n)
            for j in 0..<n {
                let h = 1e-6 * max(1, abs(x[j]))
                var plus = x, minus = x
                plus[j] += h
                minus[j] -= h
                guard let fp = evaluate(plus), let fm = evaluate(minus) else {
                    throw ScalingLawError(.noSolution, "Newton: the system is undefined next to \(x); the root is too close to the domain boundary")
                }
                for i in 0..<n { jacobian[i * n + j] = (fp[i] - fm[i]) / (2 * h) }
            }
            guard let delta = DenseLinearAlgebra.solve(jacobian, fx.map { -$0 }) else {
                throw ScalingLawError(.noConvergence, "Newton: singular Jacobian at \(x)")
            }
            let merit = fx.reduce(0) { $0 + $1 * $1 }
            var t = 1.0
            var accepted = false
            for _ in 0...maxHalvings {
                let trial = zip(x, delta).map { $0 + t * $1 }
                if let ft = evaluate(trial), ft.reduce(0, { $0 + $1 * $1 }) <= (1 - 1e-4 * t) * merit {
                    x = trial
                    fx = ft
                    accepted = true
                    break
                }
                t *= 0.5
            }
            guard accepted else {
                throw ScalingLawError(.noConvergence, "Newton: no step along the Newton direction reduces the residual at \(x) (max |F| = \(norm(fx)))")
            }
        }
        throw ScalingLawError(.noConvergence,
            "Newton: residual \(norm(fx)) still above \(tolerance) after \(maxIterations) steps at \(x)")
    }
}
