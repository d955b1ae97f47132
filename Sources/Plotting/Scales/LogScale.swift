import Foundation

/// A base-10 logarithmic map of [`lower`, `upper`] (both positive) onto the axis.
/// Major ticks sit on powers of ten (every n-th decade when there are many); ranges shorter
/// than two decades are labelled at 1, 2, 5 × 10ⁿ or, below that, at nice linear steps.
/// Minor ticks mark 2…9 × 10ⁿ.
public struct LogScale: Scale {
    /// Lower end of the range (data units).
    public let lower: Double
    /// Upper end of the range (data units).
    public let upper: Double

    /// A scale over [`lower`, `upper`], `0 < lower < upper`.
    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// Whether `value` can be drawn (see `Scale.isValid`).
    public func isValid(_ value: Double) -> Bool { value.isFinite && value > 0 }

    /// Fraction of the axis at `value` (see `Scale.map`).
    public func map(_ value: Double) -> Double {
        guard isValid(value) else { return .nan }
        return (log10(value) - log10(lower)) / (log10(upper) - log10(lower))
    }

    private var decades: ClosedRange<Int> {
        let lo = Int(ceil(log10(lower) - 1e-9)), hi = Int(floor(log10(upper) + 1e-9))
        return lo <= hi ? lo...hi : lo...lo
    }

    private func contains(_ v: Double) -> Bool { v >= lower * (1 - 1e-9) && v <= upper * (1 + 1e-9) }

    /// About `target` nice ticks inside the range (see `Scale.ticks`).
    public func ticks(target: Int) -> [Tick] {
        let exponents = decades.filter { contains(pow(10, Double($0))) }
        if exponents.count >= 2 {
            let every = max(1, Int((Double(exponents.count) / Double(max(2, target))).rounded(.up)))
            let chosen = exponents.filter { $0 % every == 0 }
            let kept = chosen.count >= 2 ? chosen : exponents.enumerated().filter { $0.offset % every == 0 }.map(\.element)
            let plain = kept.allSatisfy { (-3...4).contains($0) }
            return kept.map { Tick(pow(10, Double($0)), NumberFormat.powerOfTen($0, plain: plain)) }
        }
        let lowDecade = Int(floor(log10(lower))), highDecade = Int(floor(log10(upper)))
        for multiples in [[1.0, 2, 5], [1.0, 2, 3, 4, 5, 6, 7, 8, 9]] {
            let values = (lowDecade...highDecade).flatMap { e in multiples.map { $0 * pow(10, Double(e)) } }
                .filter(contains)
            if values.count >= 2, values.count <= max(2, target) + 1 { return labelled(values) }
        }
        return LinearScale(lower: lower, upper: upper).ticks(target: target)
    }

    private func labelled(_ values: [Double]) -> [Tick] {
        let largest = values.max() ?? 1, smallest = values.min() ?? 1
        if largest >= 1e5 || smallest < 1e-3 { return values.map { Tick($0, NumberFormat.scientific($0)) } }
        let decimals = NumberFormat.decimalsNeeded(values)
        return values.map { Tick($0, NumberFormat.fixed($0, decimals: decimals)) }
    }

    /// 2…9 × 10ⁿ when the axis spans at most 8 decades and every decade is labelled; otherwise
    /// the unlabelled decades.
    public func minorTicks(major: [Tick]) -> [Double] {
        let lowDecade = Int(floor(log10(lower))), highDecade = Int(floor(log10(upper)))
        let majorValues = Set(major.map(\.value))
        let span = highDecade - lowDecade
        let candidates: [Double]
        if span <= 8 {
            candidates = (lowDecade...highDecade).flatMap { e in (1...9).map { Double($0) * pow(10, Double(e)) } }
        } else {
            candidates = (lowDecade...highDecade).map { pow(10, Double($0)) }
        }
        return candidates.filter { contains($0) && !majorValues.contains($0) }
    }
}
