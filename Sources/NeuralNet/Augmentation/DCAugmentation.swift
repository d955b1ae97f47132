import Foundation
import TensorCore

/// One token of DC's augmentation strategy (METHODS.md §3, the reference's `augment()`).
public enum DCOperation: String, Sendable, CaseIterable {
    /// Pad by `crop` with the channel means, then take the window at a random offset.
    case crop
    /// Resize by a random factor per axis (nearest), centred on a zero canvas.
    case scale
    /// Rotate by a random whole number of degrees about the centre, filling with the mean.
    case rotate
    /// Add Gaussian noise.
    case noise
}

/// DC's non-differentiable augmentation, used only by DC's evaluation protocol (METHODS.md §3
/// "Details for the non-differentiable DC `augment()`", §13): for each image, one token of the
/// strategy drawn uniformly, and only that operation applied.
///
/// Faithful to the reference's details: the channel means are those of the whole batch; crop
/// offsets are `0..<2·crop` (so translations `−crop..<crop`); scale draws `h` and `w` from
/// `Int(U(1 − scale, 1 + scale) · H)` (the reference uses H for both), resizes by nearest
/// neighbour, and centres the result on a **zero** canvas before taking the centre `H × W`;
/// rotation angles are whole degrees in `−rotate..<rotate`, with scipy's output geometry
/// (the rotated image's bounding box, then its centre window) and the mean of the channel
/// means outside. One difference: the rotation interpolates bilinearly where scipy uses cubic
/// splines. The result is a constant (no gradient flows).
public struct DCAugmentation: ImageAugmentation, Sendable, Equatable {
    /// The tokens drawn from, one per image.
    public var operations: [DCOperation]
    /// Crop padding in pixels; 4.
    public var crop: Int
    /// Scale range half-width; 0.2 (factors in [0.8, 1.2)).
    public var scale: Float
    /// Largest rotation in degrees; 45.
    public var rotate: Int
    /// Noise standard deviation; 0.001.
    public var noise: Float

    /// DC's `get_daparam` values with the given strategy string (`crop_scale_rotate` for MNIST,
    /// `crop_noise` for ConvNetBN, `none` otherwise).
    /// - Throws: for an unknown or empty token.
    public init(_ strategy: String, crop: Int = 4, scale: Float = 0.2, rotate: Int = 45, noise: Float = 0.001) throws {
        self.operations = try parseStrategy(strategy, what: "DC augmentation", example: "crop_scale_rotate") {
            DSAOperation(rawValue: $0) != nil ? "'\($0)' is a DSA operation; use DSA for it" : nil
        }
        self.crop = crop
        self.scale = scale
        self.rotate = rotate
        self.noise = noise
    }

    /// The strategy string.
    public var strategy: String { strategyString(operations) }

    /// `images` `[N, C, H, W]` with one randomly chosen operation applied to each image.
    /// - Throws: when the images are not NCHW or a setting is out of range.
    public func callAsFunction(_ images: Tensor, using generator: inout SeededGenerator) throws -> Tensor {
        try NeuralNetError.checkImages(images.shape, op: "DC augmentation")
        guard crop >= 0, scale >= 0, scale < 1, rotate >= 0, noise >= 0, noise.isFinite else {
            throw NeuralNetError(
                "DC augmentation: need crop ≥ 0, scale in [0, 1), rotate ≥ 0 and a finite noise ≥ 0; "
                    + "got \(crop), \(scale), \(rotate), \(noise)")
        }
        let x = images.detach()
        guard !operations.isEmpty else { return x }
        let means = try x.mean(axes: [0, 2, 3]).scalars
        let augmented = try (0..<x.shape[0]).map { i -> Tensor in
            let image = try x.narrow(axis: 0, start: i, length: 1)
            switch operations[generator.below(operations.count)] {
            case .crop:
                guard crop > 0 else { return image }
                let (r, c) = (generator.below(2 * crop), generator.below(2 * crop))
                return try Self.cropped(image, padding: crop, top: r, left: c, fill: means)
            case .scale:
                let height = Float(image.shape[2])
                let h = Int((1 - scale + 2 * scale * generator.uniformFloat()) * height)
                let w = Int((1 - scale + 2 * scale * generator.uniformFloat()) * height)
                return try Self.scaled(image, height: Swift.max(1, h), width: Swift.max(1, w))
            case .rotate:
                let degrees = rotate > 0 ? generator.below(2 * rotate) - rotate : 0
                return Self.rotated(image, degrees: degrees, fill: means.reduce(0, +) / Float(means.count))
            case .noise: return try image + Tensor.normal(image.shape, std: noise, using: &generator)
            }
        }
        return try Tensor.concat(augmented, axis: 0)
    }

    /// The image `[1, C, H, W]` padded by `padding` with `fill` (one value per channel), then its
    /// `H × W` window at `(top, left)` of the padded image (the reference's `cropfun`).
    static func cropped(_ image: Tensor, padding: Int, top: Int, left: Int, fill: [Float]) throws -> Tensor {
        try image.shiftedPixels(PixelShift(rows: [top - padding], columns: [left - padding], mirrored: [false]), fill: fill)
    }

    /// The image `[1, C, H, W]` resized (nearest) to `h × w`, centred on a zero square canvas of
    /// side `max(h, w, H, W)`, whose centre `H × W` is kept (the reference's `scalefun`).
    static func scaled(_ image: Tensor, height h: Int, width w: Int) throws -> Tensor {
        let (height, width) = (image.shape[2], image.shape[3])
        let resized = try image.resize(height: h, width: w, mode: .nearest)
        let side = Swift.max(h, w, height, width)
        let (top, left) = ((side - h) / 2, (side - w) / 2)
        let canvas = try resized.pad(before: [0, 0, top, left], after: [0, 0, side - h - top, side - w - left])
        return try canvas.slice(starts: [0, 0, (side - height) / 2, (side - width) / 2], sizes: image.shape)
    }

    /// The image `[1, C, H, W]` rotated by `degrees` (counter-clockwise) with scipy's
    /// `rotate(reshape=True)` geometry, bilinear, `fill` outside, then its centre window (the
    /// reference's `rotatefun`).
    static func rotated(_ image: Tensor, degrees: Int, fill: Float) -> Tensor {
        let (channels, height, width) = (image.shape[1], image.shape[2], image.shape[3])
        let angle = Double(degrees) * Double.pi / 180
        let (c, s) = (cos(angle), sin(angle))
        // scipy: input point = R · output point + offset, R = [[c, s], [−s, c]] on (row, column);
        // the output plane is the bounding box of the rotated corners.
        let ys = [0.0, 0, Double(height), Double(height)], xs = [0.0, Double(width), 0, Double(width)]
        let ry = zip(ys, xs).map { c * $0 + s * $1 }, rx = zip(ys, xs).map { -s * $0 + c * $1 }
        let outHeight = Int(ry.max()! - ry.min()! + 0.5), outWidth = Int(rx.max()! - rx.min()! + 0.5)
        let (oy, ox) = (Double(outHeight - 1) / 2, Double(outWidth - 1) / 2)
        let offsetY = Double(height - 1) / 2 - (c * oy + s * ox), offsetX = Double(width - 1) / 2 - (-s * oy + c * ox)
        let (top, left) = ((outHeight - height) / 2, (outWidth - width) / 2)
        return Tensor.build(image.shape) { out in
            image.withUnsafeBufferPointer { x in
                for i in 0..<height {
                    for j in 0..<width {
                        let (y0, x0) = (Double(i + top), Double(j + left))
                        let y = c * y0 + s * x0 + offsetY, xx = -s * y0 + c * x0 + offsetX
                        for ch in 0..<channels {
                            out[(ch * height + i) * width + j] = bilinear(
                                x, plane: ch * height * width, height: height, width: width, y: y, x: xx, fill: fill)
                        }
                    }
                }
            }
        }
    }
}

/// The plane at offset `plane` of `x` read bilinearly at `(y, x)` (row, column in pixels);
/// `fill` outside `[0, height − 1] × [0, width − 1]`.
private func bilinear(
    _ values: UnsafeBufferPointer<Float>, plane: Int, height: Int, width: Int, y: Double, x: Double, fill: Float
) -> Float {
    guard y >= 0, x >= 0, y <= Double(height - 1), x <= Double(width - 1) else { return fill }
    let (r0, c0) = (Int(y), Int(x))
    let (r1, c1) = (Swift.min(r0 + 1, height - 1), Swift.min(c0 + 1, width - 1))
    let (fy, fx) = (y - Double(r0), x - Double(c0))
    func at(_ r: Int, _ c: Int) -> Double { Double(values[plane + r * width + c]) }
    let top = at(r0, c0) * (1 - fx) + at(r0, c1) * fx
    let bottom = at(r1, c0) * (1 - fx) + at(r1, c1) * fx
    return Float(top * (1 - fy) + bottom * fy)
}
