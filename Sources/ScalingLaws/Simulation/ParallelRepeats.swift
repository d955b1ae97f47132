import Dispatch
import Foundation

/// Progress of long work: how many of its tasks are done.
public struct WorkProgress: Sendable, Equatable {
    /// Tasks finished so far.
    public let completed: Int
    /// All tasks.
    public let total: Int
}

/// Runs independent tasks on several threads, with progress and cancellation.
///
/// Each task's result goes to its own slot, so the output does not depend on the number of
/// threads or on scheduling: determinism comes from the tasks (each seeds its own generator).
/// `progress` is called after every finished task, serialised under a lock (on a worker
/// thread); `isCancelled` is checked before every task, and the work throws
/// `ScalingLawError.cancelled` once it returns true. The first error thrown by a task stops
/// the remaining tasks and is rethrown.
enum ParallelRepeats {
    static func run<T>(
        count: Int, threads: Int, progress: (@Sendable (WorkProgress) -> Void)?, isCancelled: (@Sendable () -> Bool)?,
        _ task: @Sendable (Int) throws -> T
    ) throws -> [T] {
        let state = ParallelState<T>(count)
        let workers = max(1, min(threads, count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                state.lock.lock()
                if state.failure == nil, isCancelled?() == true { state.failure = ScalingLawError.cancelled }
                guard state.failure == nil, state.next < count else {
                    state.lock.unlock()
                    return
                }
                let index = state.next
                state.next += 1
                state.lock.unlock()
                do {
                    let value = try task(index)
                    state.lock.lock()
                    state.results[index] = value
                    state.completed += 1
                    progress?(WorkProgress(completed: state.completed, total: count))
                    state.lock.unlock()
                } catch {
                    state.lock.lock()
                    if state.failure == nil { state.failure = error }
                    state.lock.unlock()
                }
            }
        }
        if let failure = state.failure { throw failure }
        let results = state.results.compactMap { $0 }
        guard results.count == count else {
            throw ScalingLawError(.noConvergence, "parallel repeats: \(count - results.count) of \(count) tasks produced no result")
        }
        return results
    }

    /// The number of threads to use by default: the machine's active processor count.
    static var defaultThreads: Int { ProcessInfo.processInfo.activeProcessorCount }
}

/// The shared bookkeeping of `ParallelRepeats.run`; every field is read and written under `lock`.
private final class ParallelState<T>: @unchecked Sendable {
    let lock = NSLock()
    var next = 0
    var completed = 0
    var results: [T?]
    var failure: Error?

    init(_ count: Int) { results = Array(repeating: nil, count: count) }
}
