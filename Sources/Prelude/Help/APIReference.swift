import CellLanguage
import Foundation

/// The README's API reference, generated from a registry so it cannot drift from what cells
/// can call: one section per Prelude topic, each type with its constructors, static
/// functions, subscript, properties and methods, then the topic's free functions, each with
/// its signature and doc; the language basics follow as a list of names.
///
/// `retort reference` prints it; `retort reference --update README.md` rewrites the part of
/// the README between `APIReference.beginMarker` and `endMarker`; a test fails when the
/// README's copy is stale.
public enum APIReference {
    /// The line that opens the generated part of the README.
    public static let beginMarker = "<!-- api-reference:begin -->"
    /// The line that closes it.
    public static let endMarker = "<!-- api-reference:end -->"

    /// The reference in Markdown for `topics` of `registry` (every name whose topic is not
    /// among them is listed briefly at the end as a language basic).
    public static func markdown(_ registry: NativeRegistry, topics: [String] = Prelude.topics) -> String {
        var out = "_Generated from the Prelude's registry by `make api-reference`; `help(name)` prints the same text in a cell or the REPL._\n"
        for topic in topics {
            out += "\n### \(topic)\n"
            let names = registry.names.filter { self.topic(of: $0, in: registry) == topic }
            for name in names {
                if let type = registry.types[name] { out += typeSection(type, constructors: registry.functions[name] ?? []) }
            }
            let functions = names.filter { registry.types[$0] == nil }.flatMap { registry.functions[$0] ?? [] }
            if !functions.isEmpty {
                out += "\n**Functions**\n\n" + functions.map(item).joined()
            }
        }
        out += basics(registry, excluding: Set(topics))
        return out
    }

    /// `readme` with the text between the markers replaced by `reference`.
    /// - Throws: a message saying where to put the markers when they are missing.
    public static func splice(_ reference: String, into readme: String) throws -> String {
        guard let begin = readme.range(of: beginMarker), let end = readme.range(of: endMarker),
            begin.upperBound <= end.lowerBound
        else {
            throw MissingMarkers()
        }
        return String(readme[..<begin.upperBound]) + "\n" + reference + String(readme[end.lowerBound...])
    }

    /// The text between the markers of `readme`, or nil without markers.
    public static func current(in readme: String) -> String? {
        guard let begin = readme.range(of: beginMarker), let end = readme.range(of: endMarker),
            begin.upperBound <= end.lowerBound
        else { return nil }
        return String(readme[begin.upperBound..<end.lowerBound]).trimmingCharacters(in: .newlines)
    }

    /// The topic a registered name is listed under.
    static func topic(of name: String, in registry: NativeRegistry) -> String {
        registry.types[name]?.topic ?? registry.functions[name]?.first?.topic ?? registry.constants[name]?.topic ?? "Other"
    }

    private static func typeSection(_ type: NativeTypeDefinition, constructors: [NativeFunction]) -> String {
        var out = "\n#### `\(type.name)`\n\n\(oneLine(type.doc))\n\n"
        out += constructors.map(item).joined()
        for name in type.staticNames {
            for function in type.staticMethods[name] ?? [] {
                out += "- `\(type.name).\(function.signature)` — \(oneLine(function.doc))\n"
            }
        }
        if let access = type.subscriptAccess {
            out += "- `\(lowercasedFirst(type.name))[index]` — \(oneLine(access.doc))\n"
        }
        for name in type.memberNames {
            if let property = type.properties[name] {
                out += "- `.\(property.name): \(property.type)`\(property.set == nil ? "" : " (settable)") — \(oneLine(property.doc))\n"
            }
            for method in type.methods[name] ?? [] {
                out += "- `.\(method.signature)` — \(oneLine(method.doc))\n"
            }
        }
        return out
    }

    private static func item(_ function: NativeFunction) -> String {
        "- `\(function.signature)` — \(oneLine(function.doc))\n"
    }

    private static func basics(_ registry: NativeRegistry, excluding topics: Set<String>) -> String {
        var byTopic: [String: [String]] = [:]
        for name in registry.names {
            let topic = self.topic(of: name, in: registry)
            if !topics.contains(topic) { byTopic[topic, default: []].append(name) }
        }
        guard !byTopic.isEmpty else { return "" }
        var out = "\n### Language basics\n\nBuilt into the cell language (LANGUAGE.md): "
        out += byTopic.keys.sorted().map { topic in
            "\(topic): " + (byTopic[topic] ?? []).sorted().map { "`\($0)`" }.joined(separator: ", ")
        }.joined(separator: "; ")
        return out + ".\n"
    }

    /// A doc paragraph on one line (Markdown list items cannot hold line breaks).
    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    private static func lowercasedFirst(_ name: String) -> String {
        name.prefix(1).lowercased() + name.dropFirst()
    }
}

/// The README lacks the markers between which the API reference goes.
public struct MissingMarkers: Error, CustomStringConvertible {
    /// What to do.
    public var description: String {
        "the README has no API reference markers; add a line \(APIReference.beginMarker) and, below it, "
            + "a line \(APIReference.endMarker) where the reference goes"
    }
}
