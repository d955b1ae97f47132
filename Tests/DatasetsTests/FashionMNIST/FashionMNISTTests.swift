import Foundation
import TensorCore
import XCTest

@testable import Datasets

/// Fashion-MNIST as installed by `dataset-fashion-mnist`, and the loader's errors.
final class FashionMNISTTests: XCTestCase {
    /// The training split, read once for all tests of this class.
    private static let train = Result { try FashionMNIST(split: .train, environment: [:]) }
    private static let test = Result { try FashionMNIST(split: .test, environment: [:]) }

    func testTrainingSplitHas60000ImagesAnd6000PerClass() throws {
        let train = try Self.train.get()
        XCTAssertEqual(train.count, 60_000)
        XCTAssertEqual(train.pixels.count, 60_000 * 28 * 28)
        XCTAssertEqual(train.directory, FashionMNIST.defaultDirectory)
        XCTAssertEqual(Array(train.labels.prefix(10)), [9, 0, 0, 3, 0, 2, 7, 2, 5, 5])
        XCTAssertEqual(train.labeledSet().classCounts, [Int](repeating: 6_000, count: 10))
        // The first image's pixels sum to 76,247 (computed with NumPy from the same file).
        XCTAssertEqual(train.pixels.prefix(784).reduce(0) { $0 + Int($1) }, 76_247)
    }

    func testTestSplitHas10000ImagesAnd1000PerClass() throws {
        let test = try Self.test.get()
        XCTAssertEqual(test.count, 10_000)
        XCTAssertEqual(Array(test.labels.prefix(10)), [9, 2, 1, 1, 6, 1, 4, 6, 5, 7])
        XCTAssertEqual(test.labeledSet().classCounts, [Int](repeating: 1_000, count: 10))
    }

    func testNormalisedTrainingImagesHaveMeanZeroAndStdOne() throws {
        let set = try Self.train.get().labeledSet()
        XCTAssertEqual(set.images.shape, [60_000, 1, 28, 28])
        XCTAssertEqual(set.normalization, .fashionMNIST)
        XCTAssertEqual(set.classNames, FashionMNIST.classNames)
        let (mean, std) = meanAndStd(set.images)
        // NumPy on the same file: mean −0.000168, std 1.000069.
        XCTAssertEqual(mean, -0.000168, accuracy: 1e-5)
        XCTAssertEqual(std, 1.000069, accuracy: 1e-5)
    }

    func testPixelValuesMapToTheReferenceNormalisation() throws {
        let train = try Self.train.get()
        let set = train.labeledSet()
        let brightest = try XCTUnwrap(train.pixels.firstIndex(of: 255))
        XCTAssertEqual(set.images.scalars[brightest], (1 - 0.2861) / 0.3530, accuracy: 1e-6)
        let dark = try XCTUnwrap(train.pixels.firstIndex(of: 0))
        XCTAssertEqual(set.images.scalars[dark], -0.2861 / 0.3530, accuracy: 1e-6)
    }

    func testUnnormalisedSetHoldsPixelsInUnitRangeAndDenormaliseRecoversThem() throws {
        let test = try Self.test.get()
        let pixels = test.labeledSet(normalized: false)
        XCTAssertEqual(pixels.normalization, .identity)
        XCTAssertEqual(pixels.images.scalars.min(), 0)
        XCTAssertEqual(pixels.images.scalars.max(), 1)
        let recovered = try Normalization.fashionMNIST.denormalize(test.labeledSet().images)
        let worst = zip(recovered.scalars, pixels.images.scalars).map { abs($0 - $1) }.max() ?? .infinity
        XCTAssertLessThan(worst, 1e-6)
    }

    func testLoadingTheTrainingSplitTakesWellUnderASecondOrTwo() throws {
        let start = Date()
        let set = try FashionMNIST.load(.train)
        let seconds = Date().timeIntervalSince(start)
        print("FashionMNIST.load(.train): \(String(format: "%.3f", seconds)) s for \(set.count) images")
        XCTAssertLessThan(seconds, 5, "reading 60,000 images should take a fraction of a second in release builds")
    }

    func testClassNamesFollowTheLabelOrder() {
        XCTAssertEqual(FashionMNIST.classNames.count, 10)
        XCTAssertEqual(FashionMNIST.classNames[0], "T-shirt/top")
        XCTAssertEqual(FashionMNIST.classNames[9], "Ankle boot")
    }

    func testMissingFilesNameThePackageToInstall() throws {
        let empty = try TemporaryDirectory()
        defer { empty.remove() }
        assertThrowsDatasetError(
            try FashionMNIST(split: .train, directory: empty.path),
            containing: "no Fashion-MNIST files in \(empty.path); run `apt-get install dataset-fashion-mnist` or set RETORT_DATA")
    }

    func testRetortDataNamesTheDirectoryToRead() throws {
        let empty = try TemporaryDirectory()
        defer { empty.remove() }
        assertThrowsDatasetError(
            try FashionMNIST(split: .test, environment: ["RETORT_DATA": empty.path]),
            containing: "no Fashion-MNIST files in \(empty.path)", "t10k-images-idx3-ubyte.gz")
    }

    func testDirectoryPrecedenceIsExplicitThenEnvironmentThenDefault() {
        let environment = ["RETORT_DATA": "/from/env"]
        XCTAssertEqual(FashionMNIST.resolveDirectory("/explicit", environment: environment), "/explicit")
        XCTAssertEqual(FashionMNIST.resolveDirectory(nil, environment: environment), "/from/env")
        XCTAssertEqual(FashionMNIST.resolveDirectory(nil, environment: ["RETORT_DATA": ""]), FashionMNIST.defaultDirectory)
        XCTAssertEqual(FashionMNIST.resolveDirectory(nil, environment: [:]), FashionMNIST.defaultDirectory)
    }

    func testSmallDirectoryWrittenByTheTestLoadsThroughTheSamePath() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let pixels = (0..<3 * 784).map { UInt8($0 % 256) }
        try writeSplit(.test, in: directory, pixels: pixels, shape: [3, 28, 28], labels: [4, 0, 9])
        let small = try FashionMNIST(split: .test, directory: directory.path)
        XCTAssertEqual(small.labels, [4, 0, 9])
        XCTAssertEqual(small.pixels, pixels)
        XCTAssertEqual(small.labeledSet().images.shape, [3, 1, 28, 28])
    }

    func testImagesAndLabelsOfDifferentCountsAreRejected() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try writeSplit(.train, in: directory, pixels: [UInt8](repeating: 0, count: 2 * 784), shape: [2, 28, 28], labels: [1, 2, 3])
        assertThrowsDatasetError(
            try FashionMNIST(split: .train, directory: directory.path), containing: "expected 2 labels", "do not belong together")
    }

    func testImagesThatAreNot28By28AreRejected() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try writeSplit(.train, in: directory, pixels: [UInt8](repeating: 0, count: 32 * 32), shape: [1, 32, 32], labels: [1])
        assertThrowsDatasetError(try FashionMNIST(split: .train, directory: directory.path), containing: "[N, 28, 28]", "[1, 32, 32]")
    }

    func testLabelsAboveNineAreRejected() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try writeSplit(.train, in: directory, pixels: [UInt8](repeating: 0, count: 784), shape: [1, 28, 28], labels: [10])
        assertThrowsDatasetError(try FashionMNIST(split: .train, directory: directory.path), containing: "label 10", "corrupt")
    }

    /// Writes a split's two gzipped IDX files into `directory`.
    private func writeSplit(_ split: FashionMNIST.Split, in directory: TemporaryDirectory, pixels: [UInt8], shape: [Int], labels: [UInt8]) throws {
        let images = try IDXArray(shape: shape, bytes: pixels).encoded()
        let labelArray = try IDXArray(shape: [labels.count], bytes: labels).encoded()
        try Data(Gzip.compress(images)).write(to: URL(fileURLWithPath: directory.file(split.fileNames.images + ".gz")))
        try Data(Gzip.compress(labelArray)).write(to: URL(fileURLWithPath: directory.file(split.fileNames.labels + ".gz")))
    }

    /// Mean and population standard deviation, accumulated in Double.
    private func meanAndStd(_ tensor: Tensor) -> (Double, Double) {
        let n = Double(tensor.count)
        let mean = tensor.scalars.reduce(0.0) { $0 + Double($1) } / n
        let variance = tensor.scalars.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / n
        return (mean, variance.squareRoot())
    }
}
