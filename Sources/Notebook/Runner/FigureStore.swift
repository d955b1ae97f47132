import CellLanguage
import Foundation

/// Saves the figures of a run under `<root>/<notebook-name>/` with deterministic names: the
/// name the figure asks for, else the cell's label, else `cell-<index>`; a name used before
/// in the run gets a counter (`loss`, `loss-2`, `loss-3`). The figure writes its own files
/// (PNG at 2x and SVG), atomically.
public final class FigureStore {
    /// The directory the notebook's figures go to: `<root>/<notebook-name>`.
    public let directory: String
    private var names = UniqueNames()

    /// A store for the notebook named `notebookName` under `root` (`Figures` by default,
    /// `--figures DIR` otherwise).
    public init(root: String, notebookName: String) {
        directory = (root as NSString).appendingPathComponent(notebookName)
    }

    /// The file stem for the next figure of `cell`.
    func stem(for figure: any FigureObject, in cell: Cell) -> String {
        names.claim(Self.fileSafe(figure.figureName ?? cell.label ?? "cell-\(cell.index)"))
    }

    /// Saves `figure`, shown by `cell`.
    /// - Throws: what the figure's writer throws, or `AtomicFileError` when the directory
    ///   cannot be created.
    public func save(_ figure: any FigureObject, from cell: Cell) throws -> SavedFigure {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw AtomicFileError(path: directory, reason: "the figures directory cannot be created (\(error.localizedDescription)); pass another with --figures DIR")
        }
        let paths = try figure.writeFiles(toDirectory: directory, stem: stem(for: figure, in: cell))
        return SavedFigure(displayPath: paths.first ?? directory, paths: paths)
    }

    /// Letters, digits, `-` and `_` kept; anything else becomes `-`.
    static func fileSafe(_ name: String) -> String {
        let safe = String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "-" })
        return safe.isEmpty ? "figure" : safe
    }
}
