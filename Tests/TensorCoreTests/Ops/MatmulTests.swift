import TensorCore
import TestSupport
import XCTest

/// Matrix products: every flag combination and batch layout against the naive reference;
/// gradients of first and second order.
final class MatmulTests: XCTestCase {
    /// The reference for op(a) × op(b) over a (possibly broadcast) batch.
    func reference(_ a: Tensor, _ b: Tensor, _ ta: Bool, _ tb: Bool) -> Reference {
        func matrices(_ t: Tensor, _ transpose: Bool) -> [Reference] {
            let r = Reference(t)
            let batches = t.rank == 3 ? (0..<t.shape[0]).map { i in
                Reference(shape: Array(t.shape.suffix(2))) { r[[i] + $0] }
            } : [r]
            return batches.map { transpose ? $0.permuted([1, 0]) : $0 }
        }
        let ma = matrices(a, ta), mb = matrices(b, tb)
        let products = (0..<max(ma.count, mb.count)).map {
            Reference.matmul(ma[ma.count == 1 ? 0 : $0], mb[mb.count == 1 ? 0 : $0])
        }
        if a.rank == 2 && b.rank == 2 { return products[0] }
        return Reference(shape: [products.count] + products[0].shape, values: products.flatMap(\.values))
    }

    func testAllFlagAndBatchCombinationsMatchTheReference() throws {
        var generator = SeededGenerator(seed: 1)
        let (m, k, n) = (3, 4, 5)
        for (ba, bb) in [(0, 0), (2, 2), (1, 3), (3, 1), (2, 0), (0, 2)] {
            for ta in [false, true] {
                for tb in [false, true] {
                    let sa: [Int] = (ba > 0 ? [ba] : []) + (ta ? [k, m] : [m, k])
                    let sb: [Int] = (bb > 0 ? [bb] : []) + (tb ? [n, k] : [k, n])
                    let a = RandomCases.tensor(sa, using: &generator), b = RandomCases.tensor(sb, using: &generator)
                    assertClose(try Tensor.matmul(a, b, transposingA: ta, transposingB: tb), reference(a, b, ta, tb),
                                "\(sa) x \(sb), transposing \(ta) \(tb)")
                }
            }
        }
    }

    func testLargeProductMatchesTheReference() throws {
        var generator = SeededGenerator(seed: 2)
        let a = RandomCases.tensor([33, 70], using: &generator), b = RandomCases.tensor([70, 17], using: &generator)
        assertClose(try a.matmul(b), reference(a, b, false, false), tolerance: Tolerance(absolute: 1e-5, relative: 1e-4))
    }

    func testEmptyInnerSizeGivesZeros() throws {
        assertEqual(try Tensor.zeros([2, 0]).matmul(Tensor.zeros([0, 3])), shape: [2, 3], [0, 0, 0, 0, 0, 0])
        XCTAssertEqual(try Tensor.zeros([0, 2]).matmul(Tensor.zeros([2, 3])).shape, [0, 3])
    }

    func testFirstOrderGradientsForEveryLayout() {
        var generator = SeededGenerator(seed: 3)
        for (sa, sb, ta, tb) in [
            ([2, 3], [3, 4], false, false), ([3, 2], [3, 4], true, false), ([2, 3], [4, 3], false, true),
            ([3, 2], [4, 3], true, true), ([2, 2, 3], [2, 3, 2], false, false), ([2, 2, 3], [3, 2], false, false),
            ([2, 3], [2, 3, 2], false, false), ([1, 3, 2], [2, 2, 3], true, true),
        ] {
            let a = RandomCases.tensor(sa, using: &generator), b = RandomCases.tensor(sb, using: &generator)
            checkGradients([a, b]) { try Tensor.matmul($0[0], $0[1], transposingA: ta, transposingB: tb) }
        }
    }

    func testSecondOrderGradients() {
        var generator = SeededGenerator(seed: 4)
        let a = RandomCases.tensor([2, 3], using: &generator), b = RandomCases.tensor([3, 2], using: &generator)
        checkSecondOrderGradients([a, b]) { try $0[0].matmul($0[1]) }
        checkSecondOrderGradients([a, b]) { try $0[0].matmul($0[1]).square() }
        checkSecondOrderGradients([a, b]) { try Tensor.matmul($0[0], $0[1], transposingA: true, transposingB: true).tanh() }
        let x = RandomCases.tensor([2, 2, 3], using: &generator)
        checkSecondOrderGradients([x, b]) { try $0[0].matmul($0[1]).sigmoid() }
    }

    func testMismatchedProductsThrowNamingBothShapes() {
        assertThrowsTensorError(mentioning: ["matmul", "[2, 3]", "[4, 5]"]) { try Tensor.zeros([2, 3]).matmul(Tensor.zeros([4, 5])) }
        assertThrowsTensorError(mentioning: ["matmul", "[2, 2, 3]", "[3, 3, 1]"]) { try Tensor.zeros([2, 2, 3]).matmul(Tensor.zeros([3, 3, 1])) }
        assertThrowsTensorError(mentioning: ["matmul", "rank 2 or 3", "[3]"]) { try Tensor.zeros([3]).matmul(Tensor.zeros([3, 1])) }
    }
}
