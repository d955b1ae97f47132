import CellLanguage
import Dispatch
import Foundation
import TensorCore

/// The bridges between a cell's `CallContext` and the core's conventions, so that long work
/// shows a live bar, stops on Ctrl-C and draws its random numbers from the run's generator.
extension CallContext {
    /// A `ProgressContext` for core work running on this (the cell's) thread: its reports
    /// become the host's progress events (with `message` in place of the core's, when given)
    /// and its cancellation flag is the cell's.
    func work(_ message: String? = nil) -> ProgressContext {
        ProgressContext(
            report: { event in
                self.progress(
                    step: event.step, total: event.total > 0 ? event.total : nil, message: message ?? event.message,
                    metrics: event.metrics.map { ProgressEvent.Metric($0.name, $0.value) })
            },
            isCancelled: { self.isCancelled })
    }

    /// A fresh core generator seeded from the next 64 bits of the run's generator: the same
    /// notebook seed gives the same stream, and each call gets an independent one.
    func seededGenerator() -> SeededGenerator {
        SeededGenerator(seed: random.next())
    }

    /// A 64-bit seed for core code that seeds itself (the scaling-law simulation): `seed` when
    /// the cell gave one, else the next draw of the run's generator.
    func seed(_ given: Value) -> UInt64 {
        if let explicit = given.unwrapped?.asInt { return UInt64(bitPattern: Int64(explicit)) }
        return random.next()
    }
}

/// Running core work from a cell.
enum Work {
    /// Runs `body`, turning the core's `WorkCancelled` into the cell's cancellation (with the
    /// cell's reason: Ctrl-C or its timeout).
    static func run<T>(_ context: CallContext, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch is WorkCancelled {
            try context.checkCancellation()
            throw CellError.cancelled()
        }
    }

    /// Runs multi-threaded core work (which reports progress and reads its cancellation flag
    /// from worker threads) on a background thread, while the cell's thread forwards the
    /// latest progress to the host every 0.1 s and passes Ctrl-C on. `body` receives a
    /// thread-safe `report(done, total)` and `isCancelled`.
    static func offThread<T>(
        _ context: CallContext, message: String,
        _ body: @escaping (_ report: @escaping @Sendable (Int, Int) -> Void, _ isCancelled: @escaping @Sendable () -> Bool) throws -> T
    ) throws -> T {
        let shared = SharedWork<T>()
        let done = DispatchSemaphore(value: 0)
        let work = { () -> Void in
            let outcome = Result { try body(shared.report, shared.readCancelled) }
            shared.finish(outcome)
            done.signal()
        }
        DispatchQueue.global(qos: .userInitiated).async(execute: work)
        var shown = (done: -1, total: 0)
        while done.wait(timeout: .now() + 0.1) == .timedOut {
            if context.isCancelled { shared.cancel() }
            let latest = shared.latest
            if latest.done != shown.done {
                shown = latest
                context.progress(step: latest.done, total: latest.total, message: message)
            }
        }
        if context.isCancelled || shared.wasCancelled {
            try context.checkCancellation()
            throw CellError.cancelled()
        }
        let final = shared.latest
        if final.done != shown.done { context.progress(step: final.done, total: final.total, message: message) }
        return try shared.outcome!.get()
    }
}

/// The state `Work.offThread` shares between the cell's thread and the workers, under a lock.
private final class SharedWork<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var progress = (done: 0, total: 0)
    private var cancelled = false
    private(set) var outcome: Result<T, Error>?

    var latest: (done: Int, total: Int) { lock.withLock { progress } }
    var wasCancelled: Bool { lock.withLock { cancelled } }

    func report(_ done: Int, _ total: Int) { lock.withLock { progress = (done, total) } }
    func readCancelled() -> Bool { lock.withLock { cancelled } }
    func cancel() { lock.withLock { cancelled = true } }
    func finish(_ result: Result<T, Error>) { lock.withLock { outcome = result } }
}
