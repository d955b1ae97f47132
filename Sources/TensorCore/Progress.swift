/// One report from long-running work (training, distillation, t-SNE, sweeps): how far it is,
/// out of how much, and what it currently measures.
public struct ProgressEvent: Equatable {
    /// Steps done so far (1-based once the first step ends).
    public var step: Int
    /// Steps in all, or 0 when unknown.
    public var total: Int
    /// What is being done, e.g. "epoch 3/10".
    public var message: String
    /// Named measurements in display order, e.g. `[("loss", 0.41), ("acc", 0.87)]`.
    public var metrics: [Metric]

    /// A named measurement.
    public struct Metric: Equatable {
        public var name: String
        public var value: Double
        public init(_ name: String, _ value: Double) {
            self.name = name
            self.value = value
        }
    }

    public init(step: Int, total: Int, message: String = "", metrics: [Metric] = []) {
        self.step = step
        self.total = total
        self.message = message
        self.metrics = metrics
    }
}

/// Thrown by long-running work that stopped because it was asked to (Ctrl-C, a cell timeout).
public struct WorkCancelled: Error, CustomStringConvertible {
    public init() {}
    public var description: String { "interrupted" }
}

/// Where long-running work reports progress and learns that it should stop.
///
/// Work calls `report` after each step and `checkCancellation()` at safe points (between
/// steps, never inside a kernel). The notebook runner turns reports into a live bar on a
/// terminal and a line every few seconds elsewhere; a SIGINT handler only sets the flag that
/// `isCancelled` reads.
public struct ProgressContext {
    private let onEvent: (ProgressEvent) -> Void
    private let cancelled: () -> Bool

    public init(report: @escaping (ProgressEvent) -> Void = { _ in }, isCancelled: @escaping () -> Bool = { false }) {
        self.onEvent = report
        self.cancelled = isCancelled
    }

    /// Reports nothing and never cancels: for tests and library callers that don't care.
    public static let silent = ProgressContext()

    /// Sends one progress event.
    public func report(_ event: ProgressEvent) { onEvent(event) }

    /// Sends one progress event built from its parts.
    public func report(step: Int, total: Int, message: String = "", metrics: [ProgressEvent.Metric] = []) {
        onEvent(ProgressEvent(step: step, total: total, message: message, metrics: metrics))
    }

    /// Whether the work has been asked to stop.
    public var isCancelled: Bool { cancelled() }

    /// Throws `WorkCancelled` when the work has been asked to stop.
    public func checkCancellation() throws {
        if cancelled() { throw WorkCancelled() }
    }
}
