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

    /// Slugs made unique by suffixes (`intro`, `intro-1`, `intro-2`), in the order asked.
    struct Unique {
        private var used: Set<String> = []

        /// The slug of `text`, suffixed when an earlier one was the same.
        mutating func make(_ text: String) -> String {
            let base = Slug.make(text)
            var slug = base
            var counter = 0
            while used.contains(slug) {
                counter += 1
                slug = "\(base)-\(counter)"
            }
            used.insert(slug)
            return slug
        }
    }
}
