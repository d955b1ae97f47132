import Foundation

/// Brent's method for a root of a continuous function of one variable inside a bracket.
///
/// Combines bisection, the secant step and inverse quadratic interpolation (Brent 1973,
/// "Algorithms for Minimization without Derivatives", ch. 4): it never leaves the bracket and
/// needs at most about (log₂((b−a)/tol))² evaluations, usually far fewer.
public enum Brent {
    /// A root x of f in [a, b], to within `tolerance` (absolute) plus 4 ulps of x.
    ///
    /// f(a) and f(b) must have opposite signs (or one of them be zero); otherwise the error says
    /// so, with both values, so the caller can widen the bracket.
    public static func root(
        in a: Double, _ b: Double, tolerance: Double = 1e-13, maxIterations: Int = 200,
        _ f: (Double) throws -> Double
    ) throws -> Double {
        try root(in: a, b, fa: f(a), fb: f(b), tolerance: tolerance, maxIterations: maxIterations, f)
    }

    /// As `root(in:_:)`, with f(a) and f(b) already known (saves two evaluations after a scan).
    public static func root(
        in a0: Double, _ b0: Double, fa fa0: Double, fb fb0: Double, tolerance: Double = 1e-13,
        maxIterations: Int = 200, _ f: (Double) throws -> Double
    ) throws -> Double {
        var a = a0, b = b0, fa = fa0, fb = fb0
        guard !fa.isNaN, !fb.isNaN else {
            throw ScalingLawError(.noSolution, "Brent: f is NaN at the bracket ends (f(\(a)) = \(fa), f(\(b)) = \(fb))")
        }
        if fa == 0 { return a }
        if fb == 0 { return b }
        guard (fa > 0) != (fb > 0) else {
            throw ScalingLawError(.noSolution,
                "Brent: f(\(a)) = \(fa) and f(\(b)) = \(fb) have the same sign, so [\(a), \(b)] brackets no root; widen the bracket")
        }
        var c = a, fc = fa
        var d = b - a, e = d
        for _ in 0..<maxIterations {
            if (fb > 0) == (fc > 0) {
                c = a; fc = fa
                d = b - a; e = d
            }
            if abs(fc) < abs(fb) {
                a = b; b = c; c = a
                fa = fb; fb = fc; fc = fa
            }
            let tol = 2 * Double.ulpOfOne * abs(b) + 0.5 * tolerance
            let m = 0.5 * (c - b)
            if abs(m) <= tol || fb == 0 { return b }
            if abs(e) >= tol && abs(fa) > abs(fb) {
                let s = fb / fa
                var p: Double, q: Double
                if a == c {
                    p = 2 * m * s
                    q = 1 - s
                } else {
                    let qa = fa / fc, r = fb / fc
                    p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1))
                    q = (qa - 1) * (r - 1) * (s - 1)
                }
                if p > 0 { q = -q } else { p = -p }
                if 2 * p < min(3 * m * q - abs(tol * q), abs(e * q)) {
                    e = d
                    d = p / q
                } else {
                    d = m; e = m
                }
            } else {
                d = m; e = m
            }
            a = b; fa = fb
            b += abs(d) > tol ? d : (m > 0 ? tol : -tol)
            fb = try f(b)
            guard !fb.isNaN else { throw ScalingLawError(.noSolution, "Brent: f is NaN at x = \(b) inside the bracket") }
        }
        throw ScalingLawError(.noConvergence, "Brent: no convergence in \(maxIterations) iterations; last x = \(b), f = \(fb)")
    }
}
