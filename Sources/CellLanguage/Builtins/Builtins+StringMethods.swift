/// String members: `count`, `isEmpty`, `uppercased()`, `lowercased()`, `hasPrefix`,
/// `hasSuffix`, `split(separator:)`, `first`, `last`.
extension Builtins {
    static func registerStringMethods(into registry: NativeRegistry) {
        guard let type = registry.types["String"] else { return }
        func text(_ value: Value?) throws -> String {
            guard case .string(let s)? = value else { throw CellError("expected a String") }
            return s
        }
        type.property("count", type: .int, doc: "The number of characters.") { .int(try text($0).count) }
        type.property("isEmpty", type: .bool, doc: "True for \"\".") { .bool(try text($0).isEmpty) }
        type.property("first", type: .optional(.string), doc: "The first character, or nil.") {
            try text($0).first.map { .some(.string(String($0))) } ?? .none
        }
        type.property("last", type: .optional(.string), doc: "The last character, or nil.") {
            try text($0).last.map { .some(.string(String($0))) } ?? .none
        }
        type.method("uppercased", parameters: [], returns: .string, doc: "The text in upper case.") { args, _ in
            .string(try text(args.receiver).uppercased())
        }
        type.method("lowercased", parameters: [], returns: .string, doc: "The text in lower case.") { args, _ in
            .string(try text(args.receiver).lowercased())
        }
        type.method("hasPrefix", parameters: [positional("prefix", .string)], returns: .bool, doc: "True when the text starts with the prefix.") { args, _ in
            .bool(try text(args.receiver).hasPrefix(try args.string(0)))
        }
        type.method("hasSuffix", parameters: [positional("suffix", .string)], returns: .bool, doc: "True when the text ends with the suffix.") { args, _ in
            .bool(try text(args.receiver).hasSuffix(try args.string(0)))
        }
        type.method("split", parameters: [labeled("separator", .string)], returns: .array(.string), doc: "The pieces between occurrences of a one-character separator, empty pieces omitted.") { args, _ in
            let separator = try args.string(0)
            guard separator.count == 1, let character = separator.first else {
                throw CellError("split(separator:) takes a single character, such as \",\"")
            }
            return .array(try text(args.receiver).split(separator: character).map { .string(String($0)) })
        }
    }
}
