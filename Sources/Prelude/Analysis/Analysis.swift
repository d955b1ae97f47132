import Analysis
import CellLanguage
import TensorCore

extension Prelude {
    /// PCA, k-means, t-SNE, nearest neighbours, coverage, MMD, trustworthiness.
    static func registerAnalysis(into registry: NativeRegistry) {
        registerPCA(registry)
        registerKMeans(registry)
        registerEmbedding(registry)
        registerDistances(registry)
    }

    /// Rows of a matrix: a tensor [N, D] (or [N, …], flattened) or a Dataset's images.
    static func rows(_ value: Value, _ what: String) throws -> Tensor {
        let x = try samples(value, what)
        guard x.rank >= 2 else { throw CellError("\(what) must hold one sample per row, [N, D], not shape \(x.shape)") }
        return x.rank == 2 ? x : try x.flatten(from: 1)
    }

    static func registerPCA(_ registry: NativeRegistry) {
        let type = registry.defineType(
            "PCA", topic: Topic.analysis,
            doc: "Principal component analysis: the top directions of largest variance of a data matrix, their variances, and the projection onto them.")
        registry.define(
            "PCA", parameters: [Signature.labeled("fitting", .any), Signature.labeled("components", .int)],
            returns: .named("PCA"), topic: Topic.analysis,
            doc: "Fits the top `components` principal directions of samples [N, D] (a tensor, or a Dataset's images flattened); signs fixed so fits repeat."
        ) { args, _ in
            .boxed(try PCA(fitting: try rows(args[0], "the data"), components: try args.int(1)), .pca)
        }
        func pca(_ value: Value) throws -> PCA {
            try value.unboxed(.pca)
        }
        type.property("components", type: .tensor, doc: "The principal directions, [k, D], orthonormal rows by decreasing variance.") {
            .tensor(try pca($0).components)
        }
        type.property("mean", type: .tensor, doc: "The column means of the fitted data, [D].") { .tensor(try pca($0).mean) }
        type.property("explainedVariance", type: .doubles, doc: "The variance along each component.") {
            Convert.value(try pca($0).explainedVariance)
        }
        type.property("explainedVarianceRatio", type: .doubles, doc: "Each component's share of the total variance.") {
            Convert.value(try pca($0).explainedVarianceRatio)
        }
        type.method(
            "transform", parameters: [Signature.positional("x", .any)], returns: .tensor,
            doc: "Samples [N, D] projected onto the components: [N, k]."
        ) { args, _ in
            .tensor(try args.receiver(.pca).transform(try rows(args[0], "the data")))
        }
    }

    static func registerKMeans(_ registry: NativeRegistry) {
        let type = registry.defineType(
            "KMeans", topic: Topic.analysis,
            doc: "A k-means clustering (k-means++ seeding, Lloyd iterations, as scikit-learn's): centres, labels, inertia.")
        registry.define(
            "KMeans",
            parameters: [
                Signature.labeled("fitting", .any), Signature.labeled("clusters", .int),
                Signature.labeled("maxIterations", .int, default: .int(300), text: "300"),
                Signature.labeled("initializations", .int, default: .int(1), text: "1"),
            ],
            returns: .named("KMeans"), topic: Topic.analysis,
            doc: "Clusters samples [N, D] into `clusters` groups; seeds come from the run's generator, and the best of `initializations` starts is kept."
        ) { args, context in
            var generator = context.seededGenerator()
            return .boxed(try KMeans.fit(
                try rows(args[0], "the data"), clusters: try args.int(1), maxIterations: try args.int(2),
                initializations: try args.int(3), using: &generator), .kMeans)
        }
        func kMeans(_ value: Value) throws -> KMeans {
            try value.unboxed(.kMeans)
        }
        type.property("centres", type: .tensor, doc: "The cluster centres, [k, D].") { .tensor(try kMeans($0).centres) }
        type.property("labels", type: .ints, doc: "The cluster of each sample.") { Convert.value(try kMeans($0).labels) }
        type.property("inertia", type: .double, doc: "The sum of squared distances of the samples to their centres.") {
            .double(try kMeans($0).inertia)
        }
        type.property("iterations", type: .int, doc: "The Lloyd iterations run.") { .int(try kMeans($0).iterations) }
        type.property("converged", type: .bool, doc: "Whether the centres stopped moving before the iteration limit.") {
            .bool(try kMeans($0).converged)
        }
        type.method(
            "predict", parameters: [Signature.positional("x", .any)], returns: .ints, doc: "The nearest centre of each sample."
        ) { args, _ in
            Convert.value(try args.receiver(.kMeans).predict(try rows(args[0], "the data")))
        }
        type.method(
            "representatives", parameters: [Signature.labeled("in", .any)], returns: .ints,
            doc: "For each centre, the index of the sample nearest to it (a k-means selection of real samples)."
        ) { args, _ in
            Convert.value(try args.receiver(.kMeans).representatives(in: try rows(args[0], "the data")))
        }
    }
}
