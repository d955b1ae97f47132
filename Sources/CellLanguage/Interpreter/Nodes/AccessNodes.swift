/// Member access, subscripts and optional chaining.
final class MemberNode: ExprNode {
    let range: SourceRange
    let base: any ExprNode
    let name: String
    let nameRange: SourceRange
    /// `base?.name`: a nil base ends the whole chain with nil.
    let isOptional: Bool

    init(_ base: any ExprNode, _ name: String, nameRange: SourceRange, isOptional: Bool, range: SourceRange) {
        self.base = base
        self.name = name
        self.nameRange = nameRange
        self.isOptional = isOptional
        self.range = range
    }

    func eval(_ f: Frame) throws -> Value {
        var value = try base.eval(f)
        if isOptional { value = try OptionalChainNode.unwrapLink(value) }
        return try Members.get(value, name, at: nameRange, runtime: f.runtime)
    }
}

/// `base[indices]`, `base?[i]`.
final class SubscriptNode: ExprNode {
    let range: SourceRange
    let base: any ExprNode
    let indices: [any ExprNode]
    let labels: [String?]
    let isOptional: Bool

    init(_ base: any ExprNode, indices: [any ExprNode], labels: [String?], isOptional: Bool, range: SourceRange) {
        self.base = base
        self.indices = indices
        self.labels = labels
        self.isOptional = isOptional
        self.range = range
    }

    func eval(_ f: Frame) throws -> Value {
        var value = try base.eval(f)
        if isOptional { value = try OptionalChainNode.unwrapLink(value) }
        if indices.count == 1 {
            let index = try indices[0].eval(f)
            if case .array(let elements) = value, case .int(let i) = index {
                try Subscripts.check(i, count: elements.count, range)
                return elements[i]
            }
            return try Subscripts.get(value, [index], labels: labels, at: range, runtime: f.runtime)
        }
        var values: [Value] = []
        for index in indices { values.append(try index.eval(f)) }
        return try Subscripts.get(value, values, labels: labels, at: range, runtime: f.runtime)
    }
}

/// The top of a postfix chain holding `?.`: a nil link makes the chain nil; a value is
/// wrapped in `Optional` unless it already is one (Swift flattens `a?.first`).
final class OptionalChainNode: ExprNode {
    let range: SourceRange
    let chain: any ExprNode

    /// Thrown by a `?.` link whose base is nil; caught by the chain's top.
    struct NilLink: Error {}

    init(_ chain: any ExprNode, range: SourceRange) {
        self.chain = chain
        self.range = range
    }

    static func unwrapLink(_ value: Value) throws -> Value {
        switch value {
        case .none: throw NilLink()
        case .some(let inner): return inner
        default: return value
        }
    }

    func eval(_ f: Frame) throws -> Value {
        do {
            let value = try chain.eval(f)
            switch value {
            case .none, .some: return value
            default: return value.isVoid ? value : .some(value)
            }
        } catch is NilLink {
            return .none
        }
    }
}
