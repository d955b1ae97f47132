import CellLanguage
import Datasets
import NeuralNet
import TensorCore

/// Forward passes of a trained model over many samples: batched, in inference mode, nothing
/// recorded for autodiff, Ctrl-C between batches.
enum Inference {
    /// Samples per forward pass.
    static let batchSize = 500

    /// The logits [N, classCount] of `samples` [N, …].
    static func logits(_ trained: TrainedModel, _ samples: Tensor, _ context: CallContext) throws -> Tensor {
        try batched(samples, context) { batch, state in
            try trained.model(batch, trained.result.parameters, state: &state, mode: .inference)
        } state: { trained.result.state }
    }

    /// The penultimate features [N, embeddingSize] of `samples` [N, …].
    static func features(_ trained: TrainedModel, _ samples: Tensor, _ context: CallContext) throws -> Tensor {
        try batched(samples, context) { batch, state in
            try trained.model.embed(batch, trained.result.parameters, state: &state, mode: .inference)
        } state: { trained.result.state }
    }

    /// `forward` applied to consecutive batches of `samples`, the outputs concatenated.
    private static func batched(
        _ samples: Tensor, _ context: CallContext, _ forward: (Tensor, inout ModelState) throws -> Tensor,
        state: () -> ModelState
    ) throws -> Tensor {
        guard samples.rank >= 1, samples.shape[0] > 0 else {
            throw CellError("the samples are empty (shape \(samples.shape)); give at least one")
        }
        return try noGrad {
            var modelState = state()
            var outputs: [Tensor] = []
            let n = samples.shape[0]
            for start in stride(from: 0, to: n, by: batchSize) {
                try context.checkCancellation()
                let batch = try samples.narrow(axis: 0, start: start, length: min(batchSize, n - start)).detach()
                outputs.append(try forward(batch, &modelState))
            }
            return outputs.count == 1 ? outputs[0] : try Tensor.concat(outputs, axis: 0)
        }
    }
}
