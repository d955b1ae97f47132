/// "Did you mean …?" for names outside the language proper — the notebook's cell options and
/// `--param` names — so that every suggestion Retort makes follows the same rule.
public enum NameSuggestions {
    /// The candidate closest to `name` by edit distance, if close enough to be a plausible
    /// typo (see `Suggestions.closest`: one edit up to 4 characters, two up to 8, three beyond).
    public static func closest(to name: String, among candidates: [String]) -> String? {
        Suggestions.closest(to: name, among: candidates)
    }
}
