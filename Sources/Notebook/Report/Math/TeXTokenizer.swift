/// A token of TeX math source.
enum TeXToken: Equatable {
    /// `\name` (letters) or `\c` (one other character); `\operatorname*` keeps its star.
    case command(String)
    /// `\begin{name}`.
    case begin(String)
    /// `\end{name}`.
    case end(String)
    /// A command whose argument is text, not math (`\text{…}`, `\operatorname{…}`,
    /// `\mathrm{…}`), with the argument's raw source.
    case textArgument(command: String, raw: String)
    /// `{`.
    case open
    /// `}`.
    case close
    /// `^`.
    case superscript
    /// `_`.
    case `subscript`
    /// `&`, the column separator in tables.
    case ampersand
    /// `'`, a prime.
    case prime
    /// Any other character (letters, digits, operators, Unicode symbols).
    case character(Character)
}

/// Splits TeX math source into tokens; white space between tokens is dropped, as TeX does in
/// math mode. Never fails: an unfinished group simply ends the source.
enum TeXTokenizer {
    /// Commands whose braced argument is read as raw text.
    static let textCommands: Set<String> = [
        "text", "textrm", "textit", "textbf", "textsf", "texttt", "mbox", "mathrm", "operatorname",
        "operatorname*", "mathit",
    ]

    /// The tokens of `source`.
    static func tokens(_ source: String) -> [TeXToken] {
        let characters = Array(source)
        var tokens: [TeXToken] = []
        var i = 0
        while i < characters.count {
            let c = characters[i]
            i += 1
            switch c {
            case " ", "\t", "\n", "\r": continue
            case "{": tokens.append(.open)
            case "}": tokens.append(.close)
            case "^": tokens.append(.superscript)
            case "_": tokens.append(.subscript)
            case "&": tokens.append(.ampersand)
            case "'": tokens.append(.prime)
            case "\\":
                tokens.append(command(characters, &i))
            default: tokens.append(.character(c))
            }
        }
        return tokens
    }

    /// Reads the command after a backslash (and, for some, its argument).
    private static func command(_ characters: [Character], _ i: inout Int) -> TeXToken {
        guard i < characters.count else { return .command("\\") }
        guard characters[i].isASCIILetter else {
            i += 1
            return .command(String(characters[i - 1]))
        }
        var name = ""
        while i < characters.count, characters[i].isASCIILetter {
            name.append(characters[i])
            i += 1
        }
        if name == "operatorname", i < characters.count, characters[i] == "*" {
            name += "*"
            i += 1
        }
        switch name {
        case "begin", "end":
            let argument = group(characters, &i) ?? ""
            return name == "begin" ? .begin(argument) : .end(argument)
        case _ where textCommands.contains(name):
            guard let argument = group(characters, &i) else { return .command(name) }
            return .textArgument(command: name, raw: argument)
        default:
            return .command(name)
        }
    }

    /// Reads a braced group's raw content (nested braces kept), after optional spaces.
    private static func group(_ characters: [Character], _ i: inout Int) -> String? {
        var j = i
        while j < characters.count, characters[j] == " " { j += 1 }
        guard j < characters.count, characters[j] == "{" else { return nil }
        var depth = 0
        var content = ""
        while j < characters.count {
            let c = characters[j]
            j += 1
            if c == "\\", j < characters.count {
                content.append(c)
                content.append(characters[j])
                j += 1
                continue
            }
            if c == "{" {
                depth += 1
                if depth == 1 { continue }
            } else if c == "}" {
                depth -= 1
                if depth == 0 { break }
            }
            content.append(c)
        }
        i = j
        return content
    }
}

extension Character {
    /// True for `a`–`z` and `A`–`Z`.
    var isASCIILetter: Bool { isASCII && isLetter }
}
