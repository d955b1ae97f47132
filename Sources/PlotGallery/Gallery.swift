import Foundation
import Plotting

/// Writes the gallery and times the scatter benchmark.
public enum Gallery {
    /// Writes every gallery figure as PNG and SVG into `folder`, and the data as
    /// `folder/data/<name>.json` for the matplotlib peer. Returns the paths written.
    public static func write(to folder: String, seed: UInt64 = 2024) throws -> [String] {
        let data = GalleryData(seed: seed)
        var written: [String] = []
        for (name, build) in GalleryFigures.all {
            let figure = try build(data)
            written += try figure.write(to: folder + "/" + name)
            for warning in figure.warnings { print("\(name): warning: \(warning)") }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = try encoder.encode(data)
        let path = folder + "/data/gallery.json"
        try FileManager.default.createDirectory(atPath: folder + "/data", withIntermediateDirectories: true)
        try json.write(to: URL(fileURLWithPath: path), options: .atomic)
        written.append(path)
        return written
    }

    /// Renders a 10,000-point scatter (random colours and sizes, 460.8 × 345.6 points) to PNG at
    /// 200 dpi `repeats` times; returns the fastest wall-clock and processor times in seconds
    /// (they differ when other processes share the cores) and the PNG's size in bytes.
    public static func benchmarkScatter(points: Int = 10_000, repeats: Int = 5) throws
        -> (seconds: Double, cpuSeconds: Double, bytes: Int) {
        var g = SplitMix64(seed: 7)
        let x = (0..<points).map { _ in g.normal() }
        let y = (0..<points).map { _ in g.normal() }
        let colors = (0..<points).map { _ in ColorCycle.okabeIto[Int(g.next() % 3)] }
        let sizes = (0..<points).map { _ in 2 + 4 * g.uniform() }
        func cpuTime() -> Double {
            var t = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
            return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
        }
        var best = Double.infinity, bestCPU = Double.infinity, bytes = 0
        for _ in 0..<max(1, repeats) {
            let start = DispatchTime.now().uptimeNanoseconds, cpuStart = cpuTime()
            let figure = try Figure()
            try figure.axes().scatter(x: x, y: y, label: "points", colors: colors, sizes: sizes, alpha: 0.6)
            bytes = try figure.data(.png).count
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            bestCPU = min(bestCPU, cpuTime() - cpuStart)
        }
        return (best, bestCPU, bytes)
    }
}
