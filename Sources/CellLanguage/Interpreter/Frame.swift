/// The storage of one activation: a call of a user function or closure, or a cell's top
/// level.
///
/// Locals live in `slots`, resolved at compile time to indices (no name lookups at run time).
/// A local that a closure captures lives in a `Box` instead (created afresh each time its
/// declaration runs, so each loop iteration's closure sees its own variable, as in Swift);
/// the closure holds the box in `captures`.
final class Frame {
    /// Uncaptured locals and parameters (`slotCount` of them; indices come from the
    /// compiler, so they are always in range).
    let slots: UnsafeMutablePointer<Value>
    let slotCount: Int
    /// Captured locals of this activation (`cellCount` boxes).
    let cells: UnsafeMutablePointer<Box>
    let cellCount: Int
    /// The variables this activation's closure captured from outer activations.
    let captures: ContiguousArray<Box>
    /// The value given to `return`.
    var returnValue: Value = .void
    /// The engine (globals, host, call stack); it outlives every frame.
    unowned(unsafe) let runtime: Runtime

    init(runtime: Runtime, slotCount: Int, cellCount: Int, captures: ContiguousArray<Box>) {
        self.runtime = runtime
        self.slotCount = slotCount
        self.cellCount = cellCount
        self.slots = slotCount > 0 ? .allocate(capacity: slotCount) : Frame.noSlots
        self.slots.initialize(repeating: .void, count: slotCount)
        self.cells = cellCount > 0 ? .allocate(capacity: cellCount) : Frame.noCells
        self.cells.initialize(repeating: Box.unset, count: cellCount)
        self.captures = captures
    }

    deinit {
        if slotCount > 0 {
            slots.deinitialize(count: slotCount)
            slots.deallocate()
        }
        if cellCount > 0 {
            cells.deinitialize(count: cellCount)
            cells.deallocate()
        }
    }

    /// Shared, never-written storage for frames without slots or cells (saves two
    /// allocations per call of a small closure).
    nonisolated(unsafe) private static let noSlots = UnsafeMutablePointer<Value>.allocate(capacity: 1)
    nonisolated(unsafe) private static let noCells = UnsafeMutablePointer<Box>.allocate(capacity: 1)
}

/// A heap cell holding one captured variable (shared by the frame and its closures).
final class Box {
    @exclusivity(unchecked) var value: Value

    init(_ value: Value) {
        self.value = value
    }

    /// Placeholder in a frame's `cells` before the declaration runs.
    nonisolated(unsafe) static let unset = Box(.void)
}

/// How a statement finished.
enum Flow {
    case normal
    case breakLoop(label: String?)
    case continueLoop(label: String?)
    case returned
}

/// An error raised while running, with its location and — as it unwinds through calls — the
/// call stack. Becomes a `Diagnostic` at the cell boundary.
struct RuntimeError: Error {
    var message: String
    var notes: [String]
    /// Where it happened, in `source` (assigned when the error leaves the activation that
    /// raised it).
    var range: SourceRange
    var source: SourceText?
    /// Frames passed while unwinding, innermost first: (name, source, location range); at
    /// most `keptInnermost` of them, then the outermost `keptOutermost` in `outerFrames`
    /// (a runaway recursion would otherwise make a stack of thousands of lines, and copying
    /// it at every level would cost O(depth²)).
    var frames: [(name: String, source: SourceText, range: SourceRange)] = []
    var outerFrames: [(name: String, source: SourceText, range: SourceRange)] = []
    /// Frames dropped between `frames` and `outerFrames`.
    var omittedFrames = 0
    static let keptInnermost = 30
    static let keptOutermost = 10
    /// The call site in the caller, whose source the next boundary knows.
    var pendingCallSite: SourceRange?
    var isCancellation = false

    init(_ message: String, at range: SourceRange, notes: [String] = []) {
        self.message = message
        self.notes = notes
        self.range = range
    }

    init(_ error: CellError, at range: SourceRange) {
        self.init(error.message, at: error.range ?? range, notes: error.notes)
        isCancellation = error.isCancellation
    }

    /// Records that the error leaves an activation named `name` running `source`.
    mutating func leave(_ name: String, source: SourceText, callSite: SourceRange?) {
        if self.source == nil {
            self.source = source
            record((name, source, range))
        } else if let pending = pendingCallSite {
            record((name, source, pending))
        }
        pendingCallSite = callSite
    }

    private mutating func record(_ frame: (name: String, source: SourceText, range: SourceRange)) {
        if frames.count < RuntimeError.keptInnermost {
            frames.append(frame)
            return
        }
        if outerFrames.count == RuntimeError.keptOutermost {
            outerFrames.removeFirst()
            omittedFrames += 1
        }
        outerFrames.append(frame)
    }

    /// Every kept frame, outermost first, with the number of frames left out after the
    /// first `outerFrames.count` of them.
    var stack: (frames: [(name: String, source: SourceText, range: SourceRange)], omittedAfter: Int) {
        (Array(outerFrames.reversed()) + Array(frames.reversed()), outerFrames.count)
    }
}
