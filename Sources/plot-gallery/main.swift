// plot-gallery: draws the Plotting gallery (issue 4) into Figures/gallery/, or with --bench
// times a 10,000-point scatter rendered to PNG.
import Foundation
import PlotGallery

let arguments = CommandLine.arguments.dropFirst()
do {
    if arguments.contains("--bench") {
        let result = try Gallery.benchmarkScatter()
        print(String(format: "scatter 10000 points -> PNG (1280x960): %.1f ms wall, %.1f ms CPU (best of 5), %d bytes",
                     result.seconds * 1000, result.cpuSeconds * 1000, result.bytes))
    } else {
        let folder = arguments.first { !$0.hasPrefix("-") } ?? "Figures/gallery"
        for path in try Gallery.write(to: folder) { print(path) }
    }
} catch {
    FileHandle.standardError.write(Data("plot-gallery: error: \(error)\n".utf8))
    exit(1)
}
