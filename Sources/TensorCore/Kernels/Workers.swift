import Dispatch
import Foundation

/// How kernels use the machine's cores: either OpenBLAS threads inside one large product, or the
/// batch split across workers that each call single-threaded BLAS. Never both at once, which
/// would oversubscribe the cores.
public enum Workers {
    /// The number of workers a kernel may split its batch across (the core count by default,
    /// at least 1). Set it to 1 to run every kernel on the calling thread.
    nonisolated(unsafe) public static var count: Int = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// Whether a split is running; set and cleared by the thread that starts it, read by the
    /// workers it starts (after the write, which dispatching orders before them).
    nonisolated(unsafe) private static var splitting = false

    /// How many workers `split` uses for `total` items when each should get `minPerWorker`.
    public static func workers(for total: Int, minPerWorker: Int = 1) -> Int {
        splitting ? 1 : max(1, min(count, total / max(1, minPerWorker)))
    }

    /// Splits `0..<total` into `workers(for:minPerWorker:)` contiguous, nearly equal ranges and
    /// runs `body(worker, range)` for each concurrently; returns when all are done.
    ///
    /// OpenBLAS is single-threaded while the workers run (restored after), so each worker's
    /// products stay on its core. With one range, `body` runs on the calling thread and BLAS
    /// keeps its thread count.
    ///
    /// A split inside a worker (a kernel called from another kernel's worker) runs on its
    /// caller's thread as one range: the cores are already busy.
    public static func split(_ total: Int, minPerWorker: Int = 1, _ body: (_ worker: Int, _ range: Range<Int>) -> Void) {
        let workers = workers(for: total, minPerWorker: minPerWorker)
        guard workers > 1 else {
            if total > 0 { body(0, 0..<total) }
            return
        }
        let saved = BLAS.threads
        BLAS.threads = 1
        splitting = true
        defer {
            splitting = false
            BLAS.threads = saved
        }
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            body(w, (total * w / workers)..<(total * (w + 1) / workers))
        }
    }
}
