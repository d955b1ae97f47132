import Foundation

/// Writes files so that a reader never sees half of one: the bytes go to a temporary file in
/// the same directory, which is then renamed over the destination (rename is atomic within a
/// file system). Missing parent directories are created.
public enum AtomicFile {
    /// Writes `data` to `path` atomically.
    /// - Throws: `AtomicFileError` naming the path and the reason, when the directory cannot
    ///   be created or the file cannot be written or renamed; the temporary file is removed.
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw AtomicFileError(path: path, reason: "its directory cannot be created (\(error.localizedDescription))")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString.prefix(8)).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw AtomicFileError(path: path, reason: "it cannot be written (\(error.localizedDescription)); check the directory's permissions and free space")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw AtomicFileError(path: path, reason: "it cannot be replaced (\(reason))")
        }
    }

    /// Writes `text` as UTF-8 to `path` atomically.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }
}

/// A file that could not be written.
public struct AtomicFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The destination path.
    public let path: String
    /// Why, and what to do.
    public let reason: String

    /// `cannot write 'path': reason`.
    public var description: String { "cannot write '\(path)': \(reason)" }
}
