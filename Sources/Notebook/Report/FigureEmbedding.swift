import Foundation

/// Figures inlined into the report as data URIs, so the report is one self-contained file.
enum FigureEmbedding {
    /// An `<img>` for the figure file at `path`, or nil when it cannot be read. PNGs are drawn
    /// at half their pixel width (figures are saved at 2x resolution), so they are sharp on
    /// high-density screens and the right size elsewhere.
    static func image(path: String, alt: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let lower = path.lowercased()
        let type = lower.hasSuffix(".svg") ? "image/svg+xml" : lower.hasSuffix(".jpg") || lower.hasSuffix(".jpeg")
            ? "image/jpeg" : "image/png"
        let width = type == "image/png" ? pngWidth(data).map { " width=\"\(($0 + 1) / 2)\"" } ?? "" : ""
        return "<img src=\"data:\(type);base64,\(data.base64EncodedString())\" alt=\"\(HTML.escape(alt))\"\(width)>"
    }

    /// The pixel width in a PNG's IHDR chunk (bytes 16–19, big-endian), or nil if `data` is
    /// not a PNG.
    static func pngWidth(_ data: Data) -> Int? {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, Array(bytes[0..<8]) == signature else { return nil }
        return bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
    }
}
