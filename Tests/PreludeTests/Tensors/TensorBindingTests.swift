import CellLanguage
import XCTest

/// Tensors in cells: creation, operators with numbers on either side, methods, subscripts,
/// autodiff to second order, `.npy` files, and errors at the call site.
final class TensorBindingTests: XCTestCase {
    func testTensorsAreMadeFromNestedArraysAndShowTheirShapeAndValues() {
        let session = PreludeSession()
        let (output, result) = session.run("""
            let t = Tensor([[1, 2, 3], [4, 5, 6]])
            print(t.shape, t.rank, t.count, t.scalars)
            print(t)
            t
            """)
        XCTAssertEqual(output, "[2, 3] 2 6 [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]\nTensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])\n")
        XCTAssertEqual(result, "Tensor [2, 3] [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]")
    }

    func testLargeTensorsShowAFewValuesTheMeanAndTheSpread() {
        let result = PreludeSession().run("Tensor.ones([10, 10])").result
        XCTAssertEqual(result, "Tensor [10, 10] [1.0, 1.0, 1.0, 1.0, 1.0, …] mean 1.0 std 0.0")
    }

    func testStaticMakersGiveTheirShapesAndValues() {
        let session = PreludeSession()
        XCTAssertEqual(session.printed("print(Tensor.zeros([2]), Tensor.arange(0, 3), Tensor.linspace(from: 0, through: 1, count: 3))"),
                       "Tensor([0.0, 0.0]) Tensor([0.0, 1.0, 2.0]) Tensor([0.0, 0.5, 1.0])")
        XCTAssertEqual(session.printed("print(Tensor(repeating: 2, shape: [1, 2]), Tensor(shape: [2], scalars: [3, 4]))"),
                       "Tensor([[2.0, 2.0]]) Tensor([3.0, 4.0])")
    }

    func testRandomTensorsComeFromTheRunGeneratorAndRepeatWithTheSeed() {
        let draw = "let r = Tensor.normal([2000], mean: 1, std: 2)\nprint(r.mean().item(), r.variance().item())"
        let first = PreludeSession(seed: 3).printed(draw)
        XCTAssertEqual(PreludeSession(seed: 3).printed(draw), first)
        XCTAssertNotEqual(PreludeSession(seed: 4).printed(draw), first)
        let moments = first.split(separator: " ").compactMap { Double($0) }
        XCTAssertEqual(moments[0], 1, accuracy: 0.15)
        XCTAssertEqual(moments[1], 4, accuracy: 0.4)
    }

    func testOperatorsTakeNumbersOnEitherSideAndBroadcast() {
        let session = PreludeSession()
        let printed = session.printed("""
            let a = Tensor([1, 2])
            print(a + 1, 2 * a, 1 - a, a / 2, -a, a * Tensor([[1], [10]]))
            """)
        XCTAssertEqual(printed, "Tensor([2.0, 3.0]) Tensor([2.0, 4.0]) Tensor([0.0, -1.0]) Tensor([0.5, 1.0]) "
                       + "Tensor([-1.0, -2.0]) Tensor([[1.0, 2.0], [10.0, 20.0]])")
    }

    func testReductionsWorkOverEverythingOrOneAxis() {
        let session = PreludeSession()
        XCTAssertEqual(session.printed("""
            let m = Tensor([[1, 2], [3, 4]])
            print(m.sum().item(), m.sum(axis: 0), m.mean(axis: 1, keepDims: true).shape, m.max().item(), m.argmax(axis: 1))
            """), "10.0 Tensor([4.0, 6.0]) [2, 1] 4.0 Tensor([1.0, 1.0])")
    }

    func testElementwiseMethodsAndTheMatrixProduct() {
        let session = PreludeSession()
        XCTAssertEqual(session.printed("""
            let m = Tensor([[1, -2], [3, 4]])
            print(m.relu(), m.abs().sum().item(), m.matmul(Tensor([[1], [1]])), m.square().sqrt().scalars)
            """), "Tensor([[1.0, 0.0], [3.0, 4.0]]) 10.0 Tensor([[-1.0], [7.0]]) [1.0, 2.0, 3.0, 4.0]")
        XCTAssertEqual(session.printed("print(Tensor([0.0, 0.0]).softmax().scalars)"), "[0.5, 0.5]")
    }

    func testSubscriptsPickPositionsAndRangesKeepSlices() {
        let session = PreludeSession()
        XCTAssertEqual(session.printed("""
            let t = Tensor([[1, 2, 3], [4, 5, 6]])
            print(t[1], t[1, 2], t[0..<1].shape, t[0, 1...2], t.reshape([3, -1]).shape, t.transpose().shape)
            """), "Tensor([4.0, 5.0, 6.0]) Tensor(6.0) [1, 3] Tensor([2.0, 3.0]) [3, 2] [3, 2]")
        XCTAssertEqual(session.failure("Tensor([1, 2])[2]")?.message, "index 2 is out of range for axis 0 of size 2 (shape [2])")
        XCTAssertEqual(session.failure("Tensor([1, 2])[0, 0]")?.message, "a tensor of shape [2] takes at most 1 indices, not 2")
    }

    func testGradientsOfFunctionsAndOfGradients() {
        let session = PreludeSession()
        // y = x³: dy/dx = 3x² = 12 at x = 2, d²y/dx² = 6x = 12.
        XCTAssertEqual(session.printed("""
            let x = Tensor(2.0).requiringGrad()
            let y = x * x * x
            let dy = grad(of: y, wrt: x, createGraph: true)
            let d2y = grad(of: dy, wrt: x)
            print(dy.item(), d2y.item(), dy.requiresGrad, d2y.requiresGrad)
            """), "12.0 12.0 true false")
        XCTAssertEqual(session.printed("""
            let w = Tensor([1, 2]).requiringGrad()
            let b = Tensor(0.5).requiringGrad()
            let gs = grad(of: (w * w).sum() + b * 3, wrt: [w, b])
            print(gs[0], gs[1])
            """), "Tensor([2.0, 4.0]) Tensor(3.0)")
    }

    func testCrossEntropyOfUniformLogitsIsLogOfTheClassCount() {
        let value = PreludeSession().printed("print(crossEntropy(logits: Tensor.zeros([3, 4]), labels: [0, 1, 3]).item())")
        XCTAssertEqual(Double(value) ?? 0, log(4), accuracy: 1e-6)
    }

    func testTensorsRoundTripThroughNPYFiles() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("prelude-\(UUID().uuidString).npy").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let session = PreludeSession()
        XCTAssertEqual(session.printed("""
            Tensor([[1.5, 2], [3, 4]]).save(to: "\(path)")
            print(Tensor(contentsOf: "\(path)"))
            """), "Tensor([[1.5, 2.0], [3.0, 4.0]])")
    }

    func testBadArgumentsAreReportedAtTheCallSiteWithAMessageThatSaysWhatToDo() {
        let session = PreludeSession()
        let ragged = session.failure("let t = Tensor([[1, 2], [3]])")
        XCTAssertEqual(ragged?.message, "the values of Tensor(_:) is ragged: every array at depth 2 must have 2 elements, as the first one has")
        XCTAssertEqual(ragged?.location.column, 9)
        XCTAssertEqual(session.failure("Tensor([1, 2]) + Tensor([1, 2, 3])")?.message.contains("shapes [2] and [3] cannot be broadcast together"), true)
        XCTAssertEqual(session.failure("Tensor.zeros(shape: [2])")?.message, "extraneous argument label 'shape:' in call")
        XCTAssertEqual(session.failure("grad(of: Tensor([1.0]).sum(), wrt: Tensor([1.0]))")?.message.contains("requiringGrad()"), true)
    }
}
