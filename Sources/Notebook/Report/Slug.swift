/// Anchors for headings and cells: lower-case words joined by `-` (GitHub's style).
enum Slug {
    /// `"Step 2: Match the *trajectories*"` → `"step-2-match-the-trajectories"`; `"section"`
    /// when nothing is left.
    static func make(_ text: String) -> String {
        var slug = ""
        var pendingDash = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "_" {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.append(character)
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }
}
