import NeuralNet
import TensorCore
import TestSupport
import XCTest

final class ParametersTests: XCTestCase {
    private func sample() throws -> Parameters {
        try Parameters([
            ("a.weight", Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])), ("a.bias", Tensor([7, 8])),
            ("b.weight", Tensor(shape: [1, 1, 2], scalars: [9, 10])),
        ])
    }

    func testCountsAndOrderFollowDeclaration() throws {
        let p = try sample()
        XCTAssertEqual(p.names, ["a.weight", "a.bias", "b.weight"])
        XCTAssertEqual(p.count, 10)
        XCTAssertEqual(p.tensorCount, 3)
        XCTAssertEqual(p.shapes, [[2, 3], [2], [1, 1, 2]])
        XCTAssertEqual(try p.tensor(named: "a.bias").scalars, [7, 8])
    }

    func testDuplicateNamesAreRejected() {
        XCTAssertThrowsError(try Parameters([("w", Tensor([1])), ("w", Tensor([2]))])) { error in
            XCTAssertTrue("\(error)".contains("appears twice"), "\(error)")
        }
    }

    func testMissingNameErrorNamesTheKnownOnes() throws {
        XCTAssertThrowsError(try sample().tensor(named: "c.weight")) { error in
            XCTAssertTrue("\(error)".contains("a.weight"), "\(error)")
        }
    }

    func testFlattenThenUnflattenRoundTrips() throws {
        let p = try sample()
        let vector = try p.flattened()
        XCTAssertEqual(vector.scalars, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
        let back = try p.unflattening(vector)
        XCTAssertEqual(back.names, p.names)
        XCTAssertEqual(back.shapes, p.shapes)
        XCTAssertEqual(back.tensors.map(\.scalars), p.tensors.map(\.scalars))
    }

    func testUnflatteningRejectsAVectorOfTheWrongLength() throws {
        XCTAssertThrowsError(try sample().unflattening(Tensor.zeros([9])))
    }

    func testGradientsFlowThroughUnflattening() throws {
        let p = try sample()
        let vector = try p.flattened().requiringGrad()
        let q = try p.unflattening(vector)
        // L = Σ a.weight² + 3·Σ b.weight: dL/dv is 2v on the first 6 values, 0 on the bias, 3 on the last 2.
        let loss = try q.tensor(named: "a.weight").square().sum() + 3 * q.tensor(named: "b.weight").sum()
        let g = try grad(of: loss, wrt: [vector])[0]
        XCTAssertEqual(g.scalars, [2, 4, 6, 8, 10, 12, 0, 0, 3, 3])
    }

    func testZipCombinesTensorByTensorAndChecksLayout() throws {
        let p = try sample()
        let doubled = try p.zip(p) { try $0 + $1 }
        XCTAssertEqual(try doubled.flattened().scalars, try p.flattened().scalars.map { 2 * $0 })
        let other = try Parameters([("x", Tensor([1]))])
        XCTAssertThrowsError(try p.zip(other) { try $0 + $1 })
    }

    func testReplacingChecksShapes() throws {
        let p = try sample()
        XCTAssertEqual(try p.replacing("a.bias", with: Tensor([0, 1])).tensor(named: "a.bias").scalars, [0, 1])
        XCTAssertThrowsError(try p.replacing("a.bias", with: Tensor([0, 1, 2])))
        XCTAssertThrowsError(try p.replacing(with: [Tensor([1])]))
    }

    func testRequiringGradMakesLeavesAndDetachedDropsThem() throws {
        let p = try sample().requiringGrad()
        XCTAssertTrue(p.tensors.allSatisfy(\.requiresGrad))
        XCTAssertFalse(p.detached().tensors.contains(where: \.requiresGrad))
    }
}
