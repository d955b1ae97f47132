/// Building JSON text by hand, so that keys come out in the documented order (LANGUAGE.md
/// fixes the order of `retort run --json`'s fields; `JSONEncoder` would sort or shuffle them).
enum JSONText {
    /// A JSON string literal for `text`: quotes, backslashes and control characters escaped,
    /// everything else kept as UTF-8.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `text` as a JSON string, or `null`.
    static func optionalString(_ text: String?) -> String {
        text.map(string) ?? "null"
    }

    /// A JSON number for a finite double (non-finite values, which JSON cannot hold, give 0).
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// A JSON object with its members in the order given (values already JSON text).
    static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { "\(string($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }

    /// A JSON array (elements already JSON text).
    static func array(_ elements: [String]) -> String {
        "[" + elements.joined(separator: ", ") + "]"
    }
}
