import CellLanguage

/// Highlights cell code as Swift with Retort's own lexer: each token becomes a `<span>` with
/// a CSS class named for its category (`tok-keyword`, `tok-string`, …); whitespace stays
/// plain. No JavaScript; the report's style sheet colours the classes.
enum SwiftHighlighter {
    /// The HTML of `code`, escaped, for use inside `<pre><code>`. Concatenating the tokens
    /// gives back the code exactly, so nothing is lost even where the code does not lex.
    static func html(_ code: String) -> String {
        var out = ""
        for token in Lexer.tokenize(code) where !token.text.isEmpty {
            let text = HTML.escape(token.text)
            let category = token.category
            if category == .whitespace {
                out += text
            } else {
                out += "<span class=\"tok-\(category.rawValue)\">\(text)</span>"
            }
        }
        return out
    }
}
