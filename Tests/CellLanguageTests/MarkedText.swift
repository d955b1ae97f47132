/// Text with position markers, as swift-format's `MarkedText`: `1️⃣`, `2️⃣`, … stand for
/// positions and are removed from the text; `location(_:)` gives each one's line and
/// column (1-based, counted in Unicode scalars as diagnostics are).
struct MarkedText {
    let text: String
    private var positions: [String: (line: Int, column: Int)] = [:]

    static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"]

    init(_ marked: String, firstLine: Int = 1) {
        var text = ""
        var line = firstLine
        var column = 1
        var rest = Substring(marked)
        while !rest.isEmpty {
            if let marker = MarkedText.markers.first(where: { rest.hasPrefix($0) }) {
                positions[marker] = (line, column)
                rest = rest.dropFirst(marker.count)
                continue
            }
            let character = rest.removeFirst()
            text.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        self.text = text
    }

    /// The line and column of a marker.
    func location(_ marker: String) -> (line: Int, column: Int)? {
        positions[marker]
    }
}
