/// `print`, `format`, `help`, and the failure functions Swift programmers reach for.
extension Builtins {
    static func registerOutput(into registry: NativeRegistry) {
        registry.define(
            "print",
            parameters: [
                Parameter(nil, name: "items", variadic: true), labeled("separator", .string, default: " "),
                labeled("terminator", .string, default: "\n"),
            ],
            topic: "Output",
            doc: "Writes the items' descriptions, separated by `separator` and followed by `terminator`, to the cell's output, exactly as Swift's print does: print(3.0) writes 3.0, print([\"a\"]) writes [\"a\"]."
        ) { args, context in
            let items = try args.array(0).map(\.description)
            context.write(items.joined(separator: try args.string(1)) + (try args.string(2)))
            return .void
        }
        registry.define(
            "format", parameters: [positional("x", .double), labeled("digits", .int, default: 2)], returns: .string,
            topic: "Output",
            doc: "The number with exactly `digits` digits after the decimal point (rounded half to even as C's printf does): format(3.14159, digits: 3) is \"3.142\"."
        ) { args, _ in
            let digits = try args.int(1)
            guard (0...30).contains(digits) else { throw CellError("format(_:digits:) takes 0 to 30 digits, not \(digits)") }
            return .string(fixed(try args.double(0), digits: digits))
        }
        registry.define(
            "help", parameters: [Parameter(nil, name: "topic", default: Value.none, defaultText: "nil")], topic: "Output",
            doc: "Prints the documentation of a name — help(print), help(Array) — or, with no argument, every name by topic."
        ) { args, context in
            guard let runtime = context.runtime as? Runtime else { return .void }
            context.write(helpText(for: args[0], runtime: runtime))
            return .void
        }
        registry.define(
            "fatalError", parameters: [Parameter(nil, name: "message", type: .string, default: "")], topic: "Output",
            doc: "Stops the cell with an error showing the message."
        ) { args, _ in
            let message = try args.string(0)
            throw CellError("Fatal error" + (message.isEmpty ? "" : ": \(message)"))
        }
        for name in ["assert", "precondition"] {
            registry.define(
                name, parameters: [positional("condition", .bool), Parameter(nil, name: "message", type: .string, default: "")],
                topic: "Output", doc: "Stops the cell with an error when the condition is false."
            ) { args, _ in
                if try args.bool(0) { return .void }
                let message = try args.string(1)
                throw CellError((name == "assert" ? "Assertion failed" : "Precondition failed") + (message.isEmpty ? "" : ": \(message)"))
            }
        }
    }

    /// `x` with `digits` decimals, via C's `%.*f` (correctly rounded).
    static func fixed(_ x: Double, digits: Int) -> String {
        (try? printf("%.\(digits)f", [.double(x)])) ?? x.description
    }
}
