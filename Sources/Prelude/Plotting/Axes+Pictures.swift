import CellLanguage
import Datasets
import Plotting
import TensorCore

extension Prelude {
    /// Bars, histograms, heatmaps and image grids.
    static func registerAxesPictures(_ type: NativeTypeDefinition) {
        type.method(
            "bars",
            parameters: [
                Signature.labeled("categories", .strings), Signature.labeled("values", .any),
                Signature.optional("seriesLabels", .strings),
            ],
            doc: "Bars of height values[c] per category, or grouped bars values[s][c] for several series (with `seriesLabels` in the legend)."
        ) { args, _ in
            let categories = try args.array(0).map { $0.asString ?? "" }
            let values = try barValues(args[1])
            let labels = try args.optional(2).map { _ in try args.array(2).map { $0.asString ?? "" } }
            try args.receiverAxes.bars(categories: categories, values: values, seriesLabels: labels)
            return .void
        }
        type.method(
            "histogram",
            parameters: [
                Signature.positional("values", .any), Signature.labeled("bins", .int, default: .int(20), text: "20"),
                Signature.optional("label", .string), Signature.labeled("color", .any, default: Value.none, text: "nil"),
                Signature.labeled("alpha", .double, default: .double(1), text: "1"),
                Signature.labeled("density", .bool, default: .bool(false), text: "false"),
                Signature.optional("edges", .doubles),
            ],
            doc: """
                A histogram of the values in `bins` equal bins over their range, or in the bins \
                between explicit increasing `edges` (share them between groups so their bars line \
                up); `alpha: 0.5` lets overlapping groups show through, `density: true` \
                normalises the area to 1.
                """
        ) { args, _ in
            try args.receiverAxes.histogram(
                try Convert.doubles(args[0], "values"), bins: try args.int(1),
                edges: try args.optional(6).map { try Convert.doubles($0, "edges") }, label: args.optional(2)?.asString,
                color: try PlotOptions.color(args[3]), alpha: try args.double(4), density: try args.bool(5))
            return .void
        }
        type.method(
            "heatmap",
            parameters: [
                Signature.positional("values", .any), Signature.optional("rowLabels", .strings),
                Signature.optional("columnLabels", .strings),
                Signature.labeled("annotate", .bool, default: .bool(false), text: "false"),
                Signature.labeled("decimals", .int, default: .int(2), text: "2"),
                Signature.labeled("colormap", .symbol, default: .symbol("viridis"), text: ".viridis"),
                Signature.labeled("colorBarLabel", .string, default: .string(""), text: "\"\""),
            ],
            doc: """
                A matrix (rows of numbers or a rank-2 tensor) as coloured cells, row 0 at the \
                top, with a colour bar; `annotate` prints each value with `decimals` digits — a \
                confusion matrix. Colour maps: .viridis, .grey, .greyInverted.
                """
        ) { args, _ in
            try args.receiverAxes.heatmap(
                try Convert.matrix(args[0], "values"), rowLabels: try strings(args, 1), columnLabels: try strings(args, 2),
                colormap: try PlotOptions.colormap(args[5]), colorBarLabel: try args.string(6), annotate: try args.bool(3),
                decimals: try args.int(4))
            return .void
        }
        type.method(
            "imageGrid",
            parameters: [
                Signature.positional("images", .any), Signature.labeled("columns", .int, default: .int(10), text: "10"),
                Signature.optional("rowLabels", .strings), Signature.optional("columnLabels", .strings),
                Signature.labeled("colormap", .symbol, default: .symbol("grey"), text: ".grey"),
            ],
            doc: """
                Images as a grid, `columns` per row, filled row by row, with optional names for \
                the rows (left) and columns (top). Takes a Dataset (drawn in pixel space, 0 \
                black to 1 white) or a tensor [N, C, H, W] with C = 1 or 3 (stretched from its \
                minimum to its maximum).
                """
        ) { args, _ in
            let (batch, scaling) = try imageBatch(args[0])
            try args.receiverAxes.imageGrid(
                batch, columns: try args.int(1), rowLabels: try strings(args, 2), columnLabels: try strings(args, 3),
                scaling: scaling, colormap: try PlotOptions.colormap(args[4]))
            return .void
        }
    }

    /// Optional string-array parameter `i`.
    static func strings(_ args: Arguments, _ i: Int) throws -> [String]? {
        try args.optional(i).map { _ in try args.array(i).map { $0.asString ?? "" } }
    }

    /// One series ([Double] or a rank-1 tensor) or several ([[Double]] or a rank-2 tensor).
    private static func barValues(_ value: Value) throws -> [[Double]] {
        if case .array(let elements) = value, elements.first?.asArray != nil || elements.first?.asNative(TensorObject.self) != nil {
            return try Convert.matrix(value, "values")
        }
        if let t = value.asNative(TensorObject.self)?.tensor, t.rank == 2 { return try Convert.matrix(value, "values") }
        return [try Convert.doubles(value, "values")]
    }

    /// The images of a Dataset (denormalised, 0…1) or of a tensor [N, C, H, W] / [N, H, W].
    static func imageBatch(_ value: Value) throws -> (ImageBatch, ImageScaling) {
        if let set = try? value.unboxed(.dataset) {
            let pixels = try set.normalization.denormalize(set.images)
            return (try batch(pixels), .fixed(lower: 0, upper: 1))
        }
        guard let t = value.asNative(TensorObject.self)?.tensor else {
            throw CellError("imageGrid takes a Dataset or a Tensor of images, not \(value.typeName)")
        }
        return (try batch(t), .global)
    }

    private static func batch(_ t: Tensor) throws -> ImageBatch {
        switch t.rank {
        case 4: return try ImageBatch(pixels: t.scalars, count: t.shape[0], channels: t.shape[1], height: t.shape[2], width: t.shape[3])
        case 3: return try ImageBatch(pixels: t.scalars, count: t.shape[0], channels: 1, height: t.shape[1], width: t.shape[2])
        default: throw CellError("images must be a tensor [N, C, H, W] or [N, H, W], not of shape \(t.shape)")
        }
    }
}
