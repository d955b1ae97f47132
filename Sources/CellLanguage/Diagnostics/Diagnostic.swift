/// A problem found in a cell — lexical, syntax or run time — as data with a location.
///
/// Diagnostics are built by the lexer, parser and interpreter and rendered once, at the edge,
/// by `DiagnosticRenderer` in LANGUAGE.md's format:
///
/// ```
/// Notebooks/demo.md:14:9: error: cannot find 'ipcs' in scope; did you mean 'ipc'?
///     let r = ipcs * 2
///             ^~~~
/// ```
///
/// `location` is in the notebook file (1-based line and column of the first character of the
/// offending token or expression); `sourceLine` and `length` let a renderer draw the caret
/// line without the source text.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// How bad the problem is.
    public enum Severity: String, Hashable, Sendable {
        /// The cell cannot run (syntax) or stopped (run time).
        case error
        /// Suspicious but harmless.
        case warning
        /// Extra information attached to another diagnostic.
        case note
    }

    /// A secondary message, optionally pointing somewhere else (e.g. "to match this '{'").
    public struct Note: Hashable, Sendable {
        /// The note's text.
        public var message: String
        /// Where it points, when it points somewhere.
        public var location: SourceLocation?

        /// Makes a note.
        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    /// One active call at the time of a run-time error; the stack lists them outermost first.
    public struct Frame: Hashable, Sendable {
        /// What was running: `cell 'init'`, `cell`, or a function's signature `scaled(_:by:)`.
        public var name: String
        /// The point that frame was executing (the call into the next frame, or the error).
        public var location: SourceLocation
        /// The file of `location`.
        public var file: String
        /// When positive, this entry stands for that many frames left out of a very deep
        /// stack (a runaway recursion) rather than for one frame.
        public var skippedCount: Int

        /// Makes a frame.
        public init(name: String, file: String, location: SourceLocation, skippedCount: Int = 0) {
            self.name = name
            self.file = file
            self.location = location
            self.skippedCount = skippedCount
        }
    }

    /// How bad it is.
    public var severity: Severity
    /// The message, lower case as Swift's, including any "; did you mean 'x'?" suggestion.
    public var message: String
    /// The notebook file (or `<repl>`).
    public var file: String
    /// Line and column of the first character of the offending token or expression.
    public var location: SourceLocation
    /// The scalars the caret underline spans (at least 1).
    public var length: Int
    /// The full text of the line at `location.line`, without its newline.
    public var sourceLine: String
    /// Extra notes, rendered after the caret line.
    public var notes: [Note]
    /// The calls active when a run-time error happened, outermost first (innermost last);
    /// empty for errors at the top level of a cell and for syntax errors.
    public var callStack: [Frame]
    /// The label of the cell the error is in, when the cell has one.
    public var cellLabel: String?

    /// Makes a diagnostic from its parts; most code uses `init(_:at:in:)`.
    public init(
        severity: Severity = .error, message: String, file: String, location: SourceLocation,
        length: Int = 1, sourceLine: String, notes: [Note] = [], callStack: [Frame] = [],
        cellLabel: String? = nil
    ) {
        self.severity = severity
        self.message = message
        self.file = file
        self.location = location
        self.length = max(1, length)
        self.sourceLine = sourceLine
        self.notes = notes
        self.callStack = callStack
        self.cellLabel = cellLabel
    }

    /// Makes an error diagnostic for a span of a cell's source.
    public init(_ message: String, at range: SourceRange, in source: SourceText, notes: [Note] = [], severity: Severity = .error) {
        let location = source.location(of: range.start)
        let line = String(repeating: " ", count: source.columnOffset) + source.lineText(containing: range.start)
        let lineRemaining = line.unicodeScalars.count - (location.column - 1)
        self.init(
            severity: severity, message: message, file: source.file, location: location,
            length: min(max(1, range.length), max(1, lineRemaining)), sourceLine: line, notes: notes,
            cellLabel: source.label)
    }

    /// The rendered, uncoloured form (see `DiagnosticRenderer`).
    public var description: String { DiagnosticRenderer().render(self) }
}
