import Foundation

/// Reusable work buffers for kernels (im2col column matrices, gathered gradient chunks, per-worker
/// accumulators), so hot loops allocate nothing after the first call of a given size.
///
/// A buffer is taken for the duration of a closure and returned afterwards; the pool is
/// thread-safe, so each worker of a split kernel takes its own. Buffers are 64-byte aligned and
/// hold uninitialised values. Buffers larger than `keepLimit` floats are freed instead of kept.
final class ScratchPool: @unchecked Sendable {
    /// The pool shared by every kernel of the process.
    static let shared = ScratchPool()

    /// Buffers above this many floats (256 MB) are returned to the system after use.
    let keepLimit = 64 << 20

    private var free: [UnsafeMutableBufferPointer<Float>] = []
    private let lock = NSLock()

    /// Runs `body` with a buffer of at least `count` floats, uninitialised.
    func withBuffer<R>(count: Int, _ body: (UnsafeMutablePointer<Float>) throws -> R) rethrows -> R {
        let buffer = take(count)
        defer { give(buffer) }
        return try body(buffer.baseAddress!)
    }

    /// Runs `body` with a buffer of at least `count` floats, all zero.
    func withZeroedBuffer<R>(count: Int, _ body: (UnsafeMutablePointer<Float>) throws -> R) rethrows -> R {
        try withBuffer(count: count) { p in
            p.initialize(repeating: 0, count: count)
            return try body(p)
        }
    }

    private func take(_ count: Int) -> UnsafeMutableBufferPointer<Float> {
        let needed = max(count, 16)
        lock.lock()
        defer { lock.unlock() }
        // The smallest kept buffer that is large enough, else a fresh one.
        var best: Int? = nil
        for (i, b) in free.enumerated() where b.count >= needed {
            if best == nil || b.count < free[best!].count { best = i }
        }
        if let best { return free.remove(at: best) }
        let raw = UnsafeMutableRawPointer.allocate(byteCount: needed * MemoryLayout<Float>.stride, alignment: 64)
        return UnsafeMutableBufferPointer(start: raw.bindMemory(to: Float.self, capacity: needed), count: needed)
    }

    private func give(_ buffer: UnsafeMutableBufferPointer<Float>) {
        lock.lock()
        defer { lock.unlock() }
        if buffer.count > keepLimit || free.count >= 8 {
            // Keep the pool small: drop the new buffer if it is the largest candidate.
            if let smallest = free.indices.min(by: { free[$0].count < free[$1].count }),
               buffer.count <= keepLimit, free[smallest].count < buffer.count {
                UnsafeMutableRawPointer(free[smallest].baseAddress!).deallocate()
                free[smallest] = buffer
            } else {
                UnsafeMutableRawPointer(buffer.baseAddress!).deallocate()
            }
            return
        }
        free.append(buffer)
    }
}
