/// A batch of images stored as one flat array in NCHW order: `pixels[((n * C + c) * H + y) * W + x]`,
/// row 0 at the top, with C = 1 (grey) or 3 (RGB).
public struct ImageBatch: Sendable {
    /// The values; any finite range (see `ImageScaling`).
    public var pixels: [Float]
    /// Number of images N.
    public var count: Int
    /// Channels C: 1 or 3.
    public var channels: Int
    /// Height H in pixels.
    public var height: Int
    /// Width W in pixels.
    public var width: Int

    /// A batch of `count` images of `channels` × `height` × `width`; throws when the sizes do not
    /// multiply to `pixels.count` or `channels` is not 1 or 3.
    public init(pixels: [Float], count: Int, channels: Int, height: Int, width: Int) throws {
        guard channels == 1 || channels == 3 else {
            throw PlotError.invalidArgument("images have \(channels) channels; pass 1 (grey) or 3 (RGB)")
        }
        guard count >= 0, height > 0, width > 0 else {
            throw PlotError.invalidArgument("image size \(count)×\(channels)×\(height)×\(width) is empty; pass positive height and width")
        }
        guard pixels.count == count * channels * height * width else {
            throw PlotError.lengthMismatch(what: "image pixels (N×C×H×W = \(count)×\(channels)×\(height)×\(width))",
                                           expected: count * channels * height * width, actual: pixels.count)
        }
        self.pixels = pixels
        self.count = count
        self.channels = channels
        self.height = height
        self.width = width
    }

    /// Values per image (C × H × W).
    var imageSize: Int { channels * height * width }
}

/// How image values become intensities.
public enum ImageScaling: Sendable, Equatable {
    /// Each image stretched from its own minimum (black) to its maximum (white).
    case perImage
    /// All images stretched by the batch's minimum and maximum, so brightness compares across images.
    case global
    /// Values mapped from `lower` (black) to `upper` (white), e.g. 0…1.
    case fixed(lower: Double, upper: Double)
}

extension ImageBatch {
    /// The images as RGBA rasters; grey images go through `colormap`, NaN pixels get its `bad` colour.
    func rasters(scaling: ImageScaling, colormap: Colormap) -> [RGBAImage] {
        func range(_ values: ArraySlice<Float>) -> (Double, Double) {
            var lo = Double.infinity, hi = -Double.infinity
            for v in values where v.isFinite {
                lo = min(lo, Double(v))
                hi = max(hi, Double(v))
            }
            return lo <= hi ? (lo, hi) : (0, 1)
        }
        let globalRange = range(pixels[...])
        return (0..<count).map { n in
            let slice = pixels[(n * imageSize)..<((n + 1) * imageSize)]
            let (lo, hi): (Double, Double)
            switch scaling {
            case .perImage: (lo, hi) = range(slice)
            case .global: (lo, hi) = globalRange
            case let .fixed(l, u): (lo, hi) = (l, u)
            }
            let span = hi - lo
            func t(_ v: Float) -> Double { span > 0 ? (Double(v) - lo) / span : (v.isFinite ? 0.5 : .nan) }
            let plane = height * width
            var bytes = [UInt8](repeating: 255, count: plane * 4)
            let base = slice.startIndex
            for p in 0..<plane {
                let color: Color
                if channels == 1 {
                    color = colormap.color(at: t(pixels[base + p]))
                } else {
                    let c = (0..<3).map { t(pixels[base + $0 * plane + p]) }
                    color = c.allSatisfy(\.isFinite) ? Color(red: c[0], green: c[1], blue: c[2]) : colormap.bad
                }
                bytes[p * 4] = UInt8((color.red * 255).rounded())
                bytes[p * 4 + 1] = UInt8((color.green * 255).rounded())
                bytes[p * 4 + 2] = UInt8((color.blue * 255).rounded())
            }
            return RGBAImage(width: width, height: height, pixels: bytes)
        }
    }
}
