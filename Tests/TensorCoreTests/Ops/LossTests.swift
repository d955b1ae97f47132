import Foundation
import TensorCore
import TestSupport
import XCTest

/// Cross-entropy (hard and soft labels), mean squared error and cosine similarity: values
/// against Double references, stability, errors, and gradients of first and second order.
final class LossTests: XCTestCase {
    func testCrossEntropyWithLabelsIsTheMeanNegativeLogLikelihood() {
        forEachSeed { generator, seed in
            let logits = RandomCases.tensor([5, 4], in: -3...3, using: &generator)
            let labels = (0..<5).map { _ in generator.below(4) }
            let ls = referenceSoftmax(Reference(logits), axis: 1, log: true)
            let expected = -labels.enumerated().reduce(0.0) { $0 + ls[[$1.offset, $1.element]] } / 5
            assertClose(try Tensor.crossEntropy(logits: logits, labels: labels), Reference(shape: [], values: [expected]),
                        "seed \(seed)")
        }
    }

    func testCrossEntropyIsStableForHugeLogits() throws {
        let logits = try Tensor(shape: [2, 2], scalars: [1000, 0, -500, 500])
        let loss = try Tensor.crossEntropy(logits: logits, labels: [1, 0])
        XCTAssertEqual(Double(try loss.item()), (1000 + 1000) / 2, accuracy: 1e-3)
    }

    func testCrossEntropyWithProbabilitiesMatchesTheReference() {
        forEachSeed { generator, seed in
            let logits = RandomCases.tensor([4, 3], in: -3...3, using: &generator)
            let targets = try RandomCases.tensor([4, 3], in: -2...2, using: &generator).softmax(axis: 1)
            let ls = referenceSoftmax(Reference(logits), axis: 1, log: true)
            let expected = -zip(ls.values, targets.scalars).reduce(0.0) { $0 + $1.0 * Double($1.1) } / 4
            assertClose(try Tensor.crossEntropy(logits: logits, probabilities: targets),
                        Reference(shape: [], values: [expected]), "seed \(seed)")
        }
    }

    func testCrossEntropyWithOneHotProbabilitiesEqualsHardLabels() throws {
        var generator = SeededGenerator(seed: 9)
        let logits = RandomCases.tensor([3, 5], in: -3...3, using: &generator)
        let labels = [4, 0, 2]
        var oneHot = [Float](repeating: 0, count: 15)
        for (i, label) in labels.enumerated() { oneHot[i * 5 + label] = 1 }
        let soft = try Tensor.crossEntropy(logits: logits, probabilities: Tensor(shape: [3, 5], scalars: oneHot))
        let hard = try Tensor.crossEntropy(logits: logits, labels: labels)
        XCTAssertEqual(try soft.item(), try hard.item(), accuracy: 1e-6)
    }

    func testCrossEntropyRejectsBadInput() {
        let logits = Tensor.zeros([3, 4])
        assertThrowsTensorError(mentioning: ["[3, 4]", "2 labels"]) { try Tensor.crossEntropy(logits: logits, labels: [0, 1]) }
        assertThrowsTensorError(mentioning: ["label 4", "0..<4"]) { try Tensor.crossEntropy(logits: logits, labels: [0, 4, 1]) }
        assertThrowsTensorError(mentioning: ["label -1"]) { try Tensor.crossEntropy(logits: logits, labels: [0, -1, 1]) }
        assertThrowsTensorError(mentioning: ["[12]"]) { try Tensor.crossEntropy(logits: Tensor.zeros([12]), labels: [0]) }
        assertThrowsTensorError(mentioning: ["[0, 4]"]) { try Tensor.crossEntropy(logits: Tensor.zeros([0, 4]), labels: []) }
        assertThrowsTensorError(mentioning: ["[3, 4]", "[4, 3]"]) {
            try Tensor.crossEntropy(logits: logits, probabilities: Tensor.zeros([4, 3]))
        }
    }

    func testCrossEntropyGradientsMatchFiniteDifferences() throws {
        var generator = SeededGenerator(seed: 41)
        let logits = RandomCases.tensor([4, 3], in: -2...2, using: &generator)
        let targets = try RandomCases.tensor([4, 3], using: &generator).softmax(axis: 1)
        checkGradients([logits]) { try Tensor.crossEntropy(logits: $0[0], labels: [2, 0, 1, 2]) }
        checkGradients([logits, targets]) { try Tensor.crossEntropy(logits: $0[0], probabilities: $0[1]) }
    }

    func testCrossEntropySecondOrderGradientsMatchFiniteDifferences() throws {
        var generator = SeededGenerator(seed: 42)
        let logits = RandomCases.tensor([3, 4], in: -2...2, using: &generator)
        let targets = try RandomCases.tensor([3, 4], using: &generator).softmax(axis: 1)
        checkSecondOrderGradients([logits]) { try Tensor.crossEntropy(logits: $0[0], labels: [3, 0, 1]) }
        checkSecondOrderGradients([logits, targets]) { try Tensor.crossEntropy(logits: $0[0], probabilities: $0[1]) }
    }

    func testMeanSquaredErrorIsTheMeanOfSquaredDifferences() {
        forEachSeed { generator, seed in
            let a = RandomCases.tensor([3, 5], using: &generator), b = RandomCases.tensor([3, 5], using: &generator)
            let expected = zip(a.scalars, b.scalars).reduce(0.0) { $0 + pow(Double($1.0) - Double($1.1), 2) } / 15
            assertClose(try Tensor.meanSquaredError(a, b), Reference(shape: [], values: [expected]), "seed \(seed)")
        }
    }

    func testMeanSquaredErrorRejectsBadInput() {
        assertThrowsTensorError(mentioning: ["[2, 3]", "[3, 2]"]) { try Tensor.meanSquaredError(Tensor.zeros([2, 3]), Tensor.zeros([3, 2])) }
        assertThrowsTensorError(mentioning: ["[0]"]) { try Tensor.meanSquaredError(Tensor.zeros([0]), Tensor.zeros([0])) }
    }

    func testMeanSquaredErrorGradientsMatchFiniteDifferences() {
        var generator = SeededGenerator(seed: 43)
        let a = RandomCases.tensor([2, 3], using: &generator), b = RandomCases.tensor([2, 3], using: &generator)
        checkGradients([a, b]) { try Tensor.meanSquaredError($0[0], $0[1]) }
        checkSecondOrderGradients([a, b]) { try Tensor.meanSquaredError($0[0].tanh(), $0[1]) }
    }

    func testCosineSimilarityMatchesTheReferenceWithBroadcasting() throws {
        var generator = SeededGenerator(seed: 10)
        let a = RandomCases.tensor([4, 3, 5], using: &generator), b = RandomCases.tensor([3, 5], using: &generator)
        for axis in [1, 2, -1] {
            let ax = (axis + 3) % 3
            let ra = Reference(a), rb = Reference(b)
            let kept = [4, 3, 5].enumerated().filter { $0.offset != ax }.map(\.element)
            let expected = Reference(shape: kept) { index in
                var dot = 0.0, na = 0.0, nb = 0.0
                for k in 0..<[4, 3, 5][ax] {
                    var full = index
                    full.insert(k, at: ax)
                    let (x, y) = (ra[full], rb.broadcastElement(at: full))
                    dot += x * y
                    na += x * x
                    nb += y * y
                }
                return dot / (max(na.squareRoot(), 1e-8) * max(nb.squareRoot(), 1e-8))
            }
            assertClose(try Tensor.cosineSimilarity(a, b, axis: axis), expected, "axis \(axis)")
        }
    }

    func testCosineSimilarityOfAZeroVectorIsZeroWithAFiniteGradient() throws {
        let a = Tensor.zeros([1, 3]).requiringGrad()
        let b = Tensor([1, 2, 3]).requiringGrad()
        let similarity = try Tensor.cosineSimilarity(a, b, axis: -1)
        assertEqual(similarity, shape: [1], [0])
        let grads = try grad(of: similarity.sum(), wrt: [a, b])
        XCTAssertTrue(grads.allSatisfy { $0.scalars.allSatisfy(\.isFinite) }, "\(grads)")
    }

    func testCosineSimilarityRejectsBadInput() {
        assertThrowsTensorError(mentioning: ["[2, 3]", "[4]"]) { try Tensor.cosineSimilarity(Tensor.zeros([2, 3]), Tensor.zeros([4]), axis: 1) }
        assertThrowsTensorError(mentioning: ["axis 2"]) { try Tensor.cosineSimilarity(Tensor.zeros([2, 3]), Tensor.zeros([2, 3]), axis: 2) }
    }

    func testCosineSimilarityGradientsMatchFiniteDifferences() {
        var generator = SeededGenerator(seed: 44)
        let a = RandomCases.tensor([3, 4], using: &generator), b = RandomCases.tensor([3, 4], using: &generator)
        checkGradients([a, b]) { try Tensor.cosineSimilarity($0[0], $0[1], axis: 1) }
        checkSecondOrderGradients([a, b]) { try Tensor.cosineSimilarity($0[0], $0[1], axis: 0) }
    }
}
