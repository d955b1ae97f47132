// Wilkinson's extended tick algorithm: Talbot, Lin & Hanrahan, "An Extension of Wilkinson's
// Algorithm for Positioning Tick Labels on Axes", IEEE InfoVis 2010. It searches label sets
// lmin, lmin + step, …, lmin + (k-1)·step with step = j·q·10^z and scores each by simplicity
// (nice q, includes zero), coverage (labels span the data), density (close to m labels) and
// legibility (taken as 1: overlap is checked afterwards with measured text, see TickPlacement).
// Only labellings inside the range compete, since ticks outside the view limits are not drawn;
// as the range already holds a margin around the data, coverage tolerates gaps of a quarter of
// the range at either end (the paper uses a tenth), so 0, 5 beats 0, 6 on [0, 7].
// The search prunes with upper bounds of each score, as in the paper's Algorithm 1.
import Foundation

/// The nice numbers q, most preferred first (paper §4.1).
private let niceSteps: [Double] = [1, 5, 2, 2.5, 4, 3]
/// The gap between the outer ticks and the range ends, as a fraction of the range, that costs
/// one unit of coverage.
private let coverageTolerance = 0.25
/// Weights of simplicity, coverage, density and legibility (paper §4.4).
private let weights = (simplicity: 0.25, coverage: 0.2, density: 0.5, legibility: 0.05)

/// A chosen sequence of tick values: `first + i * step` for `i` in `0..<count`.
struct TickSequence: Equatable {
    var first: Double
    var step: Double
    var count: Int

    /// The tick values, each computed from its integer index (no accumulated rounding).
    var values: [Double] { (0..<count).map { first + Double($0) * step } }
}

enum ExtendedTicks {
    /// The best-scoring labelling of [`lower`, `upper`] with about `target` ticks, keeping only
    /// ticks inside the range. Requires `lower < upper`, both finite.
    /// Cost: a few thousand score evaluations at most.
    static func search(lower: Double, upper: Double, target: Int) -> TickSequence {
        let m = max(2, target)
        // Work in units where the range is about 1..10, so extreme magnitudes cannot overflow.
        let unit = pow(10, floor(log10(upper / 2 - lower / 2)))
        let dmin = lower / unit, dmax = upper / unit
        var best: (score: Double, start: Double, step: Double, count: Int)? = nil

        var j = 1.0
        search: while j < 50 {
            for (index, q) in niceSteps.enumerated() {
                let sm = maxSimplicity(index: index, j: j)
                if weights.simplicity * sm + weights.coverage + weights.density + weights.legibility
                    < (best?.score ?? -2) { break search }
                var k = 2.0
                while k < 100 {
                    let dm = maxDensity(k: k, m: Double(m))
                    if weights.simplicity * sm + weights.coverage + weights.density * dm + weights.legibility
                        < (best?.score ?? -2) { break }
                    let delta = (dmax - dmin) / (k + 1) / j / q
                    var z = ceil(log10(delta))
                    while z < 400 {
                        let step = j * q * pow(10, z)
                        let cm = maxCoverage(dmin, dmax, span: step * (k - 1))
                        if weights.simplicity * sm + weights.coverage * cm + weights.density * dm
                            + weights.legibility < (best?.score ?? -2) { break }
                        let minStart = floor(dmax / step) * j - (k - 1) * j
                        let maxStart = ceil(dmin / step) * j
                        if minStart <= maxStart {
                            var start = minStart
                            while start <= maxStart {
                                let lmin = start * (step / j), lmax = lmin + step * (k - 1)
                                // Ticks are drawn only inside the view limits, so only labellings
                                // lying inside them compete (the paper's "only.loose" reversed).
                                let slack = 1e-9 * (dmax - dmin)
                                guard lmin >= dmin - slack, lmax <= dmax + slack else {
                                    start += 1
                                    continue
                                }
                                let s = simplicity(index: index, j: j, lmin: lmin, lmax: lmax, step: step)
                                let c = coverage(dmin, dmax, lmin, lmax)
                                let g = density(k: k, m: Double(m), dmin, dmax, lmin, lmax)
                                let score = weights.simplicity * s + weights.coverage * c
                                    + weights.density * g + weights.legibility
                                if score > (best?.score ?? -2) { best = (score, lmin, step, Int(k)) }
                                start += 1
                            }
                        }
                        z += 1
                    }
                    k += 1
                }
            }
            j += 1
        }
        guard let best else { return TickSequence(first: lower, step: upper - lower, count: 2) }
        return inside(best.start * unit, best.step * unit, best.count, lower, upper)
    }

    /// Drops the ticks of a labelling that fall outside [`lower`, `upper`] (with a tolerance of
    /// a millionth of a step, so a tick at the limit itself is kept).
    private static func inside(_ start: Double, _ step: Double, _ count: Int,
                               _ lower: Double, _ upper: Double) -> TickSequence {
        let eps = step * 1e-6
        var first = 0, last = count - 1
        while first < count, start + Double(first) * step < lower - eps { first += 1 }
        while last >= first, start + Double(last) * step > upper + eps { last -= 1 }
        return TickSequence(first: start + Double(first) * step, step: step, count: max(0, last - first + 1))
    }

    private static func simplicity(index: Int, j: Double, lmin: Double, lmax: Double, step: Double) -> Double {
        let eps = 1e-10
        let remainder = lmin.truncatingRemainder(dividingBy: step)
        let hasZero = (abs(remainder) < eps * step || step - abs(remainder) < eps * step) && lmin <= 0 && lmax >= 0
        return 1 - Double(index) / Double(niceSteps.count - 1) - j + (hasZero ? 1 : 0)
    }

    private static func maxSimplicity(index: Int, j: Double) -> Double {
        1 - Double(index) / Double(niceSteps.count - 1) - j + 1
    }

    private static func coverage(_ dmin: Double, _ dmax: Double, _ lmin: Double, _ lmax: Double) -> Double {
        let range = dmax - dmin
        return 1 - 0.5 * (pow(dmax - lmax, 2) + pow(dmin - lmin, 2)) / pow(coverageTolerance * range, 2)
    }

    private static func maxCoverage(_ dmin: Double, _ dmax: Double, span: Double) -> Double {
        let range = dmax - dmin
        guard span > range else { return 1 }
        let half = (span - range) / 2
        return 1 - 0.5 * (2 * half * half) / pow(coverageTolerance * range, 2)
    }

    private static func density(k: Double, m: Double, _ dmin: Double, _ dmax: Double,
                                _ lmin: Double, _ lmax: Double) -> Double {
        let r = (k - 1) / (lmax - lmin)
        let rt = (m - 1) / (max(lmax, dmax) - min(dmin, lmin))
        return 2 - max(r / rt, rt / r)
    }

    private static func maxDensity(k: Double, m: Double) -> Double {
        k >= m ? 2 - (k - 1) / (m - 1) : 1
    }
}
