import NeuralNet
import TensorCore
import TestSupport
import XCTest

/// Gradients of every DSA operation with respect to the images against finite differences:
/// first order for all, second order through a square (each operation is linear in the images,
/// so its recorded backward pass must itself differentiate back into the operation).
final class DSAGradientTests: XCTestCase {
    /// Per-image parameters for a batch of two, with every operation doing something visible.
    static let steps: [DSAStep] = [
        .color(brightness: [0.3, -0.2], saturation: [1.6, 0.4], contrast: [0.7, 1.3]),
        .crop(rows: [1, -2], columns: [-1, 2]),
        .cutout(rows: [1, 3], columns: [4, 0], height: 2, width: 3),
        .flip([true, false]),
        .scale(x: [1.13, 0.87], y: [0.91, 1.07]),
        .rotate(radians: [0.21, -0.17]),
    ]

    static func images(channels: Int) -> Tensor {
        var generator = SeededGenerator(seed: 11)
        return RandomCases.tensor([2, channels, 4, 5], using: &generator)
    }

    func testFirstOrderGradientsMatchFiniteDifferences() {
        for channels in [1, 3] {
            let x = Self.images(channels: channels)
            for step in Self.steps {
                checkGradients([x]) { try step.apply(to: $0[0]) }
            }
        }
    }

    func testSecondOrderGradientsMatchFiniteDifferences() {
        let x = Self.images(channels: 3)
        for step in Self.steps {
            checkSecondOrderGradients([x]) {
                let y = try step.apply(to: $0[0])
                return try y * y
            }
        }
    }

    func testAWholeTransformDifferentiatesInTheImages() {
        let transform = DSATransform(steps: [Self.steps[0], Self.steps[1], Self.steps[4], Self.steps[3]])
        checkGradients([Self.images(channels: 2)]) { try transform.apply(to: $0[0]) }
    }
}
