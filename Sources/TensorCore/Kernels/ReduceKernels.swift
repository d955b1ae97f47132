// Reduction kernels: sum, max and min over any set of axes, and argmax/argmin along one axis.
//
// The input is walked once in memory order with `StridedLoop`, the output indexed with stride 0
// along reduced axes. Sums accumulate in Double (a Float running sum over 10^6 values loses
// three digits; contiguous runs use `VectorSums`); max and min propagate nan as NumPy does.

/// Which reduction a kernel computes.
enum ReductionKind {
    case sum, max, min
}

extension Tensor {
    /// The reduction of the values over `axes` (normalised, ascending, distinct), as a constant
    /// of the keep-dims shape (reduced axes have size 1). Max and min of an empty axis give
    /// -inf and +inf; a sum over an empty axis gives 0.
    func reduceValues(axes: [Int], kind: ReductionKind) -> Tensor {
        var outShape = shape
        for axis in axes { outShape[axis] = 1 }
        var outStrides = Shape.strides(outShape)
        for axis in axes { outStrides[axis] = 0 }
        let loop = StridedLoop(shape: shape, strides: [Shape.strides(shape), outStrides])
        let n = loop.innerCount
        let inner = loop.innerStrides
        let xs = inner[0], os = inner[1]
        let initial: Double
        switch kind {
        case .sum: initial = 0
        case .max: initial = -.infinity
        case .min: initial = .infinity
        }
        var acc = [Double](repeating: initial, count: Shape.count(outShape))
        scalars.withUnsafeBufferPointer { xb in
            acc.withUnsafeMutableBufferPointer { ab in
                guard let x0 = xb.baseAddress, let a0 = ab.baseAddress else { return }
                loop.forEachRun { offsets in
                    let x = x0 + offsets[0], a = a0 + offsets[1]
                    switch kind {
                    case .sum:
                        if os == 0 && xs == 1 {
                            a.pointee += VectorSums.sum(x, n)
                        } else if os == 0 {
                            var s = 0.0
                            for j in 0..<n { s += Double(x[j * xs]) }
                            a.pointee += s
                        } else {
                            for j in 0..<n { a[j * os] += Double(x[j * xs]) }
                        }
                    case .max:
                        extremeRun(x, xs, a, os, n) { $0 > $1 }
                    case .min:
                        extremeRun(x, xs, a, os, n) { $0 < $1 }
                    }
                }
            }
        }
        return Tensor(unchecked: outShape, scalars: acc.map { Float($0) })
    }

    /// Folds one run into the running extremes: `a[j·os]` becomes `x[j·xs]` where that is
    /// `better` or nan. With `os == 0` the run folds into one register first.
    @inline(__always)
    private func extremeRun(
        _ x: UnsafePointer<Float>, _ xs: Int, _ a: UnsafeMutablePointer<Double>, _ os: Int, _ n: Int,
        _ better: (Double, Double) -> Bool
    ) {
        if os == 0 {
            var best = a.pointee
            for j in 0..<n {
                let v = Double(x[j * xs])
                if better(v, best) || v != v { best = v }
            }
            a.pointee = best
        } else {
            for j in 0..<n {
                let v = Double(x[j * xs])
                if better(v, a[j * os]) || v != v { a[j * os] = v }
            }
        }
    }

    /// The index along `axis` of the first largest (or smallest) value of each line, as a
    /// keep-dims-shaped array of `Int`. Nan counts as the extreme, as in NumPy.
    func argExtremeIndices(axis: Int, largest: Bool) -> [Int] {
        let outer = Shape.count(Array(shape[..<axis]))
        let length = shape[axis]
        let inner = Shape.count(Array(shape[(axis + 1)...]))
        var result = [Int](repeating: 0, count: outer * inner)
        scalars.withUnsafeBufferPointer { x in
            for o in 0..<outer {
                for i in 0..<inner {
                    let base = o * length * inner + i
                    var best = 0
                    var bestValue = x[base]
                    if bestValue.isNaN { result[o * inner + i] = 0; continue }
                    for k in 1..<Swift.max(length, 1) {
                        let v = x[base + k * inner]
                        if v.isNaN { best = k; break }
                        if largest ? v > bestValue : v < bestValue { best = k; bestValue = v }
                    }
                    result[o * inner + i] = best
                }
            }
        }
        return result
    }
}
