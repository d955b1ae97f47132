import CellLanguage

/// Something wrong with a notebook file itself (front matter, cell options), found before
/// any cell runs, with its place in the notebook file.
public struct NotebookProblem: Error, Equatable, Sendable {
    /// What is wrong and what to do about it.
    public let message: String
    /// 1-based line in the notebook file.
    public let line: Int
    /// 1-based column (in characters) of the first character at fault.
    public let column: Int
    /// How many characters the caret underline covers (at least 1).
    public let length: Int

    /// A problem at `line`:`column` covering `length` characters.
    public init(_ message: String, line: Int, column: Int = 1, length: Int = 1) {
        self.message = message
        self.line = line
        self.column = column
        self.length = max(1, length)
    }
}

/// A notebook that cannot be run because of problems in its front matter or cell options.
/// Every problem found is listed, in file order.
public struct NotebookLoadError: Error, Sendable {
    /// The notebook's path as given.
    public let path: String
    /// The problems, in the order of their lines.
    public let problems: [NotebookProblem]
    /// The notebook's lines (to show the line of each problem).
    let lines: [String]

    /// The problems as diagnostics in LANGUAGE.md's format, with their source lines.
    public var diagnostics: [Diagnostic] {
        problems.map { problem in
            Diagnostic(message: problem.message, file: path,
                       location: SourceLocation(line: problem.line, column: problem.column),
                       length: problem.length,
                       sourceLine: lines.indices.contains(problem.line - 1) ? lines[problem.line - 1] : "")
        }
    }
}
