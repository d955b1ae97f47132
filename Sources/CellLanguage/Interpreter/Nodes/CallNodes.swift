/// Calls: of any callable value, of methods (`xs.map { … }`, `t.sum(axis: 0)`), and of
/// mutating methods of arrays, dictionaries and strings (`xs.append(4)`), which change the
/// variable in place.
final class CallNode: ExprNode {
    let range: SourceRange
    let callee: any ExprNode
    let arguments: [any ExprNode]
    let site: CallSite

    init(_ callee: any ExprNode, arguments: [any ExprNode], site: CallSite) {
        self.callee = callee
        self.arguments = arguments
        self.site = site
        self.range = site.range
    }

    func eval(_ f: Frame) throws -> Value {
        let function = try callee.eval(f)
        var values: [Value] = []
        values.reserveCapacity(arguments.count)
        for argument in arguments { values.append(try argument.eval(f)) }
        return try f.runtime.call(function, values, site: site)
    }
}

/// `base.name(arguments)`.
final class MethodCallNode: ExprNode {
    let range: SourceRange
    let base: any ExprNode
    let name: String
    let nameRange: SourceRange
    let arguments: [any ExprNode]
    let site: CallSite
    let isOptional: Bool

    init(_ base: any ExprNode, name: String, nameRange: SourceRange, arguments: [any ExprNode], site: CallSite, isOptional: Bool) {
        self.base = base
        self.name = name
        self.nameRange = nameRange
        self.arguments = arguments
        self.site = site
        self.isOptional = isOptional
        self.range = site.range
    }

    func eval(_ f: Frame) throws -> Value {
        var receiver = try base.eval(f)
        if isOptional { receiver = try OptionalChainNode.unwrapLink(receiver) }
        var values: [Value] = []
        values.reserveCapacity(arguments.count)
        for argument in arguments { values.append(try argument.eval(f)) }
        return try f.runtime.callMethod(receiver, name, values, site: site, nameRange: nameRange)
    }
}

/// `place.name(arguments)` where `name` is a mutating method of a built-in collection.
final class MutatingCallNode: ExprNode {
    let range: SourceRange
    let place: LValue
    let name: String
    let nameRange: SourceRange
    let arguments: [any ExprNode]
    let site: CallSite

    init(place: LValue, name: String, nameRange: SourceRange, arguments: [any ExprNode], site: CallSite) {
        self.place = place
        self.name = name
        self.nameRange = nameRange
        self.arguments = arguments
        self.site = site
        self.range = site.range
    }

    func eval(_ f: Frame) throws -> Value {
        let steps = try place.steps(f)
        var values: [Value] = []
        values.reserveCapacity(arguments.count)
        for argument in arguments { values.append(try argument.eval(f)) }
        let runtime = f.runtime
        guard let overloads = try mutatingMethods(f, steps) else {
            return try runtime.callMethod(try place.get(f, steps), name, values, site: site, nameRange: nameRange)
        }
        try place.checkMutable(f, steps, verb: .mutatingMember(name))
        let (method, matched) = try MutatingMethod.select(overloads, values, site: site, placeType: place.type)
        runtime.nativeCallSites.append(site.range)
        defer { runtime.nativeCallSites.removeLast() }
        do {
            return try place.modify(f, steps) { receiver in
                try method.body(&receiver, matched, runtime, site)
            }
        } catch let error as CellError {
            throw RuntimeError(error, at: site.range)
        }
    }

    /// The built-in mutating methods of this name for the place's current value, if any
    /// (the value is read and released before the place is modified, so the change happens
    /// without copying).
    private func mutatingMethods(_ f: Frame, _ steps: [LValue.Step]) throws -> [MutatingMethod]? {
        let key = Members.typeKey(try place.get(f, steps))
        return MutatingMethod.table[key]?[name]
    }
}

extension Runtime {
    /// Calls `receiver.name(arguments)`: a registered method of the receiver's type; for a
    /// native type with an `elements` property, an array method on those elements
    /// (`loader.enumerated()`); or a callable member (a tuple element or property holding a
    /// function).
    func callMethod(_ receiver: Value, _ name: String, _ arguments: [Value], site: CallSite, nameRange: SourceRange) throws -> Value {
        let definition = registry.types[Members.typeKey(receiver)]
        if let methods = definition?.methods[name] {
            return try callNative(methods, receiver: receiver, arguments, site: site)
        }
        if case .native = receiver, definition?.properties[name] == nil, let elements = definition?.properties["elements"],
            let methods = registry.types["Array"]?.methods[name]
        {
            let array = try Subscripts.native({ try elements.get(receiver) }, at: nameRange)
            return try callNative(methods, receiver: array, arguments, site: site)
        }
        if definition?.properties[name] != nil || { if case .tuple = receiver { return true }; if case .native = receiver { return true }; return false }() {
            let member = try Members.get(receiver, name, at: nameRange, runtime: self)
            return try call(member, arguments, site: site)
        }
        if MutatingMethod.table[Members.typeKey(receiver)]?[name] != nil {
            throw RuntimeError("cannot use mutating member '\(name)' on a value that is not stored in a 'var'", at: nameRange)
        }
        throw Members.noMember(receiver, name, at: nameRange, runtime: self)
    }
}
