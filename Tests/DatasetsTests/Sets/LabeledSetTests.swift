import TensorCore
import XCTest

@testable import Datasets

/// LabeledSet: its invariants, per-class access, selection, balanced subsets and concatenation.
final class LabeledSetTests: XCTestCase {
    /// Ten samples of shape [1, 1, 2]; sample i holds (i, −i); labels cycle 0, 1, 2 (4, 3, 3 each).
    private func smallSet() throws -> LabeledSet {
        let values = (0..<10).flatMap { [Float($0), -Float($0)] }
        return try LabeledSet(
            images: Tensor(shape: [10, 1, 1, 2], scalars: values), labels: (0..<10).map { $0 % 3 },
            classNames: ["a", "b", "c"], normalization: .fashionMNIST)
    }

    /// The first value of every sample: the original index of each sample in `smallSet()`.
    private func origins(_ set: LabeledSet) -> [Int] {
        stride(from: 0, to: set.images.count, by: 2).map { Int(set.images.scalars[$0]) }
    }

    func testDefaultsCountClassesFromTheLabels() throws {
        let set = try LabeledSet(images: Tensor.zeros([4, 3]), labels: [0, 4, 2, 4])
        XCTAssertEqual(set.classCount, 5)
        XCTAssertEqual(set.classNames, ["0", "1", "2", "3", "4"])
        XCTAssertEqual(set.normalization, .identity)
        XCTAssertEqual(set.sampleShape, [3])
        XCTAssertEqual(set.classCounts, [1, 0, 1, 0, 2])
        XCTAssertEqual(set.description, "LabeledSet(4 samples of [3], 5 classes, mean [0.0] std [1.0])")
    }

    func testOneLabelPerSampleIsRequired() {
        assertThrowsDatasetError(
            try LabeledSet(images: Tensor.zeros([3, 2]), labels: [0, 1]), containing: "hold 3 samples", "2 labels")
    }

    func testLabelsOutsideTheClassesAreRejected() {
        assertThrowsDatasetError(
            try LabeledSet(images: Tensor.zeros([2, 2]), labels: [0, 3], classCount: 3), containing: "label 3 of sample 1")
        assertThrowsDatasetError(
            try LabeledSet(images: Tensor.zeros([1, 2]), labels: [-1], classCount: 3), containing: "label -1")
    }

    func testClassNamesMustNumberTheClasses() {
        assertThrowsDatasetError(
            try LabeledSet(images: Tensor.zeros([1, 2]), labels: [0], classCount: 2, classNames: ["x"]),
            containing: "1 class names given for 2 classes")
    }

    func testPerClassIndicesAndImagesFollowTheLabels() throws {
        let set = try smallSet()
        XCTAssertEqual(set.indicesByClass, [[0, 3, 6, 9], [1, 4, 7], [2, 5, 8]])
        XCTAssertEqual(try set.indices(ofClass: 1), [1, 4, 7])
        let images = try set.images(ofClass: 2)
        XCTAssertEqual(images.shape, [3, 1, 1, 2])
        XCTAssertEqual(images.scalars, [2, -2, 5, -5, 8, -8])
        assertThrowsDatasetError(try set.images(ofClass: 3), containing: "class 3 is outside 0..<3")
    }

    func testSelectingKeepsOrderRepeatsAndKind() throws {
        let set = try smallSet()
        let picked = try set.selecting([7, 2, 7])
        XCTAssertEqual(origins(picked), [7, 2, 7])
        XCTAssertEqual(picked.labels, [1, 2, 1])
        XCTAssertEqual(picked.classNames, ["a", "b", "c"])
        XCTAssertEqual(picked.normalization, .fashionMNIST)
        assertThrowsDatasetError(try set.selecting([10]), containing: "index 10 is outside 0..<10")
    }

    func testBalancedSubsetHasDistinctSamplesOfEachClassGroupedByClass() throws {
        var generator = SeededGenerator(seed: 7)
        let subset = try smallSet().subset(perClass: 2, using: &generator)
        XCTAssertEqual(subset.labels, [0, 0, 1, 1, 2, 2])
        let picked = origins(subset)
        XCTAssertEqual(Set(picked).count, 6, "samples are drawn without replacement")
        XCTAssertEqual(zip(picked, subset.labels).filter { $0 % 3 != $1 }.count, 0, "each sample keeps its own label")
    }

    func testSameSeedGivesTheSameSubsetAndAnotherSeedADifferentOne() throws {
        var data = SeededGenerator(seed: 0)
        let train = try GaussianMixture(classCount: 10, sampleShape: [4], using: &data).sample(perClass: 100, using: &data)
        var a = SeededGenerator(seed: 42), b = SeededGenerator(seed: 42), c = SeededGenerator(seed: 43)
        let first = try train.randomIndices(perClass: 10, using: &a)
        XCTAssertEqual(first, try train.randomIndices(perClass: 10, using: &b))
        XCTAssertNotEqual(first, try train.randomIndices(perClass: 10, using: &c))
    }

    func testEverySampleOfAClassCanBeDrawnAndAllOfThemAreDrawnEventually() throws {
        let set = try smallSet()
        var generator = SeededGenerator(seed: 1)
        var seen = Set<Int>()
        for _ in 0..<50 { seen.formUnion(try set.randomIndices(perClass: 1, using: &generator)) }
        XCTAssertEqual(seen, Set(0..<10))
    }

    func testAskingForMorePerClassThanAClassHasIsAnError() throws {
        var generator = SeededGenerator(seed: 1)
        assertThrowsDatasetError(
            try smallSet().subset(perClass: 4, using: &generator), containing: "class 1 (b) has 3 samples", "4 per class")
        assertThrowsDatasetError(try smallSet().subset(perClass: -1, using: &generator), containing: "at least 0")
    }

    func testConcatenationJoinsSamplesAndLabelsInOrder() throws {
        let set = try smallSet()
        let joined = try LabeledSet.concatenating([set.selecting([1, 2]), set.selecting([9]), set.selecting([])])
        XCTAssertEqual(origins(joined), [1, 2, 9])
        XCTAssertEqual(joined.labels, [1, 2, 0])
        XCTAssertEqual(try set.selecting([3]).appending(set.selecting([4])).labels, [0, 1])
    }

    func testConcatenationRefusesSetsOfDifferentKinds() throws {
        let set = try smallSet()
        let otherShape = try LabeledSet(images: Tensor.zeros([1, 2]), labels: [0], classNames: ["a", "b", "c"])
        assertThrowsDatasetError(try LabeledSet.concatenating([set, otherShape]), containing: "set 1", "samples of shape [2]")
        let otherSpace = try LabeledSet(images: Tensor.zeros([1, 1, 1, 2]), labels: [0], classNames: ["a", "b", "c"])
        assertThrowsDatasetError(try set.appending(otherSpace), containing: "normalisation")
        assertThrowsDatasetError(try LabeledSet.concatenating([]), containing: "at least one set")
    }

    func testReplacingImagesKeepsLabelsAndRequiresTheSameShape() throws {
        let set = try smallSet()
        let replaced = try set.replacingImages(Tensor.ones([10, 1, 1, 2]))
        XCTAssertEqual(replaced.labels, set.labels)
        XCTAssertEqual(replaced.images.scalars, [Float](repeating: 1, count: 20))
        assertThrowsDatasetError(try set.replacingImages(Tensor.ones([10, 2])), containing: "[10, 2]", "[10, 1, 1, 2]")
    }

    func testSelectionsOfImagesThatRequireGradientsStayDifferentiable() throws {
        let set = try smallSet()
        let synthetic = try set.replacingImages(set.images.requiringGrad())
        let picked = try synthetic.images(ofClass: 1)
        XCTAssertTrue(picked.requiresGrad)
        let g = try grad(of: picked.sum(), wrt: [synthetic.images])[0]
        XCTAssertEqual(g.scalars, (0..<10).flatMap { $0 % 3 == 1 ? [Float(1), 1] : [0, 0] })
    }
}
