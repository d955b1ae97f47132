import Plotting

/// The seven gallery figures of issue 4, each a function of the synthetic `GalleryData`.
/// Sizes are in points; `Benchmarks/peers/matplotlib_gallery.py` uses the same sizes in inches × 72.
public enum GalleryFigures {
    /// A figure's file name (without extension) and its builder.
    public static let all: [(name: String, build: (GalleryData) throws -> Figure)] = [
        ("1-embedding", embedding), ("2-coverage", coverage), ("3-scaling-law", scalingLaw),
        ("4-image-grid", imageGrid), ("5-gradient-norms", gradientNorms), ("6-confusion", confusion),
        ("7-training", training),
    ]

    /// (1) t-SNE-style map: small dots for real points, large circles for synthetic points and
    /// darker "x" markers for a kept subset, one colour per class.
    public static func embedding(_ d: GalleryData) throws -> Figure {
        let figure = try Figure(width: 460.8, height: 403.2)
        let ax = figure.axes()
        let e = d.embedding
        let palette = ColorCycle.okabeIto
        for k in e.classes.indices {
            try ax.scatter(x: e.realX[k], y: e.realY[k], label: e.classes[k], color: palette[k], size: 3.5, alpha: 0.45)
        }
        for k in e.classes.indices {
            try ax.scatter(x: e.keptX[k], y: e.keptY[k], color: palette[k].darker(0.45), size: 6, marker: .x)
            try ax.scatter(x: e.syntheticX[k], y: e.syntheticY[k], color: palette[k], size: 11,
                           edgeColor: .white, edgeWidth: 1.2)
        }
        try ax.scatter(x: [], y: [], label: "synthetic", color: .grey, size: 11, edgeColor: .white, edgeWidth: 1.2)
        try ax.scatter(x: [], y: [], label: "kept subset", color: Color.grey.darker(0.45), size: 6, marker: .x)
        ax.title = "Real, synthetic and kept points (t-SNE)"
        ax.x.label = "t-SNE 1"
        ax.y.label = "t-SNE 2"
        return figure
    }

    /// (2) Coverage against images per class, easy and hard groups, with a dashed baseline.
    public static func coverage(_ d: GalleryData) throws -> Figure {
        let figure = try Figure(width: 460.8, height: 316.8)
        let ax = figure.axes()
        let c = d.coverage
        try ax.line(x: c.ipc, y: c.easy, label: "easy samples", marker: .circle)
        try ax.line(x: c.ipc, y: c.hard, label: "hard samples", marker: .square)
        ax.horizontalLine(at: c.baseline, label: "random selection")
        ax.x.scale = .log
        ax.x.label = "images per class (IPC)"
        ax.y.label = "coverage"
        ax.y.limits = 0...1
        ax.title = "Coverage of the training set"
        return figure
    }

    /// (3) Test error against α on log axes: theory curves for five f, simulations with error bars.
    public static func scalingLaw(_ d: GalleryData) throws -> Figure {
        let figure = try Figure(width: 460.8, height: 345.6)
        let ax = figure.axes()
        let s = d.scalingLaw
        let palette = ColorCycle.okabeIto
        for (k, f) in s.f.enumerated() {
            try ax.line(x: s.alpha, y: s.theory[k], label: "f = \(f)", color: palette[k])
            try ax.errorBars(x: s.simulationAlpha, y: s.simulationMean[k], yError: s.simulationStd[k],
                             color: palette[k], markerSize: 5, capSize: 3)
        }
        try ax.errorBars(x: [], y: [], yError: [], label: "simulation", color: .darkGrey, markerSize: 5)
        ax.x.scale = .log
        ax.y.scale = .log
        ax.x.label = "α = P / N"
        ax.y.label = "test error ε"
        ax.title = "Test error of the pruned perceptron"
        return figure
    }

    /// (4) A 10×10 grid of 28×28 grey images, one row per class.
    public static func imageGrid(_ d: GalleryData) throws -> Figure {
        let figure = try Figure(width: 460.8, height: 432)
        let ax = figure.axes()
        let batch = try ImageBatch(pixels: d.images.pixels, count: 100, channels: 1, height: 28, width: 28)
        try ax.imageGrid(batch, columns: 10, rowLabels: d.images.classes,
                         columnLabels: (1...10).map(String.init), scaling: .fixed(lower: 0, upper: 1))
        ax.title = "Synthetic images, 10 per class"
        return figure
    }

    /// (5) Histograms of gradient norms of two groups, semi-transparent on shared bins.
    public static func gradientNorms(_ d: GalleryData) throws -> Figure {
        let figure = try Figure(width: 460.8, height: 316.8)
        let ax = figure.axes()
        let g = d.gradientNorms
        try ax.histogram(g.easy, edges: g.edges, label: "easy (n = \(g.easy.count))", alpha: 0.55)
        try ax.histogram(g.hard, edges: g.edges, label: "hard (n = \(g.hard.count))", alpha: 0.55)
        ax.x.label = "gradient norm ‖∇ℓ‖"
        ax.y.label = "number of samples"
        ax.title = "Gradient norms at initialisation"
        return figure
    }

    /// (6) A confusion matrix as a heatmap with a colour bar and values in the cells.
    public static func confusion(_ d: GalleryData) throws -> Figure {
        let figure = try Figure(width: 460.8, height: 417.6)
        let ax = figure.axes()
        try ax.heatmap(d.confusion.matrix, rowLabels: d.confusion.classes, columnLabels: d.confusion.classes,
                       range: 0...1, colorBarLabel: "fraction of true class", annotate: true, decimals: 2)
        ax.x.label = "predicted class"
        ax.y.label = "true class"
        ax.title = "Confusion matrix"
        return figure
    }

    /// (7) A 2×2 grid with shared axes: accuracy during training, mean ± std, one method per panel.
    public static func training(_ d: GalleryData) throws -> Figure {
        let figure = try Figure(width: 576, height: 432, rows: 2, columns: 2, sharedX: true, sharedY: true)
        figure.title = "Test accuracy during distillation"
        let t = d.training
        for (k, method) in t.methods.enumerated() {
            let ax = figure.axes(row: k / 2, column: k % 2)
            try ax.meanBand(x: t.epochs, mean: t.mean[k], std: t.std[k], label: "mean ± std",
                            color: ColorCycle.okabeIto[k])
            ax.horizontalLine(at: 0.1, label: "chance")
            ax.title = method
            if k > 0 { ax.legend = .hidden }
            if k / 2 == 1 { ax.x.label = "epoch" }
            if k % 2 == 0 { ax.y.label = "accuracy" }
        }
        return figure
    }
}
