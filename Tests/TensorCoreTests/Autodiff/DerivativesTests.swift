@testable import TensorCore
import TestSupport
import XCTest

/// Properties of the derivative table as a whole: memory follows references, createGraph
/// controls recording, and gradients compose through several ops.
final class DerivativesTests: XCTestCase {
    func testGraphsOfOpsThatReuseTheirOutputAreFreedWithTheOutput() throws {
        let x = Tensor([0.5, -1]).requiringGrad()
        for op: (Tensor) throws -> Tensor in [{ try $0.exp() }, { try $0.sigmoid() }, { try $0.tanh() }, { try $0.abs().sqrt() }] {
            weak var node: GradNode?
            try autoreleasepoolless {
                let y = try op(x)
                node = y.node
                XCTAssertNotNil(node)
                _ = try grad(of: y.sum(), wrt: [x], createGraph: true)
            }
            XCTAssertNil(node, "the output's node outlived the output: a reference cycle")
        }
    }

    /// Runs `body` in its own scope so its locals are released when it returns.
    private func autoreleasepoolless(_ body: () throws -> Void) rethrows { try body() }

    func testBackwardWithoutCreateGraphRecordsNothing() throws {
        let x = Tensor([1, 2, 3]).requiringGrad()
        let y = try (x.exp() * x).sum()
        XCTAssertFalse(try grad(of: y, wrt: [x])[0].requiresGrad)
        XCTAssertTrue(try grad(of: y, wrt: [x], createGraph: true)[0].requiresGrad)
    }

    func testThirdOrderDerivativeOfACubeIsSix() throws {
        let x = Tensor(0.7).requiringGrad()
        let y = try x.pow(3)
        let d1 = try grad(of: y, wrt: [x], createGraph: true)[0]
        let d2 = try grad(of: d1, wrt: [x], createGraph: true)[0]
        let d3 = try grad(of: d2, wrt: [x])[0]
        XCTAssertEqual(try d1.item(), 3 * 0.49, accuracy: 1e-5)
        XCTAssertEqual(try d2.item(), 6 * 0.7, accuracy: 1e-5)
        XCTAssertEqual(try d3.item(), 6, accuracy: 1e-5)
    }

    func testGradientThroughATwoLayerNetworkMatchesFiniteDifferences() {
        var generator = SeededGenerator(seed: 7)
        let x = RandomCases.tensor([4, 3], using: &generator)
        let w1 = RandomCases.tensor([3, 5], using: &generator), b1 = RandomCases.tensor([5], using: &generator)
        let w2 = RandomCases.tensor([5, 2], using: &generator)
        let net: ([Tensor]) throws -> Tensor = { p in
            try (p[0].matmul(p[1]) + p[2]).tanh().matmul(p[3]).sigmoid().mean(axis: 0)
        }
        checkGradients([x, w1, b1, w2], net)
        checkSecondOrderGradients([x, w1, b1, w2], net)
    }
}
