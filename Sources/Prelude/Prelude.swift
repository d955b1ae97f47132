// Prelude: where the language meets the domain (DESIGN.md). Every name a notebook uses beyond
// the language basics — Tensor, Dataset, models, training, analysis, the scaling-law theory,
// figures — is registered here in a `NativeRegistry`, with a signature, a topic and a
// one-paragraph doc that `help(name)` prints and the README's API reference is generated from.
//
// A map of the folders, one topic each:
//   Support/   value conversions, signature helpers, and the bridges from a cell's
//              `CallContext` to the core (progress, Ctrl-C, the run's seeded generator).
//   Tensors/   Tensor: creation, operators, methods, subscripts, autodiff, .npy files.
//   Data/      Dataset (a labelled set): Fashion-MNIST, subsets, batches of images.
//   Models/    Model (an architecture, a function of its parameters) and Parameters.
//   Training/  train, evaluate, evaluateSet, features, per-sample losses.
//   Analysis/  PCA, k-means, t-SNE, nearest neighbours, coverage, MMD.
//   Theory/    the perceptron scaling law of data pruning: theory and simulation.
//   Plotting/  Figure and Axes, and one-call figures (plot, scatter, histogram, …).
//   Help/      the API reference in Markdown, generated from the registry.
import CellLanguage

/// The Prelude's entry point: the registry that `retort run`, `render`, `check`, `step` and
/// `repl` hand to every interpreter.
public enum Prelude {
    /// The topics the Prelude adds, in the order the API reference lists them.
    public static let topics = [
        Topic.tensors, Topic.data, Topic.models, Topic.training, Topic.analysis, Topic.theory, Topic.plotting,
    ]

    /// The language basics (`NativeRegistry.standard()`) plus every Prelude binding.
    /// Cost: a few milliseconds; build it once per process and share it (it is read-only
    /// once built).
    public static func registry() -> NativeRegistry {
        let registry = NativeRegistry.standard()
        register(into: registry)
        return registry
    }

    /// Adds every Prelude binding to `registry`.
    public static func register(into registry: NativeRegistry) {
        registerTensors(into: registry)
        registerData(into: registry)
        registerModels(into: registry)
        registerTraining(into: registry)
        registerAnalysis(into: registry)
        registerTheory(into: registry)
        registerPlotting(into: registry)
    }
}

/// The `help()` topics of the Prelude.
enum Topic {
    static let tensors = "Tensors"
    static let data = "Data"
    static let models = "Models"
    static let training = "Training"
    static let analysis = "Analysis"
    static let theory = "Theory"
    static let plotting = "Plotting"
}
