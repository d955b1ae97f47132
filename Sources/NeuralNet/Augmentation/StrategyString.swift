/// The reference's strategy strings (METHODS.md §3): tokens joined by `_`, or `none`.
///
/// Parses `text` into tokens of `Token`; `what` names the augmentation in messages and `hint`
/// maps a foreign token to a note on where it belongs.
/// - Returns: the tokens in order; empty for `none` (any case).
/// - Throws: for an empty string, an empty token or an unknown token, listing the known ones.
func parseStrategy<Token: RawRepresentable & CaseIterable>(
    _ text: String, what: String, example: String, hint: (String) -> String? = { _ in nil }
) throws -> [Token] where Token.RawValue == String {
    if text.lowercased() == "none" { return [] }
    guard !text.isEmpty else {
        throw NeuralNetError(
            "\(what) strategy: the string is empty; give tokens joined by '_' (for instance '\(example)') "
                + "or 'none' for no augmentation")
    }
    return try text.split(separator: "_", omittingEmptySubsequences: false).map { part in
        let token = String(part)
        if let known = Token(rawValue: token) { return known }
        let names = Token.allCases.map(\.rawValue).joined(separator: ", ")
        let problem = token.isEmpty ? "an empty token" : "unknown token '\(token)'"
        let note = hint(token).map { " (\($0))" } ?? ""
        throw NeuralNetError("\(what) strategy '\(text)' has \(problem)\(note); the tokens are \(names), joined by '_', or 'none'")
    }
}

/// The tokens joined by `_`, or `none` when there are none.
func strategyString<Token: RawRepresentable>(_ tokens: [Token]) -> String where Token.RawValue == String {
    tokens.isEmpty ? "none" : tokens.map(\.rawValue).joined(separator: "_")
}
