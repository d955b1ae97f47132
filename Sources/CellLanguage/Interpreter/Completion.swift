/// Tab completion for the REPL: names in scope, and members after a dot.
struct Completion {
    let runtime: Runtime

    func complete(_ prefix: String) -> [String] {
        if let dot = prefix.lastIndex(of: ".") {
            let base = String(prefix[..<dot])
            let partial = String(prefix[prefix.index(after: dot)...])
            return members(of: base).filter { $0.hasPrefix(partial) }.map { base + "." + $0 }
        }
        var names = Set(runtime.globals.defined.map(\.name))
        names.formUnion(runtime.registry.names)
        names.formUnion(Lexer.keywords)
        return names.filter { $0.hasPrefix(prefix) && $0 != prefix }.sorted()
    }

    /// Member names of a global's value (`xs`), of a member path (`a.b`), or of a type.
    private func members(of base: String) -> [String] {
        let parts = base.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, !first.isEmpty else { return [] }
        if parts.count == 1, runtime.registry.staticMembers[first] != nil || runtime.registry.types[first] != nil,
            lookup(first) == nil
        {
            return Array(Set((runtime.registry.staticMembers[first] ?? [:]).keys)).sorted()
        }
        guard var value = lookup(first) else { return [] }
        for part in parts.dropFirst() {
            guard let next = try? Members.get(value, part, at: SourceRange(0, 0), runtime: runtime) else { return [] }
            value = next
        }
        return Array(Set(Members.memberNames(value, runtime: runtime))).sorted()
    }

    private func lookup(_ name: String) -> Value? {
        guard let slot = runtime.globals.existingSlot(name), runtime.globals.isDefined[slot] else { return nil }
        return runtime.globals.values[slot]
    }
}
