import Foundation
import TensorCore

/// Random draws of DSA's parameters from the ranges of `DSAParameters`, one value per image or
/// one for the whole batch (METHODS.md §3; the reference draws with `torch.rand` and
/// `torch.randint`, here the draws come from a `SeededGenerator`).
extension DSAStep {
    /// The step of `operation` with parameters drawn for `count` images of `height × width`
    /// pixels (`count` 1 for siamese parameters shared by any batch). Each parameter is drawn for
    /// all images before the next one, in the order the reference draws them.
    public static func draw(
        _ operation: DSAOperation, parameters p: DSAParameters, count: Int, height: Int, width: Int,
        using generator: inout SeededGenerator
    ) -> DSAStep {
        func uniform() -> [Float] { (0..<count).map { _ in generator.uniformFloat() } }
        func integers(in range: ClosedRange<Int>) -> [Int] {
            (0..<count).map { _ in range.lowerBound + generator.below(range.count) }
        }
        switch operation {
        case .color:
            let brightness = uniform().map { ($0 - 0.5) * p.brightness }
            let saturation = uniform().map { $0 * p.saturation }
            let contrast = uniform().map { $0 + p.contrast }
            return .color(brightness: brightness, saturation: saturation, contrast: contrast)
        case .crop:
            let (sr, sc) = (p.cropShift(size: height), p.cropShift(size: width))
            let rows = integers(in: -sr...sr)
            return .crop(rows: rows, columns: integers(in: -sc...sc))
        case .cutout:
            // Centres in [0, size] when the side is even, [0, size − 1] when odd (the
            // reference's `randint(0, size + (1 − side % 2))`).
            let (sh, sw) = (p.cutoutSide(size: height), p.cutoutSide(size: width))
            let rows = integers(in: 0...(height - sh % 2))
            return .cutout(rows: rows, columns: integers(in: 0...(width - sw % 2)), height: sh, width: sw)
        case .flip:
            return .flip(uniform().map { $0 < p.flipProbability })
        case .scale:
            let r = p.scaleRatio
            let x = uniform().map { $0 * (r - 1 / r) + 1 / r }
            return .scale(x: x, y: uniform().map { $0 * (r - 1 / r) + 1 / r })
        case .rotate:
            return .rotate(radians: uniform().map { ($0 - 0.5) * 2 * p.rotateDegrees / 180 * Float.pi })
        }
    }
}
