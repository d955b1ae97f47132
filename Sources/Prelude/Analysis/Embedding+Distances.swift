import Analysis
import CellLanguage
import TensorCore

extension Prelude {
    /// `tsne(_:)` and `trustworthiness(original:embedding:)`.
    static func registerEmbedding(_ registry: NativeRegistry) {
        registry.define(
            "tsne",
            parameters: [
                Signature.positional("x", .any), Signature.labeled("perplexity", .double, default: .double(30), text: "30"),
                Signature.labeled("iterations", .int, default: .int(1000), text: "1000"),
                Signature.labeled("pcaComponents", .optional(.int), default: .int(50), text: "50"),
            ],
            returns: .tensor, topic: Topic.analysis,
            doc: """
                A 2-D t-SNE map [N, 2] of samples [N, D] (van der Maaten & Hinton 2008; exact up \
                to 1,000 points, Barnes–Hut above), started from PCA so it repeats exactly. \
                Samples are first reduced to their top `pcaComponents` principal components \
                (nil keeps them whole). Progress every 50 iterations; Ctrl-C stops it. About \
                5 ms per iteration for 5,000 points.
                """
        ) { args, context in
            var x = try rows(args[0], "the samples")
            if let k = args.optional(3)?.asInt, x.shape[1] > k, x.shape[0] > k {
                x = try PCA(fitting: x, components: k).transform(x)
            }
            var configuration = TSNE.Configuration()
            configuration.perplexity = try args.double(1)
            configuration.iterations = try args.int(2)
            let result = try Work.run(context) { try TSNE.embed(x, configuration: configuration, progress: context.work("t-SNE")) }
            return .tensor(result.embedding)
        }
        registry.define(
            "trustworthiness",
            parameters: [
                Signature.labeled("original", .any), Signature.labeled("embedding", .any),
                Signature.labeled("k", .int, default: .int(10), text: "10"),
            ],
            returns: .double, topic: Topic.analysis,
            doc: "How well an embedding keeps neighbourhoods (Venna & Kaski 2001, as scikit-learn): 1 when each point's k embedded neighbours are original neighbours too."
        ) { args, _ in
            .double(try Trustworthiness.score(
                original: try rows(args[0], "the original samples"), embedding: try rows(args[1], "the embedding"), k: try args.int(2)))
        }
    }

    /// Nearest neighbours, coverage and MMD.
    static func registerDistances(_ registry: NativeRegistry) {
        registry.define(
            "nearestNeighbors",
            parameters: [Signature.positional("queries", .any), Signature.labeled("in", .any), Signature.labeled("k", .int, default: .int(1), text: "1")],
            returns: .any, topic: Topic.analysis,
            doc: "The k nearest rows of `in` to each query row, exactly, as `(indices: [[Int]], distances: [[Double]])`, nearest first."
        ) { args, _ in
            let found = try NearestNeighbors.search(try rows(args[0], "the queries"), in: try rows(args[1], "the points"), k: try args.int(2))
            let indices = (0..<found.queryCount).map { Convert.value(Array(found.indices(ofQuery: $0))) }
            let distances = (0..<found.queryCount).map { Convert.value(found.distances(ofQuery: $0).map(Double.init)) }
            return .tuple(TupleValue([.array(indices), .array(distances)], labels: ["indices", "distances"]))
        }
        registerCoverage(registry)
        registry.define(
            "mmd",
            parameters: [
                Signature.positional("x", .any), Signature.positional("y", .any), Signature.optional("bandwidth", .double),
                Signature.labeled("biased", .bool, default: .bool(false), text: "false"),
            ],
            returns: .double, topic: Topic.analysis,
            doc: """
                The maximum mean discrepancy between the rows of x and of y under a Gaussian \
                kernel (Gretton et al. 2012): 0 when the distributions agree. The bandwidth is \
                the median pairwise distance unless given; the unbiased estimator of MMD² is used \
                unless `biased`, and the result is √max(0, MMD²).
                """
        ) { args, _ in
            let bandwidth: MMD.Bandwidth = args.optional(2)?.asDouble.map { .fixed($0) } ?? .median()
            let value = try MMD(
                between: try rows(args[0], "x"), and: try rows(args[1], "y"), bandwidth: bandwidth,
                estimator: try args.bool(3) ? .biased : .unbiased)
            return .double(value.value)
        }
    }

    /// `Coverage(of:by:radius:)`, `coverageRadius(of:)` and the Coverage type.
    private static func registerCoverage(_ registry: NativeRegistry) {
        let type = registry.defineType(
            "Coverage", topic: Topic.analysis,
            doc: """
                SelMatch's coverage (§3.2): which real points lie within a radius of some \
                synthetic or selected point in a feature space; `split(by:)` gives it for the \
                easy and the hard points separately.
                """)
        registry.define(
            "Coverage",
            parameters: [Signature.labeled("of", .any), Signature.labeled("by", .any), Signature.labeled("radius", .double)],
            returns: .named("Coverage"), topic: Topic.analysis,
            doc: "Which rows of `of` (real points, usually test features) are within `radius` of some row of `by` (synthetic points); the radius usually comes from `coverageRadius(of:)`."
        ) { args, _ in
            .boxed(try Coverage(
                of: try rows(args[0], "the reference points"), by: try rows(args[1], "the synthetic points"),
                radius: Float(try args.double(2))), .coverage)
        }
        registry.define(
            "coverageRadius", parameters: [Signature.labeled("of", .any)], returns: .double, topic: Topic.analysis,
            doc: "SelMatch's radius: the mean distance from each training point to its nearest other training point."
        ) { args, _ in
            .double(Double(try Coverage.radius(of: try rows(args[0], "the training points"))))
        }
        func coverage(_ value: Value) throws -> Coverage {
            try value.unboxed(.coverage)
        }
        type.property("fraction", type: .double, doc: "The fraction of reference points covered, in [0, 1].") { .double(try coverage($0).fraction) }
        type.property("radius", type: .double, doc: "The radius used.") { .double(Double(try coverage($0).radius)) }
        type.property("covered", type: .array(.bool), doc: "For each reference point, whether it is covered.") {
            .array(try coverage($0).covered.map(Value.bool))
        }
        type.property("distances", type: .doubles, doc: "For each reference point, the distance to its nearest synthetic point.") {
            Convert.value(try coverage($0).nearestDistances.map(Double.init))
        }
        type.method(
            "split",
            parameters: [Signature.labeled("by", .any), Signature.labeled("hardest", .double, default: .double(0.5), text: "0.5")],
            returns: .any,
            doc: "Coverage of the easy and of the hard reference points: difficulty is one score per point (larger = harder), the `hardest` fraction counts as hard. Returns (easy: Double, hard: Double)."
        ) { args, _ in
            let split = try args.receiver(.coverage).split(
                by: try Convert.doubles(args[0], "difficulty"), .hardestFraction(try args.double(1)))
            return .tuple(TupleValue([.double(split.easy), .double(split.hard)], labels: ["easy", "hard"]))
        }
    }
}
