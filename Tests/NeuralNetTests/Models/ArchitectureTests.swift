import Foundation
import NeuralNet
import TensorCore
import TestSupport
import XCTest

/// The reference architectures: parameter counts equal PyTorch's, shapes, names, initialisation.
final class ArchitectureTests: XCTestCase {
    /// `name input-shape count` lines written by Benchmarks/peers/param_counts.py from PyTorch.
    private func pytorchCounts() throws -> [(name: String, shape: [Int], count: Int)] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/parameter_counts.txt")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let parts = line.split(separator: " ")
            return (String(parts[0]), parts[1].split(separator: "x").map { Int($0)! }, Int(parts[2])!)
        }
    }

    func testParameterCountsEqualPyTorchs() throws {
        let expected = try pytorchCounts()
        XCTAssertGreaterThan(expected.count, 25)
        for (name, shape, count) in expected {
            let model = try Network.named(name, inputShape: shape, classCount: 10)
            XCTAssertEqual(try model.parameterCount(), count, "\(name) on \(shape)")
        }
    }

    func testConvNet3OnFashionMNISTHas317706Parameters() throws {
        XCTAssertEqual(try Network.convNet(inputShape: [1, 28, 28], classCount: 10).parameterCount(), 317_706)
    }

    func testSingleChannelConvNetPadsTo32AndHalvesToFour() throws {
        let model = try Network.convNet(inputShape: [1, 28, 28], classCount: 10)
        var shape = [5, 1, 28, 28]
        var sizes: [Int] = []
        for (_, layer) in model.body.layers {
            shape = try layer.outputShape(for: shape)
            if layer is Conv2d || layer is Pool2d { sizes.append(shape[2]) }
        }
        XCTAssertEqual(sizes, [32, 16, 16, 8, 8, 4], "conv0, pool0, conv1, pool1, conv2, pool2")
        XCTAssertEqual(model.embeddingSize, 2048)
        XCTAssertEqual(try Network.named("ConvNetD4", inputShape: [1, 28, 28], classCount: 10).embeddingSize, 512)
    }

    func testEveryArchitectureMapsABatchToLogitsAndFeatures() throws {
        var generator = SeededGenerator(seed: 2)
        let x = try Tensor.normal([2, 1, 28, 28], using: &generator)
        let features = ["MLP": 128, "LeNet": 84, "AlexNet": 3072, "AlexNetBN": 3072, "VGG11": 512, "VGG11BN": 512,
                        "ResNet18": 512, "ResNet18BN": 512, "ConvNet": 2048, "ConvNetLN": 2048, "ConvNetNP": 128 * 32 * 32]
        for (name, size) in features {
            let model = try Network.named(name, inputShape: [1, 28, 28], classCount: 10)
            let parameters = try model.initialParameters(using: &generator)
            try noGrad {
                XCTAssertEqual(try model(x, parameters).shape, [2, 10], name)
                XCTAssertEqual(try model.embed(x, parameters).shape, [2, size], name)
            }
            XCTAssertEqual(model.embeddingSize, size, name)
        }
    }

    func testParameterNamesFollowPyTorchsOrder() throws {
        var generator = SeededGenerator(seed: 0)
        let convNet = try Network.convNet(inputShape: [1, 28, 28], classCount: 10).initialParameters(using: &generator)
        XCTAssertEqual(convNet.names, [
            "conv0.weight", "conv0.bias", "norm0.weight", "norm0.bias", "conv1.weight", "conv1.bias", "norm1.weight",
            "norm1.bias", "conv2.weight", "conv2.bias", "norm2.weight", "norm2.bias", "classifier.weight", "classifier.bias",
        ])
        let resNet = try Network.named("ResNet18BN", inputShape: [1, 28, 28], classCount: 10)
        XCTAssertEqual(try resNet.initialParameters(using: &generator).tensorCount, 62)
        XCTAssertTrue(try resNet.initialState().buffers.names.contains("layer2.0.shortcut.norm.runningMean"))
    }

    func testInitialisationIsPyTorchsDefault() throws {
        var generator = SeededGenerator(seed: 9)
        let p = try Network.convNet(inputShape: [1, 28, 28], classCount: 10).initialParameters(using: &generator)
        for (name, fanIn) in [("conv1.weight", 128 * 9), ("conv1.bias", 128 * 9), ("classifier.weight", 2048)] {
            let values = try p.tensor(named: name).scalars
            let bound = 1 / Float(fanIn).squareRoot()
            XCTAssertLessThanOrEqual(values.map(abs).max()!, bound, name)
            XCTAssertGreaterThan(values.map(abs).max()!, 0.9 * bound, name)
            let mean = values.reduce(0, +) / Float(values.count)
            XCTAssertEqual(mean, 0, accuracy: 0.2 * bound, name)
        }
        XCTAssertEqual(Set(try p.tensor(named: "norm0.weight").scalars), [1])
        XCTAssertEqual(Set(try p.tensor(named: "norm0.bias").scalars), [0])
    }

    func testSameSeedSameParametersDifferentSeedDifferent() throws {
        let model = try Network.named("LeNet", inputShape: [1, 28, 28], classCount: 10)
        var a = SeededGenerator(seed: 5), b = SeededGenerator(seed: 5), c = SeededGenerator(seed: 6)
        let pa = try model.initialParameters(using: &a).flattened().scalars
        XCTAssertEqual(pa, try model.initialParameters(using: &b).flattened().scalars)
        XCTAssertNotEqual(pa, try model.initialParameters(using: &c).flattened().scalars)
    }

    func testBadNamesAndInputsAreErrors() throws {
        XCTAssertThrowsError(try Network.named("ResNet50", inputShape: [1, 28, 28], classCount: 10)) { error in
            XCTAssertTrue("\(error)".contains("ConvNetD4"), "\(error)")
        }
        XCTAssertThrowsError(try Network.convNet(inputShape: [28, 28], classCount: 10))
        XCTAssertThrowsError(try Network.convNet(inputShape: [3, 4, 4], classCount: 10, depth: 3), "4 → 2 → 1 → no room for a third pooling")
        let model = try Network.convNet(inputShape: [1, 28, 28], classCount: 10, width: 8)
        var generator = SeededGenerator(seed: 0)
        let p = try model.initialParameters(using: &generator)
        XCTAssertThrowsError(try model(Tensor.zeros([2, 3, 28, 28]), p)) { error in
            XCTAssertTrue("\(error)".contains("[1, 28, 28]"), "\(error)")
        }
    }
}
