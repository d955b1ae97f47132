import CellLanguage
import Foundation
import NeuralNet
import TensorCore

extension BoxKind where Wrapped == any Model {
    /// An architecture (`Network`) as a cell value, named `Model`: a function of its
    /// parameters, `model(x, parameters)`. It holds no weights; `train` returns a
    /// `TrainedModel` that does. Shows as `Model ConvNet: [1, 28, 28] → 10 classes, …`.
    static var model: BoxKind {
        BoxKind(typeName: "Model") { model in
            let count = (try? model.parameterCount()).map { " " + Grouping.thousands($0) + " parameters," } ?? ""
            return "Model \(model.name): \(model.inputShape) → \(model.classCount) classes,\(count) \(model.embeddingSize) features"
        }
    }
}

extension BoxKind where Wrapped == Parameters {
    /// A model's parameters (an ordered list of named tensors). Shows as
    /// `Parameters: 8 tensors, 317,706 values (conv0.weight [128, 1, 3, 3], …)`.
    static var parameters: BoxKind {
        BoxKind(typeName: "Parameters") { parameters in
            let first = parameters.names.first.map { " (\($0) \(parameters.shapes[0]), …)" } ?? ""
            return "Parameters: \(parameters.tensorCount) tensors, \(Grouping.thousands(parameters.count)) values\(first)"
        }
    }
}

/// A network after `train`: its architecture with what training produced (parameters,
/// batch-norm state, per-epoch history).
struct TrainedModel {
    /// The architecture.
    let model: any Model
    /// What training produced.
    let result: TrainingResult
}

extension BoxKind where Wrapped == TrainedModel {
    /// A trained network as a cell value. Shows as
    /// `TrainedModel ConvNet, 3 epochs: loss 0.412, training accuracy 85.1%`.
    static var trainedModel: BoxKind {
        BoxKind(typeName: "TrainedModel") { trained in
            guard let last = trained.result.history.last else { return "TrainedModel \(trained.model.name), not trained" }
            return "TrainedModel \(trained.model.name), \(trained.result.history.count) epochs: loss "
                + TensorText.short(Float(last.loss)) + ", training accuracy " + Grouping.percent(last.accuracy)
        }
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
