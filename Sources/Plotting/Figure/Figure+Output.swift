import Foundation

/// A file format a figure can be written in.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// A raster at the figure's `dpi` (default 200).
    case png
    /// Scalable vector graphics, sized in points.
    case svg
    /// A one-page PDF, sized in points.
    case pdf
}

extension Figure {
    /// The figure encoded as `format`. The same figure always gives the same bytes.
    /// Cost: layout plus one Cairo pass; a 10,000-point scatter takes a few tens of milliseconds.
    /// - Throws: `PlotError.cairo` when Cairo fails.
    public func data(_ format: OutputFormat) throws -> Data {
        try CairoRenderer.encode(format, width: width, height: height, dpi: dpi) { draw(into: $0) }
    }

    /// The figure rendered to pixels at `dpi` (default: the figure's), row 0 at the top.
    public func raster(dpi: Double? = nil) throws -> RGBAImage {
        try CairoRenderer.raster(width: width, height: height, dpi: dpi ?? self.dpi) { draw(into: $0) }
    }

    /// Writes the figure to `basePath` plus one extension per format ("loss" → "loss.png",
    /// "loss.svg"), each atomically (a temporary file renamed into place), creating the folder
    /// when missing.
    /// - Returns: the paths written, in the order of `formats`.
    /// - Throws: `PlotError.io` when a file cannot be written, `PlotError.cairo` when drawing fails.
    @discardableResult
    public func write(to basePath: String, formats: [OutputFormat] = [.png, .svg]) throws -> [String] {
        try formats.map { format in
            let path = basePath + "." + format.rawValue
            try AtomicFile.write(try data(format), to: path)
            return path
        }
    }
}

/// Writing files so that a reader never sees half of one.
enum AtomicFile {
    /// Writes `data` to a temporary file next to `path`, then renames it over `path`.
    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw PlotError.io(path: path, reason: "cannot create folder \(folder.path)")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw PlotError.io(path: path, reason: "cannot create \(temporary.path)")
        }
        guard rename(temporary.path, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw PlotError.io(path: path, reason: reason)
        }
    }
}
