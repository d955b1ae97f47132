import Foundation

/// The synthetic data of the gallery's seven figures, generated from one seed. Every field is
/// exported to JSON so `Benchmarks/peers/matplotlib_gallery.py` draws exactly the same numbers.
public struct GalleryData: Encodable {
    /// Figure 1: a t-SNE-like map of three classes.
    struct Embedding: Encodable {
        var classes: [String]
        /// Per class: real points (x, y).
        var realX: [[Double]], realY: [[Double]]
        /// Per class: synthetic points.
        var syntheticX: [[Double]], syntheticY: [[Double]]
        /// Per class: the kept subset of the real points.
        var keptX: [[Double]], keptY: [[Double]]
    }

    /// Figure 2: coverage against images per class for easy and hard samples.
    struct Coverage: Encodable {
        var ipc: [Double]
        var easy: [Double], hard: [Double]
        var baseline: Double
    }

    /// Figure 3: test error against α, theory curves and simulations for several f.
    struct ScalingLaw: Encodable {
        var f: [Double]
        var alpha: [Double]
        /// [f][alpha] theory curves.
        var theory: [[Double]]
        var simulationAlpha: [Double]
        /// [f][simulationAlpha] means and standard deviations.
        var simulationMean: [[Double]], simulationStd: [[Double]]
    }

    /// Figure 4: 100 grey images of 28×28, 10 per class; values are k/255.
    struct Images: Encodable {
        var classes: [String]
        /// N×28×28 values in [0, 1], row-major, image by image (class-major).
        var pixels: [Float]
    }

    /// Figure 5: gradient norms of two groups.
    struct GradientNorms: Encodable {
        var easy: [Double], hard: [Double]
        var edges: [Double]
    }

    /// Figure 6: a confusion matrix (rows: true class, columns: predicted class, fractions).
    struct Confusion: Encodable {
        var classes: [String]
        var matrix: [[Double]]
    }

    /// Figure 7: test accuracy during training, four methods, mean ± std over runs.
    struct Training: Encodable {
        var methods: [String]
        var epochs: [Double]
        var mean: [[Double]], std: [[Double]]
    }

    var seed: UInt64
    var embedding: Embedding
    var coverage: Coverage
    var scalingLaw: ScalingLaw
    var images: Images
    var gradientNorms: GradientNorms
    var confusion: Confusion
    var training: Training

    /// Fashion-MNIST's ten class names.
    public static let classNames = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                                    "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]

    /// All seven data sets from `seed`.
    public init(seed: UInt64 = 2024) {
        self.seed = seed
        var g = SplitMix64(seed: seed)
        embedding = Self.makeEmbedding(&g)
        coverage = Self.makeCoverage(&g)
        scalingLaw = Self.makeScalingLaw(&g)
        images = Images(classes: Self.classNames, pixels: Silhouettes.batch(perClass: 10, generator: &g))
        gradientNorms = Self.makeGradientNorms(&g)
        confusion = Self.makeConfusion(&g)
        training = Self.makeTraining(&g)
    }

    /// Rounds to 4 decimals, so the JSON export holds exactly what is plotted.
    static func r4(_ v: Double) -> Double { (v * 10_000).rounded() / 10_000 }

    private static func makeEmbedding(_ g: inout SplitMix64) -> Embedding {
        let centers = [(-18.0, 8.0), (16.0, 14.0), (2.0, -17.0)]
        let spread = [(7.0, 5.0), (5.0, 7.5), (8.0, 5.5)]
        var e = Embedding(classes: ["Trouser", "Bag", "Sneaker"], realX: [], realY: [], syntheticX: [], syntheticY: [],
                          keptX: [], keptY: [])
        for (k, c) in centers.enumerated() {
            let xs = (0..<300).map { _ in r4(c.0 + spread[k].0 * g.normal()) }
            let ys = (0..<300).map { _ in r4(c.1 + spread[k].1 * g.normal()) }
            e.realX.append(xs)
            e.realY.append(ys)
            e.syntheticX.append((0..<10).map { _ in r4(c.0 + spread[k].0 * 0.6 * g.normal()) })
            e.syntheticY.append((0..<10).map { _ in r4(c.1 + spread[k].1 * 0.6 * g.normal()) })
            let kept = (0..<300).filter { _ in g.uniform() < 0.12 }
            e.keptX.append(kept.map { xs[$0] })
            e.keptY.append(kept.map { ys[$0] })
        }
        return e
    }

    private static func makeCoverage(_ g: inout SplitMix64) -> Coverage {
        let ipc: [Double] = [1, 2, 5, 10, 20, 50, 100, 200]
        let easy = ipc.map { r4(min(0.99, 1 - 0.62 * exp(-$0 / 9) - 0.05 + 0.01 * g.normal())) }
        let hard = ipc.map { r4(max(0.01, 0.78 * (1 - exp(-$0 / 45)) + 0.03 + 0.01 * g.normal())) }
        return Coverage(ipc: ipc, easy: easy, hard: hard, baseline: 0.5)
    }

    private static func makeScalingLaw(_ g: inout SplitMix64) -> ScalingLaw {
        let f = [0.1, 0.2, 0.4, 0.7, 1.0]
        let alpha = (0...60).map { pow(10, -1 + 3 * Double($0) / 60) }
        func error(_ a: Double, _ f: Double) -> Double { 0.5 / pow(1 + a / (0.6 * f), 0.5 + 1.2 * (1 - f)) }
        let simulationAlpha: [Double] = [0.2, 0.5, 1, 2, 5, 10, 20, 50]
        var mean: [[Double]] = [], std: [[Double]] = []
        for fv in f {
            let m = simulationAlpha.map { r4WithFloor(error($0, fv) * (1 + 0.06 * g.normal())) }
            mean.append(m)
            std.append(m.map { r4WithFloor($0 * (0.12 + 0.04 * g.uniform())) })
        }
        return ScalingLaw(f: f, alpha: alpha.map { Double(String(format: "%.6g", $0))! },
                          theory: f.map { fv in alpha.map { r4WithFloor(error($0, fv)) } },
                          simulationAlpha: simulationAlpha, simulationMean: mean, simulationStd: std)
    }

    /// Rounding to 4 significant digits (for values spanning decades).
    private static func r4WithFloor(_ v: Double) -> Double { Double(String(format: "%.4g", v))! }

    private static func makeGradientNorms(_ g: inout SplitMix64) -> GradientNorms {
        let easy = (0..<2000).map { _ in r4(exp(-0.6 + 0.35 * g.normal())) }
        let hard = (0..<800).map { _ in r4(exp(0.45 + 0.4 * g.normal())) }
        return GradientNorms(easy: easy, hard: hard, edges: (0...45).map { r4(Double($0) * 0.1) })
    }

    private static func makeConfusion(_ g: inout SplitMix64) -> Confusion {
        let confusable: Set<[Int]> = [[0, 6], [6, 0], [2, 4], [4, 2], [2, 6], [6, 2], [4, 6], [6, 4], [5, 7], [7, 5],
                                      [7, 9], [9, 7], [0, 3], [3, 0]]
        let matrix = (0..<10).map { r in
            let raw = (0..<10).map { c -> Double in
                if r == c { return 8 + 2 * g.uniform() }
                return confusable.contains([r, c]) ? 0.6 + 1.2 * g.uniform() : 0.05 * g.uniform()
            }
            let total = raw.reduce(0, +)
            return raw.map { r4($0 / total) }
        }
        return Confusion(classes: classNames, matrix: matrix)
    }

    private static func makeTraining(_ g: inout SplitMix64) -> Training {
        let methods = ["DC", "DSA", "DM", "MTT"]
        let ceilings = [0.70, 0.74, 0.71, 0.79], rates = [0.10, 0.08, 0.15, 0.06]
        let epochs = (0...30).map { Double($0 * 10) }
        var mean: [[Double]] = [], std: [[Double]] = []
        for (k, _) in methods.enumerated() {
            mean.append(epochs.map { r4(0.1 + (ceilings[k] - 0.1) * (1 - exp(-rates[k] * $0 / 10)) + 0.005 * g.normal()) })
            std.append(epochs.map { r4(0.01 + 0.03 * exp(-$0 / 120) + 0.005 * g.uniform()) })
        }
        return Training(methods: methods, epochs: epochs, mean: mean, std: std)
    }
}
