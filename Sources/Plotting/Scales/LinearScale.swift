/// A linear map of [`lower`, `upper`] onto the axis, with ticks from Wilkinson's extended algorithm.
public struct LinearScale: Scale {
    /// Lower end of the range (data units).
    public let lower: Double
    /// Upper end of the range (data units).
    public let upper: Double

    /// A scale over [`lower`, `upper`]; the caller guarantees `lower < upper` (use
    /// `ScaleKind.linear.scale` for arbitrary input).
    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// Whether `value` can be drawn (see `Scale.isValid`).
    public func isValid(_ value: Double) -> Bool { value.isFinite }

    /// Fraction of the axis at `value` (see `Scale.map`).
    public func map(_ value: Double) -> Double {
        value.isFinite ? (value - lower) / (upper - lower) : .nan
    }

    /// About `target` nice ticks inside the range (see `Scale.ticks`).
    public func ticks(target: Int) -> [Tick] {
        let values = ExtendedTicks.search(lower: lower, upper: upper, target: target).values
        return zip(values, NumberFormat.labels(values)).map { Tick($0, $1) }
    }

    /// Linear axes have no minor ticks.
    public func minorTicks(major: [Tick]) -> [Double] { [] }
}
