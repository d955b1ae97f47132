#if canImport(Glibc)
import Glibc
#endif

/// Process-wide tuning of the C allocator for large tensors.
///
/// glibc serves every allocation above a threshold (at most 32 MB) with a fresh `mmap` and
/// returns it to the system on free, so each new large tensor page-faults all of its memory
/// again: measured here, a 134 MB tensor (the first conv layer's output for a batch of 256)
/// costs ~47 ms to fault in against ~5 ms to fill once the memory is reused. PyTorch on CPU
/// pays the same cost.
public enum Allocator {
    /// Makes glibc serve large blocks from its heap and keep freed memory for reuse
    /// (`mallopt(M_MMAP_MAX, 0)`, `mallopt(M_TRIM_THRESHOLD, INT_MAX)`). Call once at process
    /// start (the executables do); the process's resident memory then stays at its peak.
    /// Returns whether the allocator accepted the settings (false off glibc).
    @discardableResult
    public static func retainFreedMemory() -> Bool {
        #if canImport(Glibc)
        // mallopt is declared in <malloc.h>, which the Glibc module does not export.
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return false }
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        let mmapMax: Int32 = -4, trimThreshold: Int32 = -1
        return mallopt(mmapMax, 0) == 1 && mallopt(trimThreshold, Int32.max) == 1
        #else
        return false
        #endif
    }
}
