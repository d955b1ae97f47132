/// One token of a cell's text. The lexer's tokens cover the text exactly — whitespace,
/// newlines and comments included — so a highlighter can rebuild the source from `text`.
public struct Token: Hashable, Sendable {
    /// What the token is.
    public let kind: TokenKind
    /// Its span in the cell's text (Unicode scalar offsets).
    public let range: SourceRange
    /// The token's text exactly as written.
    public let text: String
    /// For literals, the cooked value: an integer's magnitude, a float, a string segment's
    /// text with escapes processed. Nil for other tokens.
    let literal: Literal?
    /// True when whitespace, a newline, a comment or an opening bracket precedes the token
    /// (Swift uses this to tell prefix `-x` and `!x` from binary and postfix operators).
    let spaceBefore: Bool
    /// True when whitespace, a newline or the end of text follows the token.
    let spaceAfter: Bool

    /// A literal's cooked value.
    enum Literal: Hashable, Sendable {
        /// An integer's magnitude; literals up to 2^63 lex so `-9223372036854775808` works.
        case integer(UInt64)
        /// A floating-point literal.
        case float(Double)
        /// The text of a string segment, escapes processed.
        case text(String)
    }

    /// The category a highlighter maps to a CSS class.
    public var category: TokenCategory { kind.category(text: text) }
}

/// The kinds of token the lexer produces.
public enum TokenKind: Hashable, Sendable {
    /// A name: `total`, `Tensor`, `π`.
    case identifier
    /// A reserved word: `let`, `func`, `if`, `true`, `nil`, ….
    case keyword
    /// `$0`, `$1`: a closure's anonymous parameters.
    case dollarIdentifier
    /// An integer literal: `42`, `1_000`, `0x1F`.
    case integer
    /// A floating-point literal: `0.5`, `1e-3`.
    case float
    /// A string's opening delimiter `"` or `"""`.
    case stringStart
    /// Literal text inside a string (escapes raw in `text`, cooked in the literal).
    case stringText
    /// A string's closing delimiter.
    case stringEnd
    /// `\(` opening an interpolation inside a string.
    case interpolationStart
    /// The `)` closing an interpolation.
    case interpolationEnd
    /// A leading-dot symbol `.train` (also a member on a continuation line).
    case symbol
    /// An operator: `+`, `..<`, `??`, `=`, `->`, `!`, `?`, ….
    case `operator`
    /// Punctuation: `( ) [ ] { } , : ; .`.
    case punctuation
    /// A comment `// …` or `/* … */` (nested).
    case comment
    /// Spaces and tabs.
    case whitespace
    /// A line break (ends a statement unless an expression continues).
    case newline
    /// Text that is not a token; the lexer reported a diagnostic for it.
    case error
    /// The end of the text (empty).
    case endOfFile

    func category(text: String) -> TokenCategory {
        switch self {
        case .identifier:
            if let first = text.unicodeScalars.first, first.properties.isUppercase { return .typeName }
            return Lexer.builtinFunctionNames.contains(text) ? .builtin : .identifier
        case .keyword: return text == "true" || text == "false" || text == "nil" ? .literalKeyword : .keyword
        case .dollarIdentifier: return .identifier
        case .integer, .float: return .number
        case .stringStart, .stringText, .stringEnd: return .string
        case .interpolationStart, .interpolationEnd: return .interpolation
        case .symbol: return .symbol
        case .operator: return .operator
        case .punctuation: return .punctuation
        case .comment: return .comment
        case .whitespace, .newline, .endOfFile: return .whitespace
        case .error: return .error
        }
    }
}

/// Coarse token classes for syntax highlighting (one CSS class each).
public enum TokenCategory: String, Hashable, Sendable, CaseIterable {
    /// `let`, `func`, `if`, `return`, ….
    case keyword
    /// `true`, `false`, `nil`.
    case literalKeyword
    /// Names of values and functions.
    case identifier
    /// Capitalised names: `Int`, `Tensor`, `ConvNet`.
    case typeName
    /// Names of the language's basic functions: `print`, `sqrt`, `stride`, ….
    case builtin
    /// Numbers.
    case number
    /// String delimiters and text.
    case string
    /// `\(` and `)` around an interpolation.
    case interpolation
    /// `.train`-style symbols.
    case symbol
    /// Operators.
    case `operator`
    /// Brackets, commas, colons.
    case punctuation
    /// Comments.
    case comment
    /// Whitespace and newlines.
    case whitespace
    /// Text that does not lex.
    case error
}
