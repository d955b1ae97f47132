/// "Did you mean …?" suggestions by edit distance (names in scope, argument labels, members).
enum Suggestions {
    /// The candidate closest to `name`, if it is close enough to be a plausible typo: at most
    /// one edit for names of up to 4 characters, two up to 8, three beyond. Ties go to the
    /// first candidate in the order given. Cost O(k · n²) for k candidates of length n.
    static func closest(to name: String, among candidates: [String]) -> String? {
        let target = Array(name.unicodeScalars)
        let limit = target.count <= 4 ? 1 : target.count <= 8 ? 2 : 3
        var best: (String, Int)?
        for candidate in candidates where candidate != name && !candidate.isEmpty {
            let distance = editDistance(target, Array(candidate.unicodeScalars))
            if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// `"; did you mean 'x'?"` when a close candidate exists, else the empty string.
    static func didYouMean(_ name: String, among candidates: [String]) -> String {
        closest(to: name, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Optimal-string-alignment distance: insertions, deletions, substitutions and
    /// transpositions of neighbours each cost 1 (case changes count as substitutions).
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
