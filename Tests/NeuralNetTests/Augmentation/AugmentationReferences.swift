import Foundation
import TensorCore
import TestSupport

/// Naive Double references of the DSA operations, written the way the reference code computes
/// them (METHODS.md §3): crop through a one-pixel zero pad and clamped indices, cutout through
/// clamped index lists, color by its three formulas, scale and rotate through an explicit
/// affine grid and bilinear weights. They share no code with the Augmentation sources.
enum AugmentationReference {
    /// `rand_crop`: x padded by one zero pixel, read at `clamp(i + tx + 1, 0, H + 1)`.
    static func crop(_ x: Reference, rows: [Int], columns: [Int]) -> Reference {
        let (h, w) = (x.shape[2], x.shape[3])
        return Reference(shape: x.shape) { idx in
            let (n, c, i, j) = (idx[0], idx[1], idx[2], idx[3])
            let pi = min(max(i + pick(rows, n) + 1, 0), h + 1), pj = min(max(j + pick(columns, n) + 1, 0), w + 1)
            return (1...h).contains(pi) && (1...w).contains(pj) ? x[[n, c, pi - 1, pj - 1]] : 0
        }
    }

    /// `rand_cutout`: the mask zeroed at the clamped indices `clamp(k + centre − side / 2)`.
    static func cutout(_ x: Reference, rows: [Int], columns: [Int], height: Int, width: Int) -> Reference {
        let (n, h, w) = (x.shape[0], x.shape[2], x.shape[3])
        var mask = [[[Double]]](repeating: [[Double]](repeating: [Double](repeating: 1, count: w), count: h), count: n)
        for b in 0..<n {
            for u in 0..<height {
                for v in 0..<width {
                    let i = min(max(u + pick(rows, b) - height / 2, 0), h - 1)
                    let j = min(max(v + pick(columns, b) - width / 2, 0), w - 1)
                    mask[b][i][j] = 0
                }
            }
        }
        return Reference(shape: x.shape) { idx in x[idx] * mask[idx[0]][idx[2]][idx[3]] }
    }

    /// `rand_flip`: the width reversed for the images marked true.
    static func flip(_ x: Reference, _ flipped: [Bool]) -> Reference {
        Reference(shape: x.shape) { idx in
            pick(flipped, idx[0]) ? x[[idx[0], idx[1], idx[2], x.shape[3] - 1 - idx[3]]] : x[idx]
        }
    }

    /// `rand_brightness`, `rand_saturation`, `rand_contrast` in Double.
    static func color(_ x: Reference, brightness: [Float], saturation: [Float], contrast: [Float]) -> Reference {
        let (c, h, w) = (x.shape[1], x.shape[2], x.shape[3])
        var y = Reference(shape: x.shape) { x[$0] + Double(pick(brightness, $0[0])) }
        let y1 = y
        y = Reference(shape: x.shape) { idx in
            let m = (0..<c).map { y1[[idx[0], $0, idx[2], idx[3]]] }.reduce(0, +) / Double(c)
            return (y1[idx] - m) * Double(pick(saturation, idx[0])) + m
        }
        let y2 = y
        return Reference(shape: x.shape) { idx in
            let image = Reference.indices(of: [c, h, w]).map { y2[[idx[0]] + $0] }
            let m = image.reduce(0, +) / Double(image.count)
            return (y2[idx] - m) * Double(pick(contrast, idx[0])) + m
        }
    }

    /// `affine_grid` + bilinear `grid_sample` (zero padding, align_corners=False) with one
    /// row-major 2×3 matrix per image.
    static func affine(_ x: Reference, _ theta: [[Double]]) -> Reference {
        let (h, w) = (x.shape[2], x.shape[3])
        return Reference(shape: x.shape) { idx in
            let t = pick(theta, idx[0])
            let gx = Double(2 * idx[3] + 1) / Double(w) - 1, gy = Double(2 * idx[2] + 1) / Double(h) - 1
            let sx = t[0] * gx + t[1] * gy + t[2], sy = t[3] * gx + t[4] * gy + t[5]
            let px = ((sx + 1) * Double(w) - 1) / 2, py = ((sy + 1) * Double(h) - 1) / 2
            let (x0, y0) = (Int(px.rounded(.down)), Int(py.rounded(.down)))
            var total = 0.0
            for yy in [y0, y0 + 1] {
                for xx in [x0, x0 + 1] where (0..<h).contains(yy) && (0..<w).contains(xx) {
                    total += (1 - abs(px - Double(xx))) * (1 - abs(py - Double(yy))) * x[[idx[0], idx[1], yy, xx]]
                }
            }
            return total
        }
    }

    /// Element `i` of a per-image list, or its single shared value.
    static func pick<T>(_ list: [T], _ i: Int) -> T { list.count == 1 ? list[0] : list[i] }
}
