import Foundation
import TensorCore

/// What a saved set records beside its arrays: `meta.json`.
private struct SetMetadata: Codable {
    var classCount: Int
    var classNames: [String]
    var normalization: Normalization
}

extension LabeledSet {
    /// The file names of a saved set, inside its directory.
    public static let imagesFileName = "images.npy"
    /// See `imagesFileName`.
    public static let labelsFileName = "labels.npy"
    /// See `imagesFileName`.
    public static let metadataFileName = "meta.json"

    /// Saves the set as a directory NumPy and PyTorch can read:
    /// `images.npy` (float32, `[N, ...]`), `labels.npy` (int64, `[N]`) and `meta.json` (class
    /// count, class names and normalisation). The directory is created if needed; each file is
    /// written atomically. In Python: `x = np.load("dir/images.npy"); y = np.load("dir/labels.npy")`.
    /// - Throws: when the directory cannot be created or written.
    public func save(to directory: String) throws {
        try Files.makeDirectory(directory)
        let metadata = SetMetadata(classCount: classCount, classNames: classNames, normalization: normalization)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try NPY.save(images, to: path(directory, Self.imagesFileName))
        try NPY.save(labels: labels, to: path(directory, Self.labelsFileName))
        try Files.writeAtomically(Array(try encoder.encode(metadata)), to: path(directory, Self.metadataFileName))
    }

    /// Loads a set saved by `save(to:)`, or any directory holding `images.npy` and `labels.npy`
    /// (`meta.json` is optional: without it, classes are numbered and the normalisation is
    /// the identity unless given here).
    ///
    /// Arguments given here override `meta.json`.
    /// - Throws: when a file is missing or malformed, or the arrays do not form a set.
    public init(
        contentsOf directory: String, classCount: Int? = nil, classNames: [String]? = nil,
        normalization: Normalization? = nil
    ) throws {
        let images = try NPY.loadTensor(from: path(directory, Self.imagesFileName))
        let labels = try NPY.loadLabels(from: path(directory, Self.labelsFileName))
        let metadataPath = path(directory, Self.metadataFileName)
        var metadata: SetMetadata?
        if Files.isFile(metadataPath) {
            let json = Data(try Files.read(metadataPath))
            do {
                metadata = try JSONDecoder().decode(SetMetadata.self, from: json)
            } catch {
                let detail = (error as? DatasetError)?.message ?? "\(error)"
                throw DatasetError(
                    "\(metadataPath): not a valid set description (\(detail)); fix it or delete it to load the arrays alone")
            }
        }
        do {
            try self.init(
                images: images, labels: labels, classCount: classCount ?? metadata?.classCount,
                classNames: classNames ?? metadata?.classNames,
                normalization: normalization ?? metadata?.normalization ?? .identity)
        } catch let error as DatasetError {
            throw DatasetError("\(directory): \(error.message)")
        }
    }
}

/// `directory/name`.
private func path(_ directory: String, _ name: String) -> String {
    (directory as NSString).appendingPathComponent(name)
}
