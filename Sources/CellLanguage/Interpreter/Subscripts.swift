/// `x[i]` on every kind of value: arrays (Int index or range, bounds-checked, negative
/// indices are errors as in Swift), dictionaries (`d[k]` is optional, `d[k, default: v]`),
/// and native objects (through their registered subscript).
enum Subscripts {
    static func get(_ base: Value, _ indices: [Value], labels: [String?], at range: SourceRange, runtime: Runtime) throws -> Value {
        switch base {
        case .array(let elements):
            let index = try single(indices, labels, "Array", range)
            switch index {
            case .int(let i):
                try check(i, count: elements.count, range)
                return elements[i]
            case .range(let r):
                let bounds = try slice(r, count: elements.count, range)
                return .array(Array(elements[bounds]))
            default:
                throw RuntimeError("cannot subscript a value of type '\(base.typeName)' with an argument of type '\(index.typeName)'", at: range)
            }
        case .dictionary(let d):
            if labels.count == 2, labels[0] == nil, labels[1] == "default" {
                return d[indices[0]] ?? indices[1]
            }
            let key = try single(indices, labels, "Dictionary", range)
            return d[key].map { .some($0) } ?? .none
        case .string:
            throw RuntimeError(
                "cannot subscript String with an Int in Swift; use Array(s)[i] for the i-th character, or s.prefix(n)", at: range)
        case .native(let object):
            guard let access = runtime.registry.types[object.typeName]?.subscriptAccess else { break }
            return try native({ try access.get(base, indices, CallContext(runtime: runtime)) }, at: range)
        case .some:
            throw RuntimeError(
                "value of optional type '\(base.typeName)' must be unwrapped to use a subscript; use '!' or '?['", at: range)
        default:
            break
        }
        throw RuntimeError("value of type '\(base.typeName)' has no subscripts", at: range)
    }

    /// Modifies `value[indices]` in place through `body`.
    static func modify<R>(
        _ value: inout Value, _ indices: [Value], labels: [String?], at range: SourceRange, runtime: Runtime,
        _ body: (inout Value) throws -> R
    ) throws -> R {
        switch value {
        case .array(var elements):
            let index = try single(indices, labels, "Array", range)
            switch index {
            case .int(let i):
                try check(i, count: elements.count, range)
                value = .void
                defer { value = .array(elements) }
                return try body(&elements[i])
            case .range(let r):
                let bounds = try slice(r, count: elements.count, range)
                var part = Value.array(Array(elements[bounds]))
                let result = try body(&part)
                guard case .array(let replacement) = part else {
                    throw RuntimeError("cannot assign a value of type '\(part.typeName)' to an array slice", at: range)
                }
                value = .void
                elements.replaceSubrange(bounds, with: replacement)
                value = .array(elements)
                return result
            default:
                throw RuntimeError("cannot subscript a value of type '\(value.typeName)' with an argument of type '\(index.typeName)'", at: range)
            }
        case .dictionary(var d):
            value = .void
            defer { value = .dictionary(d) }
            if labels.count == 2, labels[0] == nil, labels[1] == "default" {
                return try d.modifyEntry(indices[0], default: indices[1], body)
            }
            return try d.modifyEntry(try single(indices, labels, "Dictionary", range), body)
        case .native(let object):
            guard let access = runtime.registry.types[object.typeName]?.subscriptAccess else { break }
            guard let set = access.set else {
                throw RuntimeError("cannot assign through subscript: subscript of '\(object.typeName)' is get-only", at: range)
            }
            let context = CallContext(runtime: runtime)
            var element = try native({ try access.get(value, indices, context) }, at: range)
            let result = try body(&element)
            let updated = element
            try native({ try set(value, indices, updated, context) }, at: range)
            return result
        case .string:
            throw RuntimeError("cannot assign through subscript: strings cannot be changed by index; build a new string", at: range)
        default:
            break
        }
        _ = try get(value, indices, labels: labels, at: range, runtime: runtime)
        throw RuntimeError("cannot assign through subscript of a value of type '\(value.typeName)'", at: range)
    }

    private static func single(_ indices: [Value], _ labels: [String?], _ type: String, _ range: SourceRange) throws -> Value {
        guard indices.count == 1, labels.first ?? nil == nil else {
            throw RuntimeError("\(type) subscripts take one index, e.g. x[0]", at: range)
        }
        return indices[0]
    }

    static func check(_ i: Int, count: Int, _ range: SourceRange) throws {
        guard i >= 0 && i < count else {
            throw RuntimeError("index out of range: index \(i), but the array has \(count) element\(count == 1 ? "" : "s")", at: range)
        }
    }

    static func slice(_ r: RangeValue, count: Int, _ range: SourceRange) throws -> Range<Int> {
        guard let bounds = r.intRange else {
            throw RuntimeError("arrays are sliced with integer ranges, not '\(Value.range(r).typeName)'", at: range)
        }
        guard bounds.lowerBound >= 0 && bounds.upperBound <= count else {
            throw RuntimeError("index out of range: slice \(Value.range(r)), but the array has \(count) element\(count == 1 ? "" : "s")", at: range)
        }
        return bounds
    }

    /// Runs native code, giving its errors the subscript's location.
    static func native<T>(_ body: () throws -> T, at range: SourceRange) throws -> T {
        do {
            return try body()
        } catch let error as RuntimeError {
            throw error
        } catch let error as CellError {
            throw RuntimeError(error, at: range)
        } catch {
            throw RuntimeError(String(describing: error), at: range)
        }
    }
}
