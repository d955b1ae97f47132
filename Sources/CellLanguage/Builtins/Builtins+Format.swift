#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `String(format:_:)` as Foundation has it: printf conversions `%d %i %u %x %X %o %c` for
/// Ints, `%f %e %g %a` (and upper case) for numbers, `%s %@` for any value's description,
/// with flags, width and precision; `%%` is a percent sign.
extension Builtins {
    static func registerFormat(into registry: NativeRegistry) {
        registry.define(
            "String", parameters: [labeled("format", .string), Parameter(nil, name: "arguments", variadic: true)],
            returns: .string, topic: "Output",
            doc: "Text formatted as C's printf does: String(format: \"%.3f\", x), String(format: \"%5d|%-8@|\", n, name)."
        ) { args, _ in
            .string(try printf(try args.string(0), try args.array(1)))
        }
    }

    static func printf(_ format: String, _ arguments: [Value]) throws -> String {
        let scalars = Array(format.unicodeScalars)
        var out = ""
        var next = 0
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            guard c == "%" else {
                out.unicodeScalars.append(c)
                i += 1
                continue
            }
            var j = i + 1
            while j < scalars.count, "-+ #0".unicodeScalars.contains(scalars[j]) { j += 1 }
            while j < scalars.count, ("0"..."9").contains(scalars[j]) || scalars[j] == "." { j += 1 }
            while j < scalars.count, "hlqLzjt".unicodeScalars.contains(scalars[j]) { j += 1 }
            guard j < scalars.count else { throw CellError("String(format:) has an incomplete '%' conversion at the end") }
            let conversion = scalars[j]
            var spec = String.UnicodeScalarView()
            spec.append(contentsOf: scalars[i..<j].filter { !"hlqLzjt".unicodeScalars.contains($0) })
            let prefix = String(spec)
            i = j + 1
            if conversion == "%" {
                out += "%"
                continue
            }
            guard next < arguments.count else {
                throw CellError("String(format:) needs more arguments than the \(arguments.count) given")
            }
            let argument = arguments[next].unwrapped ?? arguments[next]
            next += 1
            switch conversion {
            case "d", "i", "u", "x", "X", "o", "c":
                guard case .int(let n) = argument else {
                    throw CellError("String(format:) conversion %\(conversion) needs an Int, not \(argument.typeName)")
                }
                out += cFormat(prefix + "ll" + String(conversion), [Int64(n)])
            case "f", "F", "e", "E", "g", "G", "a", "A":
                guard let x = argument.asDouble else {
                    throw CellError("String(format:) conversion %\(conversion) needs a number, not \(argument.typeName)")
                }
                out += cFormat(prefix + String(conversion), [x])
            case "s", "@":
                let text = argument.description
                out += text.withCString { cFormat(prefix + "s", [$0]) }
            default:
                throw CellError("String(format:) does not know the conversion '%\(conversion)'")
            }
        }
        return out
    }

    /// One C `printf` conversion of the given arguments.
    private static func cFormat(_ spec: String, _ arguments: [CVarArg]) -> String {
        var buffer = [CChar](repeating: 0, count: 1024)
        let count = withVaList(arguments) { vsnprintf(&buffer, buffer.count, spec, $0) }
        guard count >= 0 else { return "" }
        return String(decoding: buffer.prefix(min(Int(count), buffer.count - 1)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
