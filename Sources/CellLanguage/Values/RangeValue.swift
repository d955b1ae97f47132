/// A range `a..<b` (half-open) or `a...b` (closed) of integers or doubles.
///
/// Integer ranges are sequences (`for i in 0..<n`, `.map`, `xs[a..<b]`); double ranges
/// serve `random(in: 0.0..<1.0)` and `contains`. Both bounds are of the same kind: a range
/// with one `Double` bound holds doubles.
public struct RangeValue: Hashable {
    /// The lower bound.
    public var lower: Value
    /// The upper bound (excluded unless `isClosed`).
    public var upper: Value
    /// True for `a...b`.
    public var isClosed: Bool

    /// A range between two numbers; Int bounds stay Int, a Double bound makes both Double.
    /// Throws Swift's error when `lower > upper`.
    public init(lower: Value, upper: Value, isClosed: Bool) throws {
        switch (lower, upper) {
        case (.int(let a), .int(let b)):
            guard a <= b else { throw CellError("Range requires lowerBound <= upperBound (\(a) > \(b))") }
            self.lower = lower
            self.upper = upper
        default:
            guard let a = lower.asDouble, let b = upper.asDouble else {
                throw CellError(
                    "binary operator '\(isClosed ? "..." : "..<")' cannot be applied to operands of type "
                        + "'\(lower.typeName)' and '\(upper.typeName)'")
            }
            guard a <= b else { throw CellError("Range requires lowerBound <= upperBound (\(a) > \(b))") }
            self.lower = .double(a)
            self.upper = .double(b)
        }
        self.isClosed = isClosed
    }

    /// True when both bounds are integers.
    public var isIntegral: Bool {
        if case .int = lower { return true }
        return false
    }

    /// The integers in the range as a half-open `Range<Int>`; nil for double ranges or when
    /// a closed range ends at `Int.max`.
    public var intRange: Range<Int>? {
        guard case .int(let a) = lower, case .int(let b) = upper else { return nil }
        if isClosed {
            let (end, overflow) = b.addingReportingOverflow(1)
            return overflow ? nil : a..<end
        }
        return a..<b
    }

    /// True when `value` (a number) lies in the range.
    public func contains(_ value: Value) -> Bool {
        if case .int(let v) = value, let r = intRange { return r.contains(v) }
        guard let v = value.asDouble, let a = lower.asDouble, let b = upper.asDouble else { return false }
        return v >= a && (isClosed ? v <= b : v < b)
    }
}
