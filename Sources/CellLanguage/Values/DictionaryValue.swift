/// A dictionary that keeps its keys in insertion order (LANGUAGE.md: dictionaries print in
/// the order their keys were first inserted).
///
/// Lookup is O(1) through a hash index; removing a key costs O(n) (the index is rebuilt).
/// Keys compare with the language's `==`: `1` and `1.0` are the same key.
public struct DictionaryValue: Hashable {
    /// The keys, in insertion order.
    public private(set) var keys: [Value] = []
    /// The values, parallel to `keys`.
    public private(set) var values: [Value] = []
    private var index: [Value: Int] = [:]

    /// An empty dictionary.
    public init() {}

    /// A dictionary from pairs; a repeated key keeps its first position and its last value.
    public init(_ pairs: [(Value, Value)]) {
        for (key, value) in pairs { self[key] = value }
    }

    /// The number of entries.
    public var count: Int { keys.count }

    /// The value stored for `key`, or nil; setting nil removes the entry.
    public subscript(key: Value) -> Value? {
        get { index[key].map { values[$0] } }
        set {
            if let position = index[key] {
                if let newValue {
                    values[position] = newValue
                } else {
                    keys.remove(at: position)
                    values.remove(at: position)
                    index = [:]
                    for (i, k) in keys.enumerated() { index[k] = i }
                }
            } else if let newValue {
                index[key] = keys.count
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    /// Modifies the entry for `key` in place, keeping its position. `body` sees the entry as
    /// an optional (`.some(v)`, or `.none` when missing), or as `defaultValue` when one is
    /// given; afterwards `.none` removes the entry and anything else is stored (unwrapped).
    mutating func modifyEntry<R>(_ key: Value, default defaultValue: Value? = nil, _ body: (inout Value) throws -> R) rethrows -> R {
        var element: Value
        if let position = index[key] {
            element = defaultValue == nil ? .some(values[position]) : values[position]
            values[position] = .void
        } else {
            element = defaultValue ?? .none
        }
        defer {
            switch element {
            case .none where defaultValue == nil: self[key] = nil
            case .some(let inner) where defaultValue == nil: self[key] = inner
            default: self[key] = element
            }
        }
        return try body(&element)
    }

    /// The entries as `(key, value)` pairs, in order.
    public var pairs: [(key: Value, value: Value)] {
        zip(keys, values).map { (key: $0, value: $1) }
    }

    /// Equal when they hold the same keys with equal values, in any order (as Swift).
    public static func == (a: DictionaryValue, b: DictionaryValue) -> Bool {
        guard a.count == b.count else { return false }
        for (key, value) in zip(a.keys, a.values) {
            guard let other = b[key], other == value else { return false }
        }
        return true
    }

    /// Hashes the entry count only, so that equal dictionaries in different orders agree.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
    }
}
