/// What a native function may use besides its arguments: progress reporting, cancellation,
/// the run's random generator, output, figures, and calls back into the language (to apply
/// a closure the user passed).
///
/// A context is valid only during the call it was given to, and only on the thread that
/// call runs on: the interpreter is single-threaded, so native code that fans work out to
/// worker threads must call back into the language, draw random numbers and report progress
/// from the calling thread.
public struct CallContext {
    let runtime: any NativeRuntime

    init(runtime: any NativeRuntime) {
        self.runtime = runtime
    }

    /// The run's generator (seeded from the front matter, `--seed`, or `seed(_:)`).
    public var random: RunGenerator { runtime.random }

    /// True once the host asked the cell to stop; long loops should check it every step.
    public var isCancelled: Bool { runtime.isCancelled }

    /// Throws the cancellation error when the host asked the cell to stop (Ctrl-C or the
    /// cell's timeout). Call it between steps of long work.
    public func checkCancellation() throws {
        try runtime.checkCancellation()
    }

    /// Reports progress of long work to the host.
    public func progress(step: Int, total: Int?, message: String, metrics: [ProgressEvent.Metric] = []) {
        runtime.host.progress(ProgressEvent(step: step, total: total, message: message, metrics: metrics))
    }

    /// Writes text to the cell's output (as `print` does, without adding a newline).
    public func write(_ text: String) {
        runtime.host.write(text)
    }

    /// Shows a figure under the running cell (the host saves it).
    public func show(_ figure: any FigureObject) {
        runtime.host.show(figure)
    }

    /// Calls a language function value (a closure the user passed) with positional
    /// arguments; its errors propagate with their own locations.
    public func call(_ function: Value, _ arguments: [Value]) throws -> Value {
        try runtime.callValue(function, arguments)
    }
}

/// The interpreter's side of `CallContext` (internal: natives see only `CallContext`).
protocol NativeRuntime: AnyObject {
    var host: any InterpreterHost { get }
    var random: RunGenerator { get }
    var isCancelled: Bool { get }
    func checkCancellation() throws
    func callValue(_ function: Value, _ arguments: [Value]) throws -> Value
}
