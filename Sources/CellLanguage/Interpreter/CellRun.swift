/// One execution of a cell: compile against the current globals, run, take the result, and
/// on failure roll the globals and the generator back and turn the error into a diagnostic.
struct CellRun {
    let runtime: Runtime
    let cell: ParsedCell
    let timeout: Double?

    func execute() -> CellOutcome {
        let globals = runtime.globals.snapshot()
        let generator = runtime.random.snapshot
        runtime.callDepth = 0
        runtime.nativeCallSites = []
        runtime.pollCountdown = 1
        if let timeout, timeout > 0 {
            runtime.timeoutSeconds = timeout
            runtime.deadline = ContinuousClock.now + .nanoseconds(Int64(min(timeout, 1e9) * 1e9))
        } else {
            runtime.deadline = nil
        }
        defer { runtime.deadline = nil }
        let compiled = Compiler.compile(cell.statements, source: cell.source, runtime: runtime)
        if !compiled.diagnostics.isEmpty {
            runtime.globals.restore(globals)
            return CellOutcome(result: nil, diagnostics: compiled.diagnostics, wasCancelled: false)
        }
        let frame = Frame(runtime: runtime, slotCount: compiled.slotCount, cellCount: compiled.cellCount, captures: [])
        do {
            _ = try executeStatements(compiled.statements, frame)
            var result = try compiled.resultExpression?.eval(frame)
            if let value = result, value.isNil || value.isVoid { result = nil }
            return CellOutcome(result: result, diagnostics: [], wasCancelled: false)
        } catch let error as RuntimeError {
            runtime.globals.restore(globals)
            runtime.random.restore(generator)
            return CellOutcome(result: nil, diagnostics: [diagnostic(error)], wasCancelled: error.isCancellation)
        } catch {
            runtime.globals.restore(globals)
            runtime.random.restore(generator)
            let failure = RuntimeError(String(describing: error), at: SourceRange(0, 0))
            return CellOutcome(result: nil, diagnostics: [diagnostic(failure)], wasCancelled: false)
        }
    }

    /// The diagnostic for an error that left the cell: located where it happened (possibly
    /// in a function from an earlier cell), with the call stack when it happened in a call.
    func diagnostic(_ error: RuntimeError) -> Diagnostic {
        var error = error
        let name = cell.source.label.map { "cell '\($0)'" } ?? "cell"
        error.leave(name, source: cell.source, callSite: nil)
        let source = error.source ?? cell.source
        var diagnostic = Diagnostic(error.message, at: error.range, in: source, notes: error.notes.map { .init($0) })
        diagnostic.cellLabel = cell.source.label
        if error.frames.count + error.outerFrames.count > 1 {
            let (frames, omittedAfter) = error.stack
            var stack = frames.map {
                Diagnostic.Frame(name: $0.name, file: $0.source.file, location: $0.source.location(of: $0.range.start))
            }
            if error.omittedFrames > 0, omittedAfter < stack.count {
                var gap = stack[omittedAfter]
                gap.skippedCount = error.omittedFrames
                stack.insert(gap, at: omittedAfter)
            }
            diagnostic.callStack = stack
        }
        return diagnostic
    }
}
