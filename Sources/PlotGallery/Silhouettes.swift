import Foundation

/// Procedural 28×28 grey silhouettes of the ten Fashion-MNIST classes (a T-shirt is a torso with
/// short sleeves, trousers are two legs, …), jittered in size, position, brightness and texture,
/// so the image-grid figure has recognisable synthetic content without reading a data set.
enum Silhouettes {
    static let side = 28

    /// `perClass` images of each class, class-major, N×28×28 values k/255 in [0, 1].
    static func batch(perClass: Int, generator g: inout SplitMix64) -> [Float] {
        var pixels: [Float] = []
        for label in 0..<10 {
            for _ in 0..<perClass { pixels += image(label, &g) }
        }
        return pixels
    }

    /// One 28×28 image of class `label`, with 2×2 supersampled edges.
    static func image(_ label: Int, _ g: inout SplitMix64) -> [Float] {
        let scale = 1 + 0.08 * g.normal(), dx = 0.03 * g.normal(), dy = 0.03 * g.normal()
        let brightness = 0.65 + 0.3 * g.uniform(), widen = 1 + 0.08 * g.normal()
        var out = [Float](repeating: 0, count: side * side)
        for row in 0..<side {
            for column in 0..<side {
                var hits = 0.0
                for sy in 0..<2 {
                    for sx in 0..<2 {
                        let u = ((Double(column) + 0.25 + 0.5 * Double(sx)) / Double(side) - 0.5 - dx) / (scale * widen) + 0.5
                        let v = ((Double(row) + 0.25 + 0.5 * Double(sy)) / Double(side) - 0.5 - dy) / scale + 0.5
                        hits += inside(label, u, v) ? 0.25 : 0
                    }
                }
                let texture = 0.85 + 0.15 * g.uniform()
                out[row * side + column] = Float((hits * brightness * texture * 255).rounded() / 255)
            }
        }
        return out
    }

    private static func box(_ u: Double, _ v: Double, _ x0: Double, _ x1: Double, _ y0: Double, _ y1: Double) -> Bool {
        u >= x0 && u <= x1 && v >= y0 && v <= y1
    }

    private static func ellipse(_ u: Double, _ v: Double, _ cx: Double, _ cy: Double, _ rx: Double, _ ry: Double) -> Bool {
        pow((u - cx) / rx, 2) + pow((v - cy) / ry, 2) <= 1
    }

    /// A trapezoid centred on x = 0.5 from half-width `top` at `y0` to `bottom` at `y1`.
    private static func trapezoid(_ u: Double, _ v: Double, _ y0: Double, _ y1: Double, _ top: Double, _ bottom: Double) -> Bool {
        guard v >= y0, v <= y1 else { return false }
        let half = top + (bottom - top) * (v - y0) / (y1 - y0)
        return abs(u - 0.5) <= half
    }

    private static func inside(_ label: Int, _ u: Double, _ v: Double) -> Bool {
        let neck = ellipse(u, v, 0.5, 0.16, 0.09, 0.06)
        switch label {
        case 0:
            let sleeves = trapezoid(abs(u - 0.5) < 0.2 ? 2 : u, v, 0.18, 0.42, 0.3, 0.4)
            return (trapezoid(u, v, 0.16, 0.86, 0.19, 0.21) || sleeves) && !neck
        case 1:
            return box(u, v, 0.31, 0.69, 0.08, 0.22) || box(u, v, 0.31, 0.48, 0.08, 0.93) || box(u, v, 0.52, 0.69, 0.08, 0.93)
        case 2:
            let sleeves = box(u, v, 0.12, 0.27, 0.22, 0.82) || box(u, v, 0.73, 0.88, 0.22, 0.82)
            return (box(u, v, 0.28, 0.72, 0.16, 0.86) || sleeves || trapezoid(u, v, 0.16, 0.24, 0.22, 0.38)) && !neck
        case 3:
            return trapezoid(u, v, 0.1, 0.93, 0.11, 0.3) && !ellipse(u, v, 0.5, 0.1, 0.06, 0.04)
        case 4:
            let sleeves = box(u, v, 0.1, 0.26, 0.2, 0.9) || box(u, v, 0.74, 0.9, 0.2, 0.9)
            return (box(u, v, 0.27, 0.73, 0.12, 0.93) || sleeves) && !box(u, v, 0.49, 0.51, 0.2, 0.93) && !neck
        case 5:
            let sole = box(u, v, 0.08, 0.92, 0.68, 0.76)
            let straps = v > 0.42 && v < 0.68 && (0..<4).contains { k in abs(u - (0.2 + 0.18 * Double(k)) - (v - 0.55) * 0.5) < 0.035 }
            return sole || straps
        case 6:
            let sleeves = box(u, v, 0.12, 0.27, 0.2, 0.78) || box(u, v, 0.73, 0.88, 0.2, 0.78)
            let collar = abs(u - 0.5) < 0.12 - (v - 0.12) && v > 0.12 && v < 0.24
            return (box(u, v, 0.28, 0.72, 0.14, 0.88) || sleeves) && !collar && !(abs(u - 0.5) < 0.012 && v > 0.24)
        case 7:
            return box(u, v, 0.08, 0.92, 0.58, 0.74) || ellipse(u, v, 0.36, 0.58, 0.27, 0.14) || box(u, v, 0.08, 0.3, 0.42, 0.6)
        case 8:
            let ring = ellipse(u, v, 0.5, 0.36, 0.2, 0.2) && !ellipse(u, v, 0.5, 0.36, 0.14, 0.14) && v < 0.36
            return box(u, v, 0.14, 0.86, 0.36, 0.86) || ring
        default:
            return box(u, v, 0.46, 0.76, 0.12, 0.7) || box(u, v, 0.14, 0.78, 0.6, 0.84) || ellipse(u, v, 0.2, 0.72, 0.1, 0.12)
        }
    }
}
