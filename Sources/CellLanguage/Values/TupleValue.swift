/// A tuple such as `(1, "x")` or `(key: "a", value: 1)`; `()` is Swift's `Void`.
public struct TupleValue: Hashable {
    /// The elements, in order.
    public var elements: [Value]
    /// One optional label per element, or empty when no element has a label.
    public var labels: [String?]

    /// A tuple of elements; `labels` is empty or has one entry per element.
    public init(_ elements: [Value], labels: [String?] = []) {
        self.elements = elements
        self.labels = labels.count == elements.count && labels.contains { $0 != nil } ? labels : []
    }

    /// The label of element `i`, if it has one.
    public func label(_ i: Int) -> String? {
        i < labels.count ? labels[i] : nil
    }

    /// The element with a label, if any has it.
    public func element(labeled name: String) -> Value? {
        labels.firstIndex(of: name).map { elements[$0] }
    }
}
