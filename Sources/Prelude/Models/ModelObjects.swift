import CellLanguage
import Foundation
import NeuralNet
import TensorCore

/// An architecture (`Network`) as a cell value, named `Model`: a function of its parameters,
/// `model(x, parameters)`. It holds no weights; `train` returns a `TrainedModel` that does.
final class ModelObject: NativeObject {
    /// The architecture.
    let model: any Model

    init(_ model: any Model) {
        self.model = model
    }

    var typeName: String { "Model" }

    /// `Model ConvNet: [1, 28, 28] → 10 classes, 317,706 parameters`.
    var summary: String {
        let count = (try? model.parameterCount()).map { " " + Grouping.thousands($0) + " parameters," } ?? ""
        return "Model \(model.name): \(model.inputShape) → \(model.classCount) classes,\(count) \(model.embeddingSize) features"
    }
}

/// A model's parameters (an ordered list of named tensors) as a cell value.
final class ParametersObject: NativeObject {
    /// The parameters.
    let parameters: Parameters

    init(_ parameters: Parameters) {
        self.parameters = parameters
    }

    var typeName: String { "Parameters" }

    /// `Parameters: 8 tensors, 317,706 values (conv0.weight [128, 1, 3, 3], …)`.
    var summary: String {
        let first = parameters.names.first.map { " (\($0) \(parameters.shapes[0]), …)" } ?? ""
        return "Parameters: \(parameters.tensorCount) tensors, \(Grouping.thousands(parameters.count)) values\(first)"
    }
}

/// A trained network — architecture, parameters, batch-norm state and per-epoch history —
/// as a cell value. Calling it on samples gives logits in inference mode.
final class TrainedModelObject: NativeObject {
    /// The architecture.
    let model: any Model
    /// What training produced.
    let result: TrainingResult

    init(_ model: any Model, _ result: TrainingResult) {
        self.model = model
        self.result = result
    }

    var typeName: String { "TrainedModel" }

    /// `TrainedModel ConvNet, 3 epochs: loss 0.412, training accuracy 85.1%`.
    var summary: String {
        guard let last = result.history.last else { return "TrainedModel \(model.name), not trained" }
        return "TrainedModel \(model.name), \(result.history.count) epochs: loss "
            + TensorText.short(Float(last.loss)) + ", training accuracy " + Grouping.percent(last.accuracy)
    }
}

/// Number formats for summaries.
enum Grouping {
    /// `317706` → `317,706`.
    static func thousands(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// `0.8512` → `85.1%`.
    static func percent(_ fraction: Double) -> String {
        String(format: "%.1f%%", fraction * 100)
    }
}

extension Arguments {
    /// Parameter `i` as an architecture.
    func model(_ i: Int) throws -> any Model {
        try native(i, as: ModelObject.self).model
    }

    /// Parameter `i` as a trained model.
    func trained(_ i: Int) throws -> TrainedModelObject {
        try native(i, as: TrainedModelObject.self)
    }
}
