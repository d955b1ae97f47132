// Accurate, fast sums over contiguous Float runs, for the memory-bound normalisation passes.
//
// Goals, in priority order:
// 1. Accuracy: Float lanes accumulate at most `chunk` elements before folding into a Double, so
//    a sum over a whole batch channel (hundreds of thousands of values) keeps ~7 digits.
// 2. Speed: two SIMD8 accumulators per pass, no allocation, no bounds checks.

/// Sums and centred sums over one contiguous run of `Float`s.
enum VectorSums {
    /// Elements accumulated in Float lanes before the partial sum is folded into a Double.
    static let chunk = 2048

    @inline(__always)
    static func load(_ p: UnsafePointer<Float>, _ i: Int) -> SIMD8<Float> {
        UnsafeRawPointer(p + i).loadUnaligned(as: SIMD8<Float>.self)
    }

    /// `Σ x[i]` over `count` elements.
    static func sum(_ x: UnsafePointer<Float>, _ count: Int) -> Double {
        var total = 0.0
        var start = 0
        while start < count {
            let end = min(count, start + chunk)
            var a0 = SIMD8<Float>(), a1 = SIMD8<Float>()
            var i = start
            while i + 16 <= end {
                a0 += load(x, i)
                a1 += load(x, i + 8)
                i += 16
            }
            var tail: Float = 0
            while i < end {
                tail += x[i]
                i += 1
            }
            total += Double((a0 + a1).sum()) + Double(tail)
            start = end
        }
        return total
    }

    /// `(Σ (x[i] − m), Σ (x[i] − m)²)` over `count` elements.
    static func centredMoments(_ x: UnsafePointer<Float>, _ count: Int, around m: Float) -> (sum: Double, squares: Double) {
        var s = 0.0, q = 0.0
        let mv = SIMD8<Float>(repeating: m)
        var start = 0
        while start < count {
            let end = min(count, start + chunk)
            var s0 = SIMD8<Float>(), s1 = SIMD8<Float>(), q0 = SIMD8<Float>(), q1 = SIMD8<Float>()
            var i = start
            while i + 16 <= end {
                let d0 = load(x, i) - mv, d1 = load(x, i + 8) - mv
                s0 += d0
                s1 += d1
                q0 += d0 * d0
                q1 += d1 * d1
                i += 16
            }
            var st: Float = 0, qt: Float = 0
            while i < end {
                let d = x[i] - m
                st += d
                qt += d * d
                i += 1
            }
            s += Double((s0 + s1).sum()) + Double(st)
            q += Double((q0 + q1).sum()) + Double(qt)
            start = end
        }
        return (s, q)
    }

    /// `(Σ g[i], Σ g[i]·(x[i] − m))` over `count` elements.
    static func gradientMoments(
        _ g: UnsafePointer<Float>, _ x: UnsafePointer<Float>, _ count: Int, around m: Float
    ) -> (sum: Double, centredDot: Double) {
        var s = 0.0, d = 0.0
        let mv = SIMD8<Float>(repeating: m)
        var start = 0
        while start < count {
            let end = min(count, start + chunk)
            var s0 = SIMD8<Float>(), s1 = SIMD8<Float>(), d0 = SIMD8<Float>(), d1 = SIMD8<Float>()
            var i = start
            while i + 16 <= end {
                let g0 = load(g, i), g1 = load(g, i + 8)
                s0 += g0
                s1 += g1
                d0 += g0 * (load(x, i) - mv)
                d1 += g1 * (load(x, i + 8) - mv)
                i += 16
            }
            var st: Float = 0, dt: Float = 0
            while i < end {
                st += g[i]
                dt += g[i] * (x[i] - m)
                i += 1
            }
            s += Double((s0 + s1).sum()) + Double(st)
            d += Double((d0 + d1).sum()) + Double(dt)
            start = end
        }
        return (s, d)
    }
}
