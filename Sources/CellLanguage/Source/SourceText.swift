/// The text of one cell together with its place in the notebook file.
///
/// Every position the lexer, parser and interpreter report is an offset into `scalars`
/// (Unicode scalars, not bytes); `location(of:)` turns it into a line and column **in the
/// notebook file** by adding `firstLine - 1` to the line and `columnOffset` to the column.
/// Building one costs O(n) in the length of the text (the scalar array and the line table).
public struct SourceText: Sendable {
    /// The cell's text exactly as written (option lines `//| …` may stay: they are comments).
    public let text: String
    /// The file name diagnostics show, e.g. `Notebooks/demo.md` or `<repl>`.
    public let file: String
    /// The 1-based line in `file` on which the text's first line stands.
    public let firstLine: Int
    /// Columns to add to every column (for cells whose fence is indented); usually 0.
    public let columnOffset: Int
    /// The cell's label (`//| label: init`), shown in call stacks; nil when it has none.
    public let label: String?
    /// The text as Unicode scalars; source offsets index this array.
    let scalars: [Unicode.Scalar]
    /// Offsets in `scalars` at which each line starts (`lineStarts[0] == 0`).
    let lineStarts: [Int]

    /// Wraps a cell's text; `firstLine` is the line of the notebook file holding the text's
    /// first line (the line after the opening fence).
    public init(_ text: String, file: String = "<cell>", firstLine: Int = 1, columnOffset: Int = 0, label: String? = nil) {
        self.text = text
        self.file = file
        self.firstLine = firstLine
        self.columnOffset = columnOffset
        self.label = label
        let scalars = Array(text.unicodeScalars)
        var starts = [0]
        for (i, s) in scalars.enumerated() where s == "\n" { starts.append(i + 1) }
        self.scalars = scalars
        self.lineStarts = starts
    }

    /// The 0-based line index (within this text) holding `offset`.
    func lineIndex(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The notebook-file line and column (both 1-based) of a scalar offset.
    public func location(of offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, scalars.count))
        let line = lineIndex(of: clamped)
        return SourceLocation(line: firstLine + line, column: clamped - lineStarts[line] + 1 + columnOffset)
    }

    /// The text of the line holding `offset`, without its newline.
    public func lineText(containing offset: Int) -> String {
        let line = lineIndex(of: max(0, min(offset, scalars.count)))
        let start = lineStarts[line]
        var end = start
        while end < scalars.count && scalars[end] != "\n" && scalars[end] != "\r" { end += 1 }
        return Self.string(scalars[start..<end])
    }

    /// The text between two scalar offsets (clamped to the text).
    public func slice(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        return Self.string(scalars[lower..<upper])
    }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}

/// A 1-based line and column in the notebook file; the column counts Unicode scalars.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The 1-based line in the notebook file.
    public var line: Int
    /// The 1-based column of the first character of the token or expression.
    public var column: Int

    /// Makes a location from a line and a column, both 1-based.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`, as diagnostics print it.
    public var description: String { "\(line):\(column)" }
}

/// A span of a cell's text: scalar offsets `start..<end` into its `SourceText`.
///
/// Every token and AST node carries one; diagnostics turn it into file positions.
public struct SourceRange: Hashable, Sendable {
    /// Offset of the first scalar of the span.
    public var start: Int
    /// Offset just past the last scalar of the span (`end >= start`).
    public var end: Int

    /// Makes the span `start..<end`.
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// The smallest span holding both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(min(start, other.start), max(end, other.end))
    }

    /// The number of scalars spanned.
    public var length: Int { end - start }
}
