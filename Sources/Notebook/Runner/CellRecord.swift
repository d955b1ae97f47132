import CellLanguage

/// What happened when one cell ran: its printed output, result, figures, error and time.
public struct CellRecord: Sendable {
    /// How the cell ended.
    public enum Status: String, Sendable {
        /// Ran to the end without error.
        case succeeded
        /// Failed (an error, a timeout, or an `expect-error` cell that did not fail).
        case failed
        /// Failed, as its `expect-error: true` option said it must.
        case failedAsExpected
        /// Did not run, because an earlier cell failed (without `--keep-going`).
        case notRun
    }

    /// The cell.
    public let cell: Cell
    /// How it ended.
    public var status: Status
    /// Everything it printed, in order.
    public var output: String
    /// Its result — the last expression's value as a Swift REPL shows it — or nil.
    public var result: String?
    /// The figures it showed, in order.
    public var figures: [SavedFigure]
    /// The errors it stopped with (also for `failedAsExpected`); empty when it succeeded.
    /// Usually one; a cell with several syntax errors has them all.
    public var errors: [Diagnostic]

    /// The first error, the one JSON output and summaries show.
    public var error: Diagnostic? { errors.first }
    /// Wall-clock seconds it ran.
    public var seconds: Double
    /// The last progress report of its long-running work, if any (the report shows it as a
    /// summary; intermediate reports are never kept).
    public var lastProgress: ProgressEvent?

    /// A cell that has not run.
    public init(notRun cell: Cell) {
        self.cell = cell
        status = .notRun
        output = ""
        result = nil
        figures = []
        errors = []
        seconds = 0
        lastProgress = nil
    }

    /// True unless the cell failed when it should not have.
    public var isOK: Bool { status != .failed }
}

/// A figure a cell showed, as saved under the figures directory.
public struct SavedFigure: Equatable, Sendable {
    /// The file the report shows (the PNG), as a path relative to the working directory
    /// when the figures directory is.
    public let displayPath: String
    /// Every file written for the figure (PNG, SVG, …), the displayed one first.
    public let paths: [String]
}
