/// A linear map of [`lower`, `upper`] onto the axis, with ticks from Wilkinson's extended algorithm.
public struct LinearScale: Scale {
    public let lower: Double
    public let upper: Double

    /// A scale over [`lower`, `upper`]; the caller guarantees `lower < upper` (use
    /// `ScaleKind.linear.scale` for arbitrary input).
    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    public func isValid(_ value: Double) -> Bool { value.isFinite }

    public func map(_ value: Double) -> Double {
        value.isFinite ? (value - lower) / (upper - lower) : .nan
    }

    public func ticks(target: Int) -> [Tick] {
        let values = ExtendedTicks.search(lower: lower, upper: upper, target: target).values
        return zip(values, NumberFormat.labels(values)).map { Tick($0, $1) }
    }

    /// Linear axes have no minor ticks.
    public func minorTicks(major: [Tick]) -> [Double] { [] }
}
