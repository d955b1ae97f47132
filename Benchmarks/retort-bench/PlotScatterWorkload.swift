import PlotGallery

/// The Plotting benchmark: a 10,000-point scatter (random colours and sizes, alpha 0.6) drawn
/// and encoded as a 1280×960 PNG, data generation included (the Plotting gallery's own
/// `Gallery.benchmarkScatter`). Peer: matplotlib (Agg), `Benchmarks/peers/plot_scatter.py`.
let plotScatterWorkload = Workload(
    name: "plot_scatter",
    summary: "scatter of 10,000 points rendered to a 1280x960 PNG (vs matplotlib)"
) {
    var bytes = 0
    let sample = try Timing.median(runs: 5) { bytes = try Gallery.benchmarkScatter(repeats: 1).bytes }
    Timing.report("plot_scatter", sample)
    print("  PNG of \(bytes) bytes")
}
