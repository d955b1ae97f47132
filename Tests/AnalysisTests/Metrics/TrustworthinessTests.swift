@testable import Analysis
import Foundation
import TensorCore
import TestSupport
import XCTest

/// Trustworthiness against scikit-learn's values and a naive rank computation in Double.
final class TrustworthinessTests: XCTestCase {
    /// The fixed case of Scripts/trustworthiness_fixture.py.
    func fixture() -> (x: Tensor, y: Tensor) {
        var x: [Float] = [], y: [Float] = []
        for i in 0..<40 {
            let row = (0..<5).map { j in Float(sin(0.37 * Double(i) * Double(j + 1)) + 0.1 * Double(j)) }
            x += row
            y += [row[0] + 0.3 * row[2], row[1] - 0.2 * row[3]]
        }
        return (try! Tensor(shape: [40, 5], scalars: x), try! Tensor(shape: [40, 2], scalars: y))
    }

    /// The definition, with full sorted ranks.
    func naive(_ x: Tensor, _ y: Tensor, k: Int) -> Double {
        let n = x.shape[0]
        var total = 0.0
        for i in 0..<n {
            let byOriginal = (0..<n).filter { $0 != i }.sorted { TestData.distance(x, i, x, $0) < TestData.distance(x, i, x, $1) }
            let byEmbedding = (0..<n).filter { $0 != i }.sorted { TestData.distance(y, i, y, $0) < TestData.distance(y, i, y, $1) }
            for j in byEmbedding.prefix(k) {
                let rank = byOriginal.firstIndex(of: j)! + 1
                total += Double(max(0, rank - k))
            }
        }
        let (nd, kd) = (Double(n), Double(k))
        return 1 - total * 2 / (nd * kd * (2 * nd - 3 * kd - 1))
    }

    func testMatchesScikitLearnOnAFixedCase() throws {
        let (x, y) = fixture()
        XCTAssertEqual(try Trustworthiness.score(original: x, embedding: y, k: 1), 0.9980263157894737, accuracy: 1e-12)
        XCTAssertEqual(try Trustworthiness.score(original: x, embedding: y, k: 5), 0.81640625, accuracy: 1e-12)
        XCTAssertEqual(try Trustworthiness.score(original: x, embedding: y), 0.7510204081632653, accuracy: 1e-12)
    }

    func testMatchesTheNaiveDefinitionOnRandomData() throws {
        forEachSeed([1, 2, 3]) { generator, seed in
            let x = RandomCases.tensor([60, 6], using: &generator)
            let y = try Tensor(shape: [60, 2], scalars: (0..<60).flatMap { [x.scalars[$0 * 6], x.scalars[$0 * 6 + 1]] })
            for k in [3, 10] {
                XCTAssertEqual(try Trustworthiness.score(original: x, embedding: y, k: k), naive(x, y, k: k), accuracy: 1e-12, "seed \(seed), k \(k)")
            }
        }
    }

    func testAnIsometricEmbeddingIsFullyTrustworthy() throws {
        var generator = SeededGenerator(seed: 7)
        let x = RandomCases.tensor([80, 2], using: &generator)
        XCTAssertEqual(try Trustworthiness.score(original: x, embedding: try x * 3 + 1), 1)
    }

    func testBadInputIsAnErrorThatSaysWhatToDo() {
        let (x, y) = fixture()
        assertThrowsTensorError(mentioning: ["k = 20", "n/2"]) { try Trustworthiness.score(original: x, embedding: y, k: 20) }
        assertThrowsTensorError(mentioning: ["40 original", "3 embedded"]) {
            try Trustworthiness.score(original: x, embedding: TestData.matrix([[0, 0], [1, 1], [2, 2]]))
        }
    }
}
