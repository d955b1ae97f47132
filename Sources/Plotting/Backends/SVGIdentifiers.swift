import Foundation

/// Cairo names SVG images and surfaces after process-wide counters (`image360`, `surface91`), so
/// the same figure would get different bytes depending on what was drawn before it. This
/// renumbers them from 1 in order of first appearance, making SVG output depend only on the figure.
enum SVGIdentifiers {
    private static let pattern = try! NSRegularExpression(pattern: "(id=\"|#)(image|surface)([0-9]+)(?=[\")])")

    /// `svg` with every `imageN` / `surfaceN` identifier and reference renumbered.
    static func normalize(_ svg: Data) -> Data {
        guard let text = String(data: svg, encoding: .utf8) else { return svg }
        let whole = NSRange(text.startIndex..., in: text)
        var renamed: [String: String] = [:]
        var counters: [String: Int] = [:]
        for match in pattern.matches(in: text, range: whole) {
            let prefix = String(text[Range(match.range(at: 2), in: text)!])
            let old = prefix + text[Range(match.range(at: 3), in: text)!]
            if renamed[old] == nil {
                counters[prefix, default: 0] += 1
                renamed[old] = prefix + String(counters[prefix]!)
            }
        }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var cursor = text.startIndex
        for match in pattern.matches(in: text, range: whole) {
            let idRange = Range(NSRange(location: match.range(at: 2).location,
                                        length: match.range(at: 2).length + match.range(at: 3).length), in: text)!
            result += text[cursor..<idRange.lowerBound]
            result += renamed[String(text[idRange])]!
            cursor = idRange.upperBound
        }
        result += text[cursor...]
        return Data(result.utf8)
    }
}
