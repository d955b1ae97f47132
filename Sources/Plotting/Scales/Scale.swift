import Foundation

/// A labelled tick: a data value and the text shown next to it.
public struct Tick: Equatable, Sendable {
    /// Position in data units.
    public var value: Double
    /// Label text ("" for an unlabelled tick).
    public var label: String

    /// A tick at `value` labelled `label`.
    public init(_ value: Double, _ label: String) {
        self.value = value
        self.label = label
    }
}

/// Maps data values on one axis to a fraction of the axis length and proposes ticks.
/// Implementations: `LinearScale`, `LogScale`.
public protocol Scale: Sendable {
    /// Lower end of the visible data range (data units).
    var lower: Double { get }
    /// Upper end of the visible data range (data units); `upper > lower`.
    var upper: Double { get }
    /// Whether `value` can be shown on this scale (finite, and positive for a log scale).
    func isValid(_ value: Double) -> Bool
    /// Position of `value` as a fraction of the axis: 0 at `lower`, 1 at `upper` (may lie
    /// outside [0, 1]); NaN for values that are not valid.
    func map(_ value: Double) -> Double
    /// Major ticks inside the range, about `target` of them (at least 2 when the range allows).
    func ticks(target: Int) -> [Tick]
    /// Unlabelled minor ticks inside the range, given the major ticks chosen.
    func minorTicks(major: [Tick]) -> [Double]
}

/// The kind of scale of an axis.
public enum ScaleKind: Sendable, Equatable {
    /// Equal distances for equal differences.
    case linear
    /// Equal distances for equal ratios (base 10); non-positive values are skipped.
    case log

    /// Whether `v` can be drawn on this kind of axis.
    func isValid(_ v: Double) -> Bool { self == .log ? v.isFinite && v > 0 : v.isFinite }

    /// The scale over [`lower`, `upper`] (made non-empty and valid by `sensibleRange`).
    func scale(_ lower: Double, _ upper: Double) -> any Scale {
        let (lo, hi) = sensibleRange(lower, upper)
        return self == .log ? LogScale(lower: lo, upper: hi) : LinearScale(lower: lo, upper: hi)
    }

    /// A non-empty, valid range for any input: missing data gives 0…1 (1…10 for log), a single
    /// value v gives v ± 10% of |v| (± 1 around 0; a factor √10 either side for log).
    func sensibleRange(_ lower: Double, _ upper: Double) -> (Double, Double) {
        var lo = lower, hi = upper
        if lo > hi { swap(&lo, &hi) }
        switch self {
        case .linear:
            guard lo.isFinite, hi.isFinite else { return (0, 1) }
            let width = hi - lo
            if !(width > 1e-12 * max(abs(lo), abs(hi))) || !width.isFinite || width < Double.leastNormalMagnitude {
                let center = lo / 2 + hi / 2
                let half = center == 0 ? 1 : abs(center) * 0.1
                return (center - half, center + half)
            }
            return (lo, hi)
        case .log:
            guard lo.isFinite, hi.isFinite, lo > 0, hi > 0 else { return (1, 10) }
            if !(hi / lo > 1 + 1e-9) { return (lo / 10.0.squareRoot(), hi * 10.0.squareRoot()) }
            return (lo, hi)
        }
    }

    /// [`lower`, `upper`] widened by `fraction` of its width on each side (of its log-width for
    /// log scales); a side whose value is in `sticky` is not widened (bars start at zero).
    func padded(_ lower: Double, _ upper: Double, fraction: Double, sticky: Set<Double> = []) -> (Double, Double) {
        let (lo, hi) = sensibleRange(lower, upper)
        let keepLow = sticky.contains(lower) && lower == lo, keepHigh = sticky.contains(upper) && upper == hi
        switch self {
        case .linear:
            let d = (hi - lo) * fraction
            return (keepLow ? lo : lo - d, keepHigh ? hi : hi + d)
        case .log:
            let d = (log10(hi) - log10(lo)) * fraction
            return (keepLow ? lo : lo / pow(10, d), keepHigh ? hi : hi * pow(10, d))
        }
    }
}
