import Foundation

/// Whole-file reads and atomic whole-file writes, with errors that name the path.
enum Files {
    /// Whether a regular file (or a link to one) exists at `path`.
    static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// The bytes of the file at `path`.
    static func read(_ path: String) throws -> [UInt8] {
        guard isFile(path) else { throw DatasetError("no file at \(path)") }
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw DatasetError("cannot read \(path): \(error.localizedDescription)")
        }
    }

    /// Writes `bytes` to `path` so that readers see either the old file or the whole new one:
    /// the bytes go to a temporary file beside it, which is then renamed over `path`.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DatasetError("cannot write \(path): the directory \(directory) does not exist; create it first")
        }
        let temporary = directory + "/.\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)-"
            + "\(UUID().uuidString).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
            throw DatasetError("cannot write \(path): creating \(temporary) failed (is the directory writable?)")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw DatasetError("cannot write \(path): \(reason)")
        }
    }

    /// Creates `path` and its missing parents as directories; does nothing when it exists.
    static func makeDirectory(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw DatasetError("cannot create the directory \(path): \(error.localizedDescription)")
        }
    }
}
