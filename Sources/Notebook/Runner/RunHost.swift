import CellLanguage

/// The interpreter's host during a notebook run: collects each cell's printed output (and
/// passes it on as it comes, for `retort run` to stream), forwards progress to the display
/// while keeping only the last event for the report, and saves shown figures.
final class RunHost: InterpreterHost {
    private let figureStore: FigureStore
    private let display: ProgressDisplay
    private let onOutput: (Cell, String) -> Void
    private let cancellation: () -> Bool
    private var cell: Cell?

    /// The running cell's output so far.
    private(set) var output = ""
    /// The running cell's figures so far.
    private(set) var figures: [SavedFigure] = []
    /// The running cell's last progress event.
    private(set) var lastProgress: ProgressEvent?
    /// Figures that could not be saved, as messages (reported as the cell's error).
    private(set) var figureErrors: [String] = []

    init(figureStore: FigureStore, display: ProgressDisplay, isCancelled: @escaping () -> Bool,
         onOutput: @escaping (Cell, String) -> Void) {
        self.figureStore = figureStore
        self.display = display
        self.cancellation = isCancelled
        self.onOutput = onOutput
    }

    /// Starts collecting for `cell`.
    func begin(_ cell: Cell) {
        self.cell = cell
        output = ""
        figures = []
        lastProgress = nil
        figureErrors = []
        display.begin(cell)
    }

    /// Stops collecting.
    func end() {
        display.end()
        cell = nil
    }

    func write(_ text: String) {
        output += text
        display.clear()
        if let cell { onOutput(cell, text) }
    }

    /// What the session's owner says: the REPL's and step mode's Ctrl-C flag, else never
    /// (a cell's timeout is the interpreter's, and Ctrl-C ends `retort run` outright).
    var isCancelled: Bool { cancellation() }

    func progress(_ event: ProgressEvent) {
        lastProgress = event
        display.report(event)
    }

    func show(_ figure: any FigureObject) {
        guard let cell else { return }
        do {
            figures.append(try figureStore.save(figure, from: cell))
        } catch {
            figureErrors.append("the figure could not be saved: \(error)")
        }
    }
}
