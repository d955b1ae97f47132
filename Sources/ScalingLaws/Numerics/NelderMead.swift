import Foundation

/// The Nelder–Mead downhill simplex method for minimising a function of a few variables
/// without derivatives.
///
/// Standard coefficients (reflection 1, expansion 2, contraction ½, shrink ½; Lagarias et al.
/// 1998). It stops when both the simplex diameter (max-norm) is below `tolerance` and the spread
/// of function values is below `valueTolerance`, and throws `.noConvergence` after
/// `maxEvaluations`. A function value that is NaN or infinite counts as +∞, which confines the
/// search to the function's domain. Nelder–Mead can stall on non-smooth or badly scaled
/// problems; callers polish its answer with a local method when they need many digits.
public struct NelderMead: Sendable {
    /// Simplex diameter at which to stop (in the variables' units).
    public var tolerance: Double
    /// Spread of the simplex's function values at which to stop.
    public var valueTolerance: Double
    /// Give up after this many evaluations of f.
    public var maxEvaluations: Int

    /// A minimiser with the given stopping rules.
    public init(tolerance: Double = 1e-8, valueTolerance: Double = 1e-12, maxEvaluations: Int = 5000) {
        self.tolerance = tolerance
        self.valueTolerance = valueTolerance
        self.maxEvaluations = maxEvaluations
    }

    /// The outcome of a minimisation.
    public struct Result: Sendable {
        /// The best point found.
        public let x: [Double]
        /// f at `x`.
        public let value: Double
        /// Evaluations of f used.
        public let evaluations: Int
    }

    /// Minimises f from `start`, with an initial simplex of `start` plus `step` along each axis.
    /// f must be finite at `start`.
    public func minimize(from start: [Double], step: [Double], _ f: ([Double]) throws -> Double) throws -> Result {
        let n = start.count
        guard n > 0, step.count == n, step.allSatisfy({ $0 != 0 && $0.isFinite }) else {
            throw ScalingLawError.invalid("Nelder–Mead: need one non-zero finite step per variable (got \(step.count) for \(n))")
        }
        var evaluations = 0
        func value(_ x: [Double]) throws -> Double {
            evaluations += 1
            let y = try f(x)
            return y.isFinite ? y : .infinity
        }
        var simplex = [start]
        for i in 0..<n {
            var vertex = start
            vertex[i] += step[i]
            simplex.append(vertex)
        }
        var values = try simplex.map(value)
        guard values[0].isFinite else {
            throw ScalingLawError(.noSolution, "Nelder–Mead: f is not finite at the start point \(start)")
        }
        func combine(_ a: [Double], _ b: [Double], _ t: Double) -> [Double] { zip(a, b).map { $0 + t * ($1 - $0) } }
        while true {
            let order = values.indices.sorted { values[$0] < values[$1] }
            simplex = order.map { simplex[$0] }
            values = order.map { values[$0] }
            var diameter = 0.0
            for vertex in simplex.dropFirst() {
                for i in 0..<n { diameter = max(diameter, abs(vertex[i] - simplex[0][i])) }
            }
            if diameter <= tolerance && values[n] - values[0] <= valueTolerance {
                return Result(x: simplex[0], value: values[0], evaluations: evaluations)
            }
            guard evaluations < maxEvaluations else {
                throw ScalingLawError(.noConvergence,
                    "Nelder–Mead: not converged after \(evaluations) evaluations (simplex diameter \(diameter), best f = \(values[0]) at \(simplex[0]))")
            }
            var centroid = [Double](repeating: 0, count: n)
            for vertex in simplex.dropLast() {
                for i in 0..<n { centroid[i] += vertex[i] / Double(n) }
            }
            let reflected = combine(centroid, simplex[n], -1)
            let fr = try value(reflected)
            if fr < values[0] {
                let expanded = combine(centroid, simplex[n], -2)
                let fe = try value(expanded)
                if fe < fr {
                    simplex[n] = expanded; values[n] = fe
                } else {
                    simplex[n] = reflected; values[n] = fr
                }
            } else if fr < values[n - 1] {
                simplex[n] = reflected; values[n] = fr
            } else {
                let outside = fr < values[n]
                let contracted = combine(centroid, outside ? reflected : simplex[n], 0.5)
                let fc = try value(contracted)
                if fc < (outside ? fr : values[n]) {
                    simplex[n] = contracted; values[n] = fc
                } else {
                    for k in 1...n {
                        simplex[k] = combine(simplex[0], simplex[k], 0.5)
                        values[k] = try value(simplex[k])
                    }
                }
            }
        }
    }
}
