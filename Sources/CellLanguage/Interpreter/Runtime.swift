/// The interpreter's engine state: globals, the host, the registry, the run's generator, the
/// call depth, and cancellation. Compiled nodes reach it through their `Frame`.
final class Runtime: NativeRuntime {
    let host: any InterpreterHost
    let registry: NativeRegistry
    let random: RunGenerator
    let globals = Globals()
    var callDepth = 0
    /// Counts down to the next (comparatively costly) cancellation check.
    @exclusivity(unchecked) var pollCountdown = Runtime.pollInterval
    /// When the running cell must stop, if it has a timeout.
    var deadline: ContinuousClock.Instant?
    var timeoutSeconds: Double = 0
    /// Call sites of the native functions running now (innermost last), so a closure they
    /// call reports where it was called from.
    var nativeCallSites: [SourceRange] = []
    /// The call site last used by native code calling a closure (reused while it calls the
    /// same way from the same place, so `map` does not allocate one per element).
    var positionalSite: CallSite?

    static let pollInterval = 256
    static let maximumCallDepth = 10_000

    init(host: any InterpreterHost, registry: NativeRegistry, random: RunGenerator) {
        self.host = host
        self.registry = registry
        self.random = random
    }

    // MARK: Cancellation

    var isCancelled: Bool {
        if host.isCancelled { return true }
        if let deadline, ContinuousClock.now >= deadline { return true }
        return false
    }

    func checkCancellation() throws {
        if host.isCancelled { throw CellError.cancelled("interrupted") }
        if let deadline, ContinuousClock.now >= deadline {
            throw CellError.cancelled("cell timed out after \(Runtime.format(seconds: timeoutSeconds)) seconds")
        }
    }

    static func format(seconds: Double) -> String {
        seconds == seconds.rounded() && abs(seconds) < 1e15 ? String(Int(seconds)) : String(seconds)
    }

    /// Called at loop back-edges and calls; checks cancellation every `pollInterval` times.
    @inline(__always)
    func poll(_ range: SourceRange) throws {
        pollCountdown &-= 1
        if pollCountdown <= 0 {
            pollCountdown = Runtime.pollInterval
            do {
                try checkCancellation()
            } catch let error as CellError {
                throw RuntimeError(error, at: range)
            }
        }
    }

    // MARK: Calls

    /// Calls any callable value with arguments labelled as at `site`.
    func call(_ callee: Value, _ arguments: [Value], site: CallSite) throws -> Value {
        switch callee {
        case .function(let function):
            switch function.kind {
            case .user(let user): return try call(user, arguments, site: site)
            case .native(let overloads, let receiver): return try callNative(overloads, receiver: receiver, arguments, site: site)
            }
        case .native(let object):
            if let methods = registry.types[object.typeName]?.methods["callAsFunction"] {
                return try callNative(methods, receiver: callee, arguments, site: site)
            }
        default:
            break
        }
        throw RuntimeError("cannot call value of non-function type '\(callee.typeName)'", at: site.calleeRange)
    }

    /// Calls a user function or closure: matches arguments, binds parameters in a new frame,
    /// runs the body, and records the frame in errors that leave it.
    func call(_ function: UserFunction, _ arguments: [Value], site: CallSite) throws -> Value {
        let template = function.template
        try poll(site.range)
        if callDepth >= Runtime.maximumCallDepth {
            throw RuntimeError(
                "stack overflow: more than \(Runtime.maximumCallDepth) nested calls (is a recursion missing its base case?)",
                at: site.range)
        }
        let frame = Frame(runtime: self, slotCount: template.slotCount, cellCount: template.cellCount, captures: function.captures)
        if let targets = template.plainTargets, targets.count == arguments.count, site.isUnlabeled {
            for (target, argument) in zip(targets, arguments) {
                switch target {
                case .slot(let s): frame.slots[s] = argument
                case .cell(let c): frame.cells[c] = Box(argument)
                case .global(let g): globals.define(g, argument, constant: true)
                }
            }
        } else if template.isClosure && template.parameters.isEmpty {
            if let i = site.labels.firstIndex(where: { $0 != nil }) {
                throw RuntimeError("extraneous argument label '\(site.labels[i] ?? "_"):' in closure call", at: site.argumentRange(i))
            }
        } else if template.isClosure, arguments.count == 1, template.parameters.count > 1, case .tuple(let t) = arguments[0],
            t.elements.count == template.parameters.count
        {
            try bind(t.elements, of: template, into: frame, site: CallSite.positional(count: t.elements.count, range: site.range))
        } else {
            try bind(arguments, of: template, into: frame, site: site)
        }
        callDepth += 1
        defer { callDepth -= 1 }
        do {
            if case .returned = try template.bodyNode.exec(frame) { return frame.returnValue }
            if let type = template.returnType, type != .tuple([]), !template.isClosure {
                throw RuntimeError("missing return in a function expected to return '\(type)'", at: template.range)
            }
            return .void
        } catch var error as RuntimeError {
            error.leave(template.selector, source: template.source, callSite: site.range)
            throw error
        }
    }

    private func bind(_ arguments: [Value], of template: FunctionTemplate, into frame: Frame, site: CallSite) throws {
        let parameters = template.signatureParameters
        let sources: [ArgumentMatcher.Source]
        if let cached = site.cachedPlan, cached.template === template {
            sources = cached.sources
        } else {
            switch ArgumentMatcher.match(site.labels, parameters, trailingFrom: site.trailingFrom) {
            case .success(let matched):
                sources = matched
                site.cachedPlan = (template, matched)
            case .failure(let failure):
                throw RuntimeError(
                    failure.message, at: failure.argument.map(site.argumentRange) ?? site.range,
                    notes: ["\(template.isClosure ? "closure" : "'\(template.name)'") is declared as \(template.signature)"])
            }
        }
        for (i, source) in sources.enumerated() {
            let parameter = template.parameters[i]
            var value: Value
            switch source {
            case .argument(let a):
                value = try site.convert(arguments[a], to: parameter.type, argument: a)
            case .variadic(let indices):
                value = .array(try indices.map { try site.convert(arguments[$0], to: parameter.type, argument: $0) })
            case .defaultValue:
                guard let node = parameter.defaultValue else { continue }
                value = try node.eval(frame)
                if let type = parameter.type, let converted = type.coerce(value) { value = converted }
            }
            switch parameter.target {
            case .slot(let s): frame.slots[s] = value
            case .cell(let c): frame.cells[c] = Box(value)
            case .global(let g): globals.define(g, value, constant: true)
            }
        }
    }

    /// Calls a native function (trying overloads in order) with arguments labelled as at
    /// `site`; argument mistakes are reported at the call site with the expected signature.
    func callNative(_ overloads: [NativeFunction], receiver: Value?, _ arguments: [Value], site: CallSite) throws -> Value {
        var firstFailure: RuntimeError?
        for function in overloads {
            switch ArgumentMatcher.match(site.labels, function.parameters, trailingFrom: site.trailingFrom) {
            case .failure(let failure):
                if firstFailure == nil {
                    firstFailure = RuntimeError(
                        failure.message, at: failure.argument.map(site.argumentRange) ?? site.range,
                        notes: ["expected \(function.signature)"])
                }
            case .success(let sources):
                do {
                    let values = try nativeValues(function, sources, arguments, site: site)
                    return try invoke(function, values, receiver: receiver, site: site)
                } catch let error as ArgumentTypeMismatch {
                    if firstFailure == nil { firstFailure = error.error }
                }
            }
        }
        if overloads.count > 1 {
            let name = overloads.first?.name ?? "function"
            throw RuntimeError(
                "no exact matches in call to '\(name)'" + (firstFailure.map { ": \($0.message)" } ?? ""), at: site.range,
                notes: overloads.map { "candidate: \($0.signature)" })
        }
        throw firstFailure ?? RuntimeError("cannot call this function", at: site.range)
    }

    private struct ArgumentTypeMismatch: Error {
        let error: RuntimeError
    }

    private func nativeValues(
        _ function: NativeFunction, _ sources: [ArgumentMatcher.Source], _ arguments: [Value], site: CallSite
    ) throws -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(sources.count)
        for (parameter, source) in zip(function.parameters, sources) {
            func convert(_ value: Value, _ a: Int) throws -> Value {
                do {
                    return try site.convert(value, to: parameter.type, argument: a, notes: ["expected \(function.signature)"])
                } catch let error as RuntimeError {
                    throw ArgumentTypeMismatch(error: error)
                }
            }
            switch source {
            case .argument(let a): values.append(try convert(arguments[a], a))
            case .variadic(let indices): values.append(.array(try indices.map { try convert(arguments[$0], $0) }))
            case .defaultValue: values.append(parameter.defaultValue ?? .none)
            }
        }
        return values
    }

    private func invoke(_ function: NativeFunction, _ values: [Value], receiver: Value?, site: CallSite) throws -> Value {
        nativeCallSites.append(site.range)
        defer { nativeCallSites.removeLast() }
        do {
            return try function.body(
                Arguments(values, parameters: function.parameters, receiver: receiver, functionName: function.selector),
                CallContext(runtime: self))
        } catch let error as RuntimeError {
            throw error
        } catch let error as CellError {
            throw RuntimeError(error, at: site.range)
        } catch {
            throw RuntimeError(String(describing: error), at: site.range)
        }
    }

    /// For native code calling back into the language (`CallContext.call`).
    func callValue(_ function: Value, _ arguments: [Value]) throws -> Value {
        let range = nativeCallSites.last ?? SourceRange(0, 0)
        let site: CallSite
        if let cached = positionalSite, cached.range == range, cached.labels.count == arguments.count {
            site = cached
        } else {
            site = CallSite.positional(count: arguments.count, range: range)
            positionalSite = site
        }
        return try call(function, arguments, site: site)
    }

    /// Applies a registered operator overload when one accepts the operands.
    func nativeOperator(_ symbol: String, _ a: Value, _ b: Value?) throws -> Value? {
        for overload in registry.operators[symbol] ?? [] {
            guard let (x, y) = overload.accepts(a, b) else { continue }
            do {
                return try overload.body(x, y, CallContext(runtime: self))
            } catch let error as RuntimeError {
                throw error
            } catch let error as CellError {
                throw error
            } catch {
                throw CellError(String(describing: error))
            }
        }
        return nil
    }
}

/// The static facts of one call site: its range, the argument labels and where each
/// argument is, plus a cache of the last argument match (for fast repeated calls).
final class CallSite {
    let range: SourceRange
    let calleeRange: SourceRange
    let labels: [String?]
    let labelRanges: [SourceRange?]
    let valueRanges: [SourceRange]
    /// Index of the first trailing closure (`Int.max` when there is none).
    let trailingFrom: Int
    /// True when no argument has a label.
    let isUnlabeled: Bool
    var cachedPlan: (template: FunctionTemplate, sources: [ArgumentMatcher.Source])?

    init(
        range: SourceRange, calleeRange: SourceRange, labels: [String?], labelRanges: [SourceRange?], valueRanges: [SourceRange],
        trailingFrom: Int = Int.max
    ) {
        self.trailingFrom = trailingFrom
        self.isUnlabeled = labels.allSatisfy { $0 == nil }
        self.range = range
        self.calleeRange = calleeRange
        self.labels = labels
        self.labelRanges = labelRanges
        self.valueRanges = valueRanges
    }

    /// A site with `count` unlabelled arguments, all at `range` (calls made by native code).
    static func positional(count: Int, range: SourceRange) -> CallSite {
        CallSite(
            range: range, calleeRange: range, labels: Array(repeating: nil, count: count),
            labelRanges: Array(repeating: nil, count: count), valueRanges: Array(repeating: range, count: count))
    }

    /// Where argument `i` starts (its label, else its value).
    func argumentRange(_ i: Int) -> SourceRange {
        guard i >= 0 && i < valueRanges.count else { return range }
        return labelRanges[i].map { $0.union(valueRanges[i]) } ?? valueRanges[i]
    }

    /// The value of argument `i`.
    func valueRange(_ i: Int) -> SourceRange {
        i >= 0 && i < valueRanges.count ? valueRanges[i] : range
    }

    /// Argument `i`'s value converted to a parameter's type (no type: unchanged), or Swift's
    /// error at the argument.
    func convert(_ value: Value, to type: TypeSpec?, argument i: Int, notes: [String] = []) throws -> Value {
        guard let type else { return value }
        if let converted = type.coerce(value) { return converted }
        throw RuntimeError(
            "cannot convert value of type '\(value.typeName)' to expected argument type '\(type)'", at: valueRange(i), notes: notes)
    }
}
