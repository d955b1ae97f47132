/// A runnable cell: a top-level fenced code block whose info string starts with `swift` or
/// `retort`, with its options read and removed.
///
/// Two texts: `code` is what the report shows (cmark-gfm's content, the fence's indentation
/// removed), `source` is what runs: the notebook's own lines, so that every line and column
/// the interpreter reports is already a position in the notebook file (indentation is not
/// significant in the language). Code line `k` (1-based) is notebook line
/// `firstCodeLine + k - 1`.
public struct Cell: Equatable, Sendable {
    /// Position among the notebook's runnable cells, from 0.
    public let index: Int
    /// The first word of the info string: `swift` or `retort`.
    public let language: String
    /// The notebook line of the opening fence (1-based): where the cell begins.
    public let fenceLine: Int
    /// The notebook line of the first line of `code` (after the option lines).
    public let firstCodeLine: Int
    /// The code to display, without option lines or fence indentation; lines end in "\n".
    public let code: String
    /// The code to run: the notebook lines from `firstCodeLine` to the closing fence,
    /// exactly as written; lines end in "\n".
    public let source: String
    /// The options from the leading `//|` lines.
    public let options: CellOptions

    /// The cell's label, if it has one.
    public var label: String? { options.label }

    /// The notebook line of `code`'s 1-based line `line`.
    public func notebookLine(ofCodeLine line: Int) -> Int {
        firstCodeLine + line - 1
    }

    /// The cell with new code (say, from an editor in step mode): shown and run as given,
    /// placed where the cell is, with the same options.
    public func replacingCode(_ newCode: String) -> Cell {
        let code = newCode.hasSuffix("\n") || newCode.isEmpty ? newCode : newCode + "\n"
        return Cell(index: index, language: language, fenceLine: fenceLine, firstCodeLine: firstCodeLine, code: code,
                    source: code, options: options)
    }

    /// The info-string words that make a fenced block a runnable cell.
    public static let languages: Set<String> = ["swift", "retort"]
}

/// Markdown between cells, as written in the notebook (front matter excluded).
public struct Prose: Equatable, Sendable {
    /// The notebook lines it spans (1-based, inclusive), blank lines at either end dropped.
    public let lines: ClosedRange<Int>
    /// Its Markdown source.
    public let markdown: String
}

/// One piece of a notebook, in file order.
public enum NotebookBlock: Equatable, Sendable {
    /// Markdown to show (it may contain display-only code blocks such as ```` ```text ````).
    case prose(Prose)
    /// A cell to run.
    case cell(Cell)
}
