import Foundation
import TensorCore

/// Fashion-MNIST (Xiao, Rasul & Vollgraf, 2017): grey 28×28 images of clothing in 10 classes,
/// 60,000 for training and 10,000 for testing, 6,000 and 1,000 per class.
///
/// Read from the gzipped IDX files of Debian's `dataset-fashion-mnist` package in
/// `/usr/share/datasets/fashion-mnist/`, or from the directory named by the environment
/// variable `RETORT_DATA`, or from a directory given explicitly (checked in that order of
/// precedence: explicit, `RETORT_DATA`, default). Uncompressed files (without `.gz`) are read
/// too. Loading the training split takes ~0.2 s; the raw bytes are kept, and `labeledSet()`
/// turns them into the normalised float tensor networks train on.
public struct FashionMNIST {
    /// Which of the two files pairs to read.
    public enum Split: String, CaseIterable, Sendable {
        /// 60,000 images: `train-images-idx3-ubyte.gz`, `train-labels-idx1-ubyte.gz`.
        case train
        /// 10,000 images: `t10k-images-idx3-ubyte.gz`, `t10k-labels-idx1-ubyte.gz`.
        case test

        /// The file names of this split, images then labels (without `.gz`).
        public var fileNames: (images: String, labels: String) {
            let prefix = self == .train ? "train" : "t10k"
            return ("\(prefix)-images-idx3-ubyte", "\(prefix)-labels-idx1-ubyte")
        }
    }

    /// Where Debian's `dataset-fashion-mnist` installs the files.
    public static let defaultDirectory = "/usr/share/datasets/fashion-mnist"

    /// The environment variable naming a directory that holds the files instead.
    public static let environmentVariable = "RETORT_DATA"

    /// The class names, indexed by label.
    public static let classNames = [
        "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
    ]

    /// The side of an image, in pixels.
    public static let imageSize = 28

    /// The split that was read.
    public let split: Split
    /// The directory the files were read from.
    public let directory: String
    /// The raw pixels, 0 (background) to 255, row-major `[N, 28, 28]`.
    public let pixels: [UInt8]
    /// The label of each image, 0...9 (see `classNames`).
    public let labels: [Int]

    /// Reads one split.
    /// - Parameters:
    ///   - directory: the directory holding the files; when nil, `$RETORT_DATA`, else
    ///     `/usr/share/datasets/fashion-mnist`.
    ///   - environment: the environment consulted for `RETORT_DATA` (the process's by default).
    /// - Throws: when a file is missing ("no Fashion-MNIST files in …; run `apt-get install
    ///   dataset-fashion-mnist` or set RETORT_DATA"), truncated, corrupt, or holds images and labels
    ///   that do not belong together.
    public init(
        split: Split, directory: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws {
        let directory = Self.resolveDirectory(directory, environment: environment)
        let imagesPath = try Self.locate(split.fileNames.images, in: directory, split: split)
        let labelsPath = try Self.locate(split.fileNames.labels, in: directory, split: split)
        let images = try IDXArray(contentsOf: imagesPath)
        let labels = try IDXArray(contentsOf: labelsPath)
        let side = Self.imageSize
        guard images.shape.count == 3, images.shape[1] == side, images.shape[2] == side else {
            throw DatasetError(
                "\(imagesPath): expected images of shape [N, \(side), \(side)], found \(images.shape); "
                    + "this is not a Fashion-MNIST image file")
        }
        guard labels.shape == [images.shape[0]] else {
            throw DatasetError(
                "\(labelsPath): expected \(images.shape[0]) labels (one per image of \(imagesPath)), "
                    + "found shape \(labels.shape); the files do not belong together")
        }
        if let bad = labels.bytes.firstIndex(where: { $0 >= Self.classNames.count }) {
            throw DatasetError(
                "\(labelsPath): label \(labels.bytes[bad]) of image \(bad) is not a class 0...9; the file is corrupt")
        }
        self.split = split
        self.directory = directory
        self.pixels = images.bytes
        self.labels = labels.bytes.map(Int.init)
    }

    /// The number of images.
    public var count: Int { labels.count }

    /// The images as a set: `[N, 1, 28, 28]` floats, pixels scaled to [0, 1] and then, when
    /// `normalized` (the default), normalised with mean 0.2861 and std 0.3530 (METHODS.md §2).
    /// Cost: one pass through a 256-entry table, ~40 ms for the training split.
    public func labeledSet(normalized: Bool = true) -> LabeledSet {
        let normalization = normalized ? Normalization.fashionMNIST : .identity
        let (mean, std) = (normalization.mean[0], normalization.std[0])
        let table = (0..<256).map { (Float($0) / 255 - mean) / std }
        let images = pixels.withUnsafeBufferPointer { source in
            table.withUnsafeBufferPointer { table in
                Tensor.build([count, 1, Self.imageSize, Self.imageSize]) { target in
                    for i in 0..<source.count { target[i] = table[Int(source[i])] }
                }
            }
        }
        // Labels were checked to lie in 0...9 when the files were read.
        return LabeledSet(
            unchecked: images, labels: labels, classCount: Self.classNames.count, classNames: Self.classNames,
            normalization: normalization)
    }

    /// One split as a normalised set, `[N, 1, 28, 28]`: `FashionMNIST(split:directory:).labeledSet()`.
    /// - Throws: as `init(split:directory:environment:)`.
    public static func load(_ split: Split, directory: String? = nil) throws -> LabeledSet {
        try FashionMNIST(split: split, directory: directory).labeledSet()
    }

    /// The directory to read: the explicit one, else `$RETORT_DATA` when set and not empty, else
    /// the default.
    public static func resolveDirectory(_ explicit: String?, environment: [String: String]) -> String {
        if let explicit { return explicit }
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty { return fromEnvironment }
        return defaultDirectory
    }

    /// The path of `name.gz`, or of `name` uncompressed, in `directory`.
    private static func locate(_ name: String, in directory: String, split: Split) throws -> String {
        for candidate in [name + ".gz", name] {
            let path = (directory as NSString).appendingPathComponent(candidate)
            if Files.isFile(path) { return path }
        }
        let (images, labels) = split.fileNames
        throw DatasetError(
            "no Fashion-MNIST files in \(directory); run `apt-get install dataset-fashion-mnist` or set "
                + "\(environmentVariable) (to a directory holding \(images).gz and \(labels).gz; \(name).gz is missing)")
    }
}
