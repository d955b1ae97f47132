import CellLanguage
import Foundation

/// The options of a cell, written as its leading `//| key: value` lines (as Quarto does).
///
/// ```swift
/// //| label: init
/// //| echo: false
/// ```
/// Keys: `label` (a name for the cell, used for its figures), `echo` (show the code in the
/// report, default true), `output` (show printed output and result, default true),
/// `expect-error` (the cell must fail; the run goes on, default false), `timeout` (seconds,
/// after which the cell is cancelled).
public struct CellOptions: Equatable, Sendable {
    /// The cell's label, or nil.
    public var label: String?
    /// Whether the report shows the cell's code.
    public var echo: Bool
    /// Whether the report and `retort run` show the cell's printed output and result.
    public var output: Bool
    /// Whether the cell is expected to fail (a cell marked so that succeeds is an error).
    public var expectError: Bool
    /// The most seconds the cell may run before it is cancelled, or nil for no limit.
    public var timeout: Double?

    /// The defaults: no label, echo and output on, no expected error, no timeout.
    public init(label: String? = nil, echo: Bool = true, output: Bool = true, expectError: Bool = false,
                timeout: Double? = nil) {
        self.label = label
        self.echo = echo
        self.output = output
        self.expectError = expectError
        self.timeout = timeout
    }

    /// The option keys a cell may set.
    public static let keys = ["label", "echo", "output", "expect-error", "timeout"]

    /// Reads the leading option lines of a cell's code.
    /// - Parameters:
    ///   - lines: the cell's code lines, as written in the notebook.
    ///   - firstLine: the notebook line of `lines[0]`.
    /// - Returns: the options, how many leading lines were option lines, and every problem
    ///   found in them (unknown key, bad value, missing colon).
    static func parse(lines: [Substring], firstLine: Int)
        -> (options: CellOptions, count: Int, problems: [NotebookProblem])
    {
        var options = CellOptions()
        var problems: [NotebookProblem] = []
        var count = 0
        for (offset, line) in lines.enumerated() {
            let leading = line.prefix(while: { $0 == " " || $0 == "\t" })
            let rest = line.dropFirst(leading.count)
            guard rest.hasPrefix("//|") else { break }
            count += 1
            let lineNumber = firstLine + offset
            let column = leading.count + 1
            do {
                try options.apply(String(rest.dropFirst(3)), line: lineNumber, column: column)
            } catch {
                problems.append(error)
            }
        }
        return (options, count, problems)
    }

    /// Applies one option line's text (after `//|`); `column` is where `//|` starts.
    private mutating func apply(_ text: String, line: Int, column: Int) throws(NotebookProblem) {
        let textColumn = column + 3
        let keyStart = textColumn + text.prefix(while: { $0 == " " }).count
        guard let colon = text.firstIndex(of: ":") else {
            throw NotebookProblem("a cell option is written '//| key: value', like '//| label: init'",
                                  line: line, column: column, length: 3 + text.count)
        }
        let key = text[..<colon].trimmingCharacters(in: .whitespaces)
        let rawValue = text[text.index(after: colon)...]
        let value = rawValue.trimmingCharacters(in: .whitespaces)
        let valueColumn = textColumn + text.distance(from: text.startIndex, to: colon) + 1
            + rawValue.prefix(while: { $0 == " " }).count
        func bad(_ message: String) -> NotebookProblem {
            NotebookProblem(message, line: line, column: valueColumn, length: value.count)
        }
        switch key {
        case "label":
            guard !value.isEmpty else { throw bad("'label' needs a name, like '//| label: init'") }
            label = Self.unquoted(value)
        case "echo":
            guard let flag = Self.flag(value) else { throw bad("'echo' is true or false, not '\(value)'") }
            echo = flag
        case "output":
            guard let flag = Self.flag(value) else { throw bad("'output' is true or false, not '\(value)'") }
            output = flag
        case "expect-error":
            guard let flag = Self.flag(value) else { throw bad("'expect-error' is true or false, not '\(value)'") }
            expectError = flag
        case "timeout":
            guard let seconds = Double(value), seconds > 0, seconds.isFinite else {
                throw bad("'timeout' is a positive number of seconds, like '//| timeout: 30'")
            }
            timeout = seconds
        default:
            let hint = NameSuggestions.closest(to: key, among: Self.keys).map { "did you mean '\($0)'? " } ?? ""
            throw NotebookProblem(
                "unknown cell option '\(key)'; \(hint)the options are "
                    + Self.keys.map { "'\($0)'" }.joined(separator: ", "),
                line: line, column: keyStart, length: key.count)
        }
    }

    private static func flag(_ text: String) -> Bool? {
        switch text {
        case "true", "yes": return true
        case "false", "no": return false
        default: return nil
        }
    }

    private static func unquoted(_ text: String) -> String {
        guard text.count >= 2, let first = text.first, first == text.last, first == "\"" || first == "'" else {
            return text
        }
        return String(text.dropFirst().dropLast())
    }
}
