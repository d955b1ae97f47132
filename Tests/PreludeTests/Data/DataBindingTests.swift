import CellLanguage
import XCTest

/// Datasets in cells: Fashion-MNIST, balanced subsets from the run's generator, selections,
/// the subscript, synthetic mixtures and `.npy` directories.
final class DataBindingTests: XCTestCase {
    func testFashionMNISTLoadsBothSplitsWithTheirClassNames() {
        let session = PreludeSession()
        XCTAssertEqual(session.printed("""
            let test = FashionMNIST(split: .test)
            print(test.count, test.sampleShape, test.classCount, test.classNames[9], test.classCounts[0])
            """), "10000 [1, 28, 28] 10 Ankle boot 1000")
        XCTAssertEqual(session.run("test").result, "Dataset: 10000 × [1, 28, 28], 10 classes (T-shirt/top, Trouser, Pullover, …)")
        XCTAssertEqual(session.failure("FashionMNIST(split: .validation)")?.message,
                       "FashionMNIST(split:): unknown split .validation; use .train or .test")
    }

    func testBalancedSubsetsDrawFromTheRunGeneratorReproducibly() {
        let code = "let test = FashionMNIST(split: .test)\nlet s = test.subset(perClass: 3)\nprint(s.count, s.classCounts, s.labels)"
        let first = PreludeSession(seed: 1).printed(code)
        XCTAssertTrue(first.hasPrefix("30 [3, 3, 3, 3, 3, 3, 3, 3, 3, 3] [0, 0, 0, 1, 1, 1,"), first)
        XCTAssertEqual(PreludeSession(seed: 1).printed(code), first)
    }

    func testSelectionsPrefixesAndTheSubscript() {
        let session = PreludeSession()
        XCTAssertEqual(session.printed("""
            let set = Dataset(images: Tensor([[0, 0], [1, 1], [2, 2]]), labels: [0, 1, 1], classNames: ["a", "b"])
            let (image, label) = set[1]
            print(set.prefix(2).labels, set.selecting([2, 0]).labels, set[1..<3].count, image, label)
            print(set.indices(ofClass: 1), set.images(ofClass: 0).shape, set.appending(set).count)
            """), "[0, 1] [1, 0] 2 Tensor([1.0, 1.0]) 1\n[1, 2] [1, 2] 6")
        XCTAssertEqual(session.failure("Dataset(images: Tensor([[0, 0]]), labels: [0, 1])")?.message.contains("give one label per sample"), true)
    }

    func testGaussianMixturesGiveMatchingTrainAndTestSets() {
        let session = PreludeSession()
        XCTAssertEqual(session.printed("""
            let data = gaussianMixture(classes: 3, shape: [2], train: 10, test: 5)
            print(data.train.count, data.test.count, data.train.sampleShape, data.test.classCounts)
            """), "30 15 [2] [5, 5, 5]")
    }

    func testSetsRoundTripThroughNPYDirectories() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("prelude-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let session = PreludeSession()
        XCTAssertEqual(session.printed("""
            let set = Dataset(images: Tensor([[0.5], [1.5]]), labels: [1, 0], classNames: ["x", "y"])
            set.save(to: "\(directory)")
            let back = Dataset(contentsOf: "\(directory)")
            print(back.images, back.labels, back.classNames)
            """), "Tensor([[0.5], [1.5]]) [1, 0] [\"x\", \"y\"]")
    }

    func testPixelsUndoTheNormalisation() {
        let printed = PreludeSession().printed("""
            let test = FashionMNIST(split: .test).prefix(100)
            print(test.pixels.min().item() >= 0, test.pixels.max().item() <= 1.0001, test.images.min().item() < 0)
            """)
        XCTAssertEqual(printed, "true true true")
    }
}
