import TensorCore
import TestSupport
import XCTest

/// `broadcast(to:)` and its adjoint `sumToShape(_:)`.
final class BroadcastTests: XCTestCase {
    func testBroadcastRepeatsValuesLikeTheReference() {
        forEachSeed(Array(1...12)) { generator, seed in
            let (sa, sb) = RandomCases.broadcastPair(using: &generator)
            let target = Reference.broadcastShape(sa, sb)!
            let x = RandomCases.tensor(sa, using: &generator)
            assertClose(try x.broadcast(to: target), Reference(shape: target) { Reference(x).broadcastElement(at: $0) },
                        "\(sa) to \(target), seed \(seed)")
        }
    }

    func testSumToShapeUndoesBroadcasting() {
        forEachSeed(Array(1...12)) { generator, seed in
            let (sa, sb) = RandomCases.broadcastPair(using: &generator)
            let target = Reference.broadcastShape(sa, sb)!
            let y = RandomCases.tensor(target, using: &generator)
            let lead = target.count - sa.count
            let axes = target.indices.filter { $0 < lead || (sa[$0 - lead] == 1 && target[$0] != 1) }
            let summed = Reference(y).reduce(axes: axes, keepDims: true) { $0.reduce(0, +) }
            assertClose(try y.sumToShape(sa), Reference(shape: sa, values: summed.values), "\(target) to \(sa), seed \(seed)")
        }
    }

    func testBroadcastAndSumToShapeDifferentiateIntoEachOther() {
        var generator = SeededGenerator(seed: 41)
        let x = RandomCases.tensor([3, 1], using: &generator)
        let y = RandomCases.tensor([2, 3, 4], using: &generator)
        checkGradients([x]) { try $0[0].broadcast(to: [2, 3, 4]) }
        checkGradients([y]) { try $0[0].sumToShape([3, 1]) }
        checkSecondOrderGradients([x]) { try $0[0].broadcast(to: [2, 3, 4]).square() }
        checkSecondOrderGradients([y]) { try $0[0].sumToShape([1, 4]).square() }
    }

    func testIncompatibleShapesThrowNamingBoth() {
        assertThrowsTensorError(mentioning: ["[2, 3]", "[4, 3]"]) { try Tensor.zeros([2, 3]).broadcast(to: [4, 3]) }
        assertThrowsTensorError(mentioning: ["[2, 3]", "[3]"]) { try Tensor.zeros([2, 3]).broadcast(to: [3]) }
        assertThrowsTensorError(mentioning: ["sumToShape", "[2, 3]", "[2]"]) { try Tensor.zeros([2, 3]).sumToShape([2]) }
    }
}
