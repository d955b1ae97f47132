import CellLanguage

/// Options written as leading-dot symbols (`.log`, `.instance`, `.dashed`): the value a symbol
/// names among a fixed list, with a message listing the choices when it names none.
enum SymbolChoice {
    /// The option `value` names; `fallback` when `value` is nil and a fallback is given.
    /// - Throws: a `CellError` listing the choices for an unknown symbol or a non-symbol.
    static func pick<T>(_ value: Value, _ what: String, default fallback: T? = nil, _ choices: [(String, T)]) throws -> T {
        let list = choices.map { "." + $0.0 }.joined(separator: ", ")
        switch value.unwrapped {
        case nil:
            if let fallback { return fallback }
            throw CellError("a \(what) is needed; use one of \(list)")
        case .symbol(let name)?:
            if let match = choices.first(where: { $0.0 == name }) { return match.1 }
            throw CellError("unknown \(what) .\(name); use one of \(list)")
        default:
            throw CellError("a \(what) is a symbol (\(list)), not \(value.typeName)")
        }
    }
}
