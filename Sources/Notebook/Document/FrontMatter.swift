import Foundation
import Yams

/// The YAML front matter of a notebook: the block between a first line `---` and the next
/// line `---` (or `...`).
///
/// Known keys: `title` (text), `seed` (a non-negative integer, default 0) and `params` (a
/// mapping from parameter names to default values). Other keys (author, date, …) are
/// allowed and ignored.
public struct FrontMatter: Equatable, Sendable {
    /// The notebook's title, if given.
    public var title: String?
    /// The seed of the run's generator when `--seed` is not given.
    public var seed: UInt64
    /// The parameters with their default values, in the order written.
    public var params: [(name: String, value: ParamValue)]
    /// The last line of the front matter (its closing `---`), or 0 when there is none.
    public var endLine: Int

    /// No front matter: no title, seed 0, no parameters.
    public init(title: String? = nil, seed: UInt64 = 0, params: [(name: String, value: ParamValue)] = [], endLine: Int = 0) {
        self.title = title
        self.seed = seed
        self.params = params
        self.endLine = endLine
    }

    public static func == (lhs: FrontMatter, rhs: FrontMatter) -> Bool {
        lhs.title == rhs.title && lhs.seed == rhs.seed && lhs.endLine == rhs.endLine
            && lhs.params.map(\.name) == rhs.params.map(\.name)
            && lhs.params.map(\.value) == rhs.params.map(\.value)
    }

    /// The parameters after applying `NAME=VALUE` overrides (from `--param`), each parsed as
    /// the type of the parameter's default.
    /// - Throws: `ParamError` for text without `=`, an undeclared name, or a value of the
    ///   wrong type.
    public func params(overriddenBy overrides: [String]) throws -> [(name: String, value: ParamValue)] {
        var result = params
        for text in overrides {
            guard let equals = text.firstIndex(of: "=") else { throw ParamError.malformed(text) }
            let name = text[..<equals].trimmingCharacters(in: .whitespaces)
            let valueText = String(text[text.index(after: equals)...])
            guard let index = result.firstIndex(where: { $0.name == name }) else {
                throw ParamError.unknown(name: name, known: params.map(\.name))
            }
            result[index].value = try result[index].value.parsingOverride(valueText, name: name)
        }
        return result
    }

    /// Splits `lines` (the whole notebook) into front matter and the line where Markdown
    /// begins. A notebook whose first line is not `---` has no front matter.
    /// - Throws: `NotebookProblem` for an unclosed block, invalid YAML, or a key of the
    ///   wrong type, at its line in the notebook file.
    static func parse(lines: [Substring]) throws -> FrontMatter {
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else { return FrontMatter() }
        guard let closing = lines.indices.dropFirst().first(where: {
            let line = lines[$0].trimmingTrailingSpaces
            return line == "---" || line == "..."
        }) else {
            throw NotebookProblem(
                "the front matter that opens on line 1 is never closed; end it with a line '---'",
                line: 1, length: 3)
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw Self.problem(from: error)
        }
        var matter = FrontMatter(endLine: closing + 1)
        guard let root else { return matter }
        guard let mapping = root.mapping else {
            throw NotebookProblem("the front matter must be a YAML mapping of keys to values (title:, seed:, params:)",
                                  line: 2)
        }
        for (keyNode, valueNode) in mapping {
            let line = Self.line(of: valueNode)
            switch keyNode.string {
            case "title":
                matter.title = valueNode.string
            case "seed":
                guard let seed = valueNode.int, seed >= 0 else {
                    throw NotebookProblem("'seed' must be a non-negative integer, like 'seed: 7'", line: line,
                                          column: Self.column(of: valueNode))
                }
                matter.seed = UInt64(seed)
            case "params":
                matter.params = try Self.params(valueNode)
            default:
                continue
            }
        }
        return matter
    }

    private static func params(_ node: Node) throws -> [(name: String, value: ParamValue)] {
        if case .scalar = node, node.tag == Tag(.null) { return [] }
        guard let mapping = node.mapping else {
            throw NotebookProblem("'params' must map names to default values, like 'params: {ipc: 10}'",
                                  line: line(of: node), column: column(of: node))
        }
        var params: [(name: String, value: ParamValue)] = []
        for (keyNode, valueNode) in mapping {
            let name = keyNode.string ?? ""
            guard Self.isIdentifier(name) else {
                throw NotebookProblem("parameter name '\(name)' is not an identifier; use letters, digits and '_'",
                                      line: line(of: keyNode), column: column(of: keyNode), length: name.count)
            }
            guard let value = Self.value(valueNode) else {
                throw NotebookProblem(
                    "parameter '\(name)' needs a default that is a number, true/false, text or a list of them",
                    line: line(of: valueNode), column: column(of: valueNode))
            }
            params.append((name, value))
        }
        return params
    }

    private static func value(_ node: Node) -> ParamValue? {
        switch node {
        case .scalar(let scalar):
            switch node.tag {
            case Tag(.int): return node.int.map(ParamValue.int)
            case Tag(.float): return node.float.map(ParamValue.double)
            case Tag(.bool): return node.bool.map(ParamValue.bool)
            case Tag(.null): return nil
            default: return .string(scalar.string)
            }
        case .sequence(let sequence):
            var items: [ParamValue] = []
            for element in sequence {
                guard let item = value(element) else { return nil }
                if case .list = item { return nil }
                items.append(item)
            }
            return .list(items)
        default:
            return nil
        }
    }

    private static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.first, first.isLetter || first == "_" else { return false }
        return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }

    /// YAML marks count from 1 within the YAML text, which starts on notebook line 2.
    private static func line(of node: Node) -> Int { (node.mark?.line ?? 1) + 1 }
    private static func column(of node: Node) -> Int { node.mark?.column ?? 1 }

    private static func problem(from error: YamlError) -> NotebookProblem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return NotebookProblem("the front matter is not valid YAML: \(problem)",
                                   line: mark.line + 1, column: max(1, mark.column))
        default:
            return NotebookProblem("the front matter is not valid YAML: \(error)", line: 2)
        }
    }
}

extension Substring {
    /// The line without trailing spaces and tabs (and a trailing carriage return).
    var trimmingTrailingSpaces: Substring {
        var line = self
        while let last = line.last, last == " " || last == "\t" || last == "\r" { line = line.dropLast() }
        return line
    }
}
