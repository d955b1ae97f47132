/// Escaping text for HTML: the one place where text becomes markup.
enum HTML {
    /// `text` with `&`, `<`, `>` and `"` replaced by entities, safe in element content and in
    /// double-quoted attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
