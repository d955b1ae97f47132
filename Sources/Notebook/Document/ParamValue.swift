import CellLanguage
import Foundation

/// The value of a notebook parameter: a front-matter default or a `--param` override.
///
/// Parameters are plain data (numbers, flags, text, lists of them); the runner turns each
/// into a constant of the cell language before the first cell runs.
public enum ParamValue: Equatable, Sendable {
    /// A 64-bit integer (`ipc: 10`).
    case int(Int)
    /// A floating-point number (`lr: 0.01`).
    case double(Double)
    /// A flag (`quick: false`).
    case bool(Bool)
    /// Text (`dataset: fashion`).
    case string(String)
    /// A list of values (`sizes: [1, 10, 50]`).
    case list([ParamValue])

    /// The Swift type name the cell language uses for this value (`Int`, `[Double]`, …).
    public var typeName: String { cellValue.typeName }

    /// The parameter as a value of the cell language (what the cells see).
    public var cellValue: Value {
        switch self {
        case .int(let value): return .int(value)
        case .double(let value): return .double(value)
        case .bool(let value): return .bool(value)
        case .string(let value): return .string(value)
        case .list(let items): return .array(items.map(\.cellValue))
        }
    }

    /// Parses command-line text as a value of this value's type (`--param ipc=50` when the
    /// default is `10` gives `.int(50)`). Strings are taken verbatim; an `Int` is accepted
    /// where a `Double` is expected; lists are written as `[1, 2, 3]`.
    /// - Throws: `ParamError.wrongType` naming the expected type when the text does not parse.
    public func parsingOverride(_ text: String, name: String) throws -> ParamValue {
        if case .string = self { return .string(text) }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let parsed = converted(trimmed) else {
            throw ParamError.wrongType(name: name, text: text, expected: typeName)
        }
        return parsed
    }

    private func converted(_ text: String) -> ParamValue? {
        switch self {
        case .int:
            return Int(text.replacingOccurrences(of: "_", with: "")).map(ParamValue.int)
        case .double:
            return Double(text.replacingOccurrences(of: "_", with: "")).map(ParamValue.double)
        case .bool:
            switch text {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return nil
            }
        case .string:
            return .string(text)
        case .list(let defaults):
            guard text.hasPrefix("["), text.hasSuffix("]") else { return nil }
            let inner = text.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
            if inner.isEmpty { return .list([]) }
            let parts = inner.split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard let template = defaults.first else {
                return .list(parts.map(ParamValue.inferred))
            }
            var items: [ParamValue] = []
            for part in parts {
                guard let item = template.converted(template.unquoted(part)) else { return nil }
                items.append(item)
            }
            return .list(items)
        }
    }

    private func unquoted(_ text: String) -> String {
        guard case .string = self, text.count >= 2, let first = text.first, first == text.last,
              first == "\"" || first == "'" else { return text }
        return String(text.dropFirst().dropLast())
    }

    /// The most specific value for untyped text: Int, then Double, then Bool, else String.
    static func inferred(_ text: String) -> ParamValue {
        if let int = Int(text) { return .int(int) }
        if let double = Double(text) { return .double(double) }
        if text == "true" || text == "false" { return .bool(text == "true") }
        return .string(text)
    }
}

extension ParamValue: CustomStringConvertible {
    /// The value written as a cell-language literal (`10`, `0.5`, `"fashion"`, `[1, 2]`).
    public var description: String {
        switch self {
        case .int(let value): return String(value)
        case .double(let value): return String(value)
        case .bool(let value): return String(value)
        case .string(let value): return "\"\(value)\""
        case .list(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
        }
    }
}

/// A notebook parameter given on the command line that cannot be used.
public enum ParamError: Error, Equatable, CustomStringConvertible {
    /// `--param` text without `=`.
    case malformed(String)
    /// `--param` names a parameter the front matter does not declare.
    case unknown(name: String, known: [String])
    /// The override does not parse as the type of the parameter's default.
    case wrongType(name: String, text: String, expected: String)

    /// The message, saying what to write instead.
    public var description: String {
        switch self {
        case .malformed(let text):
            return "'--param \(text)' is not of the form NAME=VALUE; write for example '--param ipc=10'"
        case .unknown(let name, let known):
            if known.isEmpty {
                return "the notebook declares no parameter '\(name)'; declare it under 'params:' in the front matter"
            }
            let hint = NameSuggestions.closest(to: name, among: known).map { "did you mean '\($0)'? " } ?? ""
            return "the notebook declares no parameter '\(name)'; \(hint)its parameters are "
                + known.map { "'\($0)'" }.joined(separator: ", ")
        case .wrongType(let name, let text, let expected):
            return "parameter '\(name)' is \(expected == "Int" ? "an" : "a") \(expected) (from its default); "
                + "'\(text)' is not \(expected == "Int" ? "an" : "a") \(expected)"
        }
    }
}
