import CellLanguage
import XCTest

/// Architectures in cells: constructors, parameters from the run's generator, models as
/// functions of their parameters, and option errors.
final class ModelBindingTests: XCTestCase {
    func testTheReferenceConvNetHasThePublishedParameterCount() {
        let session = PreludeSession()
        XCTAssertEqual(session.printed("let net = ConvNet()\nprint(net.parameterCount, net.embeddingSize, net.inputShape)"), "317706 2048 [1, 28, 28]")
        XCTAssertEqual(session.run("net").result, "Model ConvNet: [1, 28, 28] → 10 classes, 317,706 parameters, 2048 features")
        XCTAssertEqual(session.printed("print(Model(named: \"LeNet\").name)"), "LeNet")
    }

    func testParametersAreNamedTensorsDrawnFromTheRunGenerator() {
        let code = "let p = ConvNet(width: 8, depth: 1).initialParameters()\nprint(p.names[0], p[\"conv0.weight\"].shape, p[\"conv0.weight\"].sum().item())"
        let first = PreludeSession(seed: 5).printed(code)
        XCTAssertTrue(first.hasPrefix("conv0.weight [8, 1, 3, 3] "), first)
        XCTAssertEqual(PreludeSession(seed: 5).printed(code), first)
        XCTAssertNotEqual(PreludeSession(seed: 6).printed(code), first)
    }

    func testAModelIsAFunctionOfItsParametersAndDifferentiableInThem() {
        let session = PreludeSession()
        XCTAssertEqual(session.printed("""
            let net = ConvNet(width: 8, depth: 2, norm: .none, inputShape: [1, 8, 8], classCount: 3)
            let p = net.initialParameters().requiringGrad()
            let x = Tensor.normal([4, 1, 8, 8])
            let loss = crossEntropy(logits: net(x, p), labels: [0, 1, 2, 0])
            let gs = grad(of: loss, wrt: p.tensors)
            print(net(x, p).shape, net.features(x, p).shape, gs.count == p.tensors.count, gs[0].shape == p.shapes[0])
            """), "[4, 3] [4, 72] true true")
    }

    func testUnknownArchitectureOptionsListTheChoices() {
        let session = PreludeSession()
        XCTAssertEqual(session.failure("ConvNet(norm: .weird)")?.message,
                       "unknown normalisation .weird; use one of .instance, .batch, .layer, .group, .none")
        XCTAssertEqual(session.failure("Model(named: \"Nope\")")?.message.hasPrefix("unknown architecture \"Nope\"; known:"), true)
    }
}
