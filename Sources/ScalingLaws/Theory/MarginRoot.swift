/// The largest margin κ a student of fixed orientation can reach: the root in κ of the
/// log-volume coefficient F, which falls strictly as κ grows (∂F/∂κ = −2α∫ρG₁ < 0).
enum MarginRoot {
    /// The κ at which `volume(κ)` = 0, bracketed by expanding from `guess` ± `spread` by
    /// doubling steps, then refined by Brent to 1e-14. Throws `.noSolution` when no bracket is
    /// found within |κ| ≤ 1e6 (F does not change sign: the orientation is outside the domain).
    static func solve(guess: Double = 0, spread: Double = 0.5, _ volume: (Double) throws -> Double) throws -> Double {
        var step = spread
        var lo = guess - step, hi = guess + step
        var flo = try volume(lo), fhi = try volume(hi)
        while flo <= 0 || fhi >= 0 {
            guard step < 1e6 else {
                throw ScalingLawError(.noSolution,
                    "margin: F(κ) does not change sign for κ in [\(lo), \(hi)]; the order parameters are outside the domain of the equations")
            }
            step *= 2
            if flo <= 0 {
                hi = lo; fhi = flo
                lo -= step; flo = try volume(lo)
            } else {
                lo = hi; flo = fhi
                hi += step; fhi = try volume(hi)
            }
        }
        return try Brent.root(in: lo, hi, fa: flo, fb: fhi, tolerance: 1e-14, volume)
    }
}
