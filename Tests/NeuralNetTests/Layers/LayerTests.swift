import NeuralNet
import TensorCore
import TestSupport
import XCTest

/// Forward passes of single layers against naive references.
final class LayerTests: XCTestCase {
    /// Runs `layer` at scope "l" on `x` with freshly initialised parameters.
    private func run(_ layer: any Layer, _ x: Tensor, seed: UInt64 = 1) throws -> (Tensor, Parameters) {
        var generator = SeededGenerator(seed: seed)
        var builder = ParameterBuilder()
        try layer.declareParameters(in: &builder, scope: "l", using: &generator)
        let parameters = try builder.build()
        let y = try layer.forward(x, in: LayerContext(parameters: parameters, state: .empty, mode: .training), scope: "l")
        return (y, parameters)
    }

    func testLinearComputesXTimesWTransposedPlusBias() throws {
        var generator = SeededGenerator(seed: 4)
        let x = RandomCases.tensor([3, 5], using: &generator)
        let (y, p) = try run(Linear(5, 4), x)
        let w = Reference(try p.tensor(named: "l.weight")), b = Reference(try p.tensor(named: "l.bias")), xr = Reference(x)
        assertClose(y, Reference(shape: [3, 4]) { i in b[[i[1]]] + (0..<5).reduce(0.0) { $0 + xr[[i[0], $1]] * w[[i[1], $1]] } })
    }

    func testLayerNormNormalisesEachSampleThenAppliesElementwiseAffine() throws {
        var generator = SeededGenerator(seed: 5)
        let x = RandomCases.tensor([2, 3, 2, 2], using: &generator)
        let layer = LayerNorm([3, 2, 2])
        var builder = ParameterBuilder()
        try layer.declareParameters(in: &builder, scope: "l", using: &generator)
        let weight = RandomCases.tensor([3, 2, 2], using: &generator), bias = RandomCases.tensor([3, 2, 2], using: &generator)
        let p = try builder.build().replacing("l.weight", with: weight).replacing("l.bias", with: bias)
        let y = try layer.forward(x, in: LayerContext(parameters: p, state: .empty, mode: .training), scope: "l")
        let xr = Reference(x), wr = Reference(weight), br = Reference(bias)
        let expected = Reference(shape: [2, 3, 2, 2]) { i in
            let values = (0..<12).map { xr.values[i[0] * 12 + $0] }
            let mean = values.reduce(0, +) / 12
            let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 12
            let rest = Array(i.dropFirst())
            return (xr[i] - mean) / (variance + 1e-5).squareRoot() * wr[rest] + br[rest]
        }
        assertClose(y, expected, tolerance: Tolerance(absolute: 1e-4, relative: 1e-4))
    }

    func testActivationsMatchTheirFormulas() throws {
        let x = Tensor([-2, -0.5, 0.5, 3])
        let sigmoid = x.scalars.map { 1 / (1 + Foundation.exp(-Double($0))) }
        let cases: [(Activation, [Double])] = [
            (.relu, [0, 0, 0.5, 3]), (.leakyRelu, [-0.02, -0.005, 0.5, 3]), (.sigmoid, sigmoid),
            (.swish, zip(x.scalars, sigmoid).map { Double($0) * $1 }),
        ]
        for (activation, expected) in cases {
            assertClose(try run(activation, x).0, Reference(shape: [4], values: expected), "\(activation)")
        }
    }

    func testConvOutputShapeFollowsPaddingAndStride() throws {
        XCTAssertEqual(try Conv2d(1, 8, kernel: 3, padding: 3).outputShape(for: [2, 1, 28, 28]), [2, 8, 32, 32])
        XCTAssertEqual(try Conv2d(4, 8, kernel: 3, stride: 2, padding: 1).outputShape(for: [2, 4, 7, 7]), [2, 8, 4, 4])
        XCTAssertThrowsError(try Conv2d(3, 8, kernel: 3).outputShape(for: [2, 1, 28, 28]))
    }

    func testPoolAndFlattenShapes() throws {
        XCTAssertEqual(try Pool2d(.average, kernel: 2).outputShape(for: [2, 3, 7, 7]), [2, 3, 3, 3])
        XCTAssertEqual(try Flatten().outputShape(for: [2, 3, 4, 4]), [2, 48])
        XCTAssertThrowsError(try Pool2d(.max, kernel: 4).outputShape(for: [2, 3, 2, 2]))
    }

    func testUnknownOptionNamesListTheKnownOnes() {
        XCTAssertThrowsError(try Norm(named: "weightnorm")) { XCTAssertTrue("\($0)".contains("instancenorm")) }
        XCTAssertThrowsError(try Activation(named: "gelu")) { XCTAssertTrue("\($0)".contains("leakyrelu")) }
        XCTAssertThrowsError(try Pooling(named: "lp")) { XCTAssertTrue("\($0)".contains("avgpooling")) }
    }
}
