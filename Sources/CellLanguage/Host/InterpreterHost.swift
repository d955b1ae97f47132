/// What the interpreter needs from the world: it owns no I/O and asks its host instead, as
/// Wren's `WrenConfiguration` does. The notebook runner, the REPL and the tests are hosts.
///
/// All calls come from the thread running the cell. `isCancelled` is polled at loop
/// back-edges and function calls (every few hundred of them, so it must be cheap: read a flag
/// that a SIGINT handler or a timer sets).
public protocol InterpreterHost: AnyObject {
    /// Appends printed text to the running cell's output (`print` writes here, newline
    /// included).
    func write(_ text: String)
    /// True once the running cell should stop (Ctrl-C). The cell then fails with
    /// "interrupted" and the environment is rolled back to before the cell.
    var isCancelled: Bool { get }
    /// Receives progress from long-running native work (training, t-SNE, …). A terminal host
    /// draws a bar, a CI host a line every few seconds, a report host keeps only the last.
    func progress(_ event: ProgressEvent)
    /// Shows a figure under the running cell: the host saves its files and records them.
    func show(_ figure: any FigureObject)
}

extension InterpreterHost {
    /// Progress is ignored unless the host wants it.
    public func progress(_ event: ProgressEvent) {}
    /// Figures are ignored unless the host wants them.
    public func show(_ figure: any FigureObject) {}
}

/// A progress report from long-running native work: step `step` of `total`, a message, and
/// named metrics (loss, accuracy, …) in the order given.
public struct ProgressEvent: Hashable, Sendable {
    /// One named number, such as `loss = 0.53`.
    public struct Metric: Hashable, Sendable {
        /// The metric's name.
        public var name: String
        /// Its current value.
        public var value: Double

        /// Makes a metric.
        public init(_ name: String, _ value: Double) {
            self.name = name
            self.value = value
        }
    }

    /// Steps done so far (1-based when reporting a finished step).
    public var step: Int
    /// Steps in all, when known.
    public var total: Int?
    /// What is being done: `"distilling"`, `"epoch 3"`.
    public var message: String
    /// Current metrics, in display order.
    public var metrics: [Metric]

    /// Makes an event.
    public init(step: Int, total: Int?, message: String, metrics: [Metric] = []) {
        self.step = step
        self.total = total
        self.message = message
        self.metrics = metrics
    }

    /// Fraction done in 0...1, when the total is known and positive.
    public var fraction: Double? {
        guard let total, total > 0 else { return nil }
        return min(1, max(0, Double(step) / Double(total)))
    }
}
