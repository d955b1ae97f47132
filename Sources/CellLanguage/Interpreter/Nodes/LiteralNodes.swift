/// Collection literals, tuples and string interpolation.
final class ArrayLiteralNode: ExprNode {
    let range: SourceRange
    let elements: [any ExprNode]

    init(_ elements: [any ExprNode], range: SourceRange) {
        self.elements = elements
        self.range = range
    }

    func eval(_ f: Frame) throws -> Value {
        var values: [Value] = []
        values.reserveCapacity(elements.count)
        for element in elements { values.append(try element.eval(f)) }
        return .array(ArrayLiteralNode.unifyOptionals(values))
    }

    /// `[1, nil]` is an `[Int?]` in Swift: when some elements are optional, wrap the rest.
    static func unifyOptionals(_ values: [Value]) -> [Value] {
        let hasOptional = values.contains { if case .none = $0 { return true }; if case .some = $0 { return true }; return false }
        guard hasOptional else { return values }
        return values.map { value in
            switch value {
            case .none, .some: return value
            default: return .some(value)
            }
        }
    }
}

/// `["a": 1, "b": 2]`; a repeated key is an error, as in Swift.
final class DictionaryLiteralNode: ExprNode {
    let range: SourceRange
    let pairs: [(key: any ExprNode, value: any ExprNode)]

    init(_ pairs: [(key: any ExprNode, value: any ExprNode)], range: SourceRange) {
        self.pairs = pairs
        self.range = range
    }

    func eval(_ f: Frame) throws -> Value {
        var seen = DictionaryValue()
        var keys: [Value] = []
        var values: [Value] = []
        for pair in pairs {
            let key = try pair.key.eval(f)
            if seen[key] != nil {
                throw RuntimeError("dictionary literal contains duplicate key \(key.debugDescription)", at: pair.key.range)
            }
            seen[key] = .void
            keys.append(key)
            values.append(try pair.value.eval(f))
        }
        return .dictionary(DictionaryValue(Array(zip(keys, ArrayLiteralNode.unifyOptionals(values)))))
    }
}

/// `(1, "x")`, `(x: 1, y: 2)`, `()`.
final class TupleNode: ExprNode {
    let range: SourceRange
    let elements: [any ExprNode]
    let labels: [String?]

    init(_ elements: [any ExprNode], labels: [String?], range: SourceRange) {
        self.elements = elements
        self.labels = labels
        self.range = range
    }

    func eval(_ f: Frame) throws -> Value {
        var values: [Value] = []
        values.reserveCapacity(elements.count)
        for element in elements { values.append(try element.eval(f)) }
        return .tuple(TupleValue(values, labels: labels))
    }
}

/// `"total: \(x)"`: literal parts and values, joined with each value's `description`.
final class InterpolationNode: ExprNode {
    enum Part {
        case text(String)
        case value(any ExprNode)
    }

    let range: SourceRange
    let parts: [Part]

    init(_ parts: [Part], range: SourceRange) {
        self.parts = parts
        self.range = range
    }

    func eval(_ f: Frame) throws -> Value {
        var out = ""
        for part in parts {
            switch part {
            case .text(let text): out += text
            case .value(let node): out += try node.eval(f).description
            }
        }
        return .string(out)
    }
}
