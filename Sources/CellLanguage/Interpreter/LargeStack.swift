#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs work on a thread with a large stack, so deep recursion in a cell (bounded by
/// `Runtime.maximumCallDepth`) and in the tree-walking evaluator cannot overflow the
/// caller's (often 8 MB, or 512 KB off the main thread) stack.
enum LargeStack {
    /// Stack size of the interpreter thread: 1 GiB of address space, committed only as used.
    static let size = 1 << 30

    /// Runs `body` on a fresh thread with a `size` stack and waits for it; falls back to the
    /// calling thread if no thread can be made.
    static func run<T>(_ body: @escaping () -> T) -> T {
        var result: T?
        let context = LargeStackWork { result = body() }
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, size)
        #if canImport(Glibc)
            var thread = pthread_t()
        #else
            var thread: pthread_t?
        #endif
        let retained = Unmanaged.passRetained(context).toOpaque()
        let status = pthread_create(&thread, &attributes, { argument in
            #if canImport(Glibc)
                let context = Unmanaged<LargeStackWork>.fromOpaque(argument!).takeRetainedValue()
            #else
                let context = Unmanaged<LargeStackWork>.fromOpaque(argument).takeRetainedValue()
            #endif
            context.body()
            return nil
        }, retained)
        guard status == 0 else {
            Unmanaged<LargeStackWork>.fromOpaque(retained).release()
            return body()
        }
        #if canImport(Glibc)
            pthread_join(thread, nil)
        #else
            if let thread { pthread_join(thread, nil) }
        #endif
        return result ?? body()
    }
}

/// The work handed to the large-stack thread.
private final class LargeStackWork {
    let body: () -> Void

    init(_ body: @escaping () -> Void) {
        self.body = body
    }
}
