/// The running `k` smallest values of a stream and their indices, kept sorted ascending in
/// caller-owned buffers (`best` starts filled with +∞).
enum TopK {
    /// Merges `count` candidates `values[j] + offsets[j]` (indices `first..<first+count`) into
    /// the sorted `best`/`indices` of length `k`. A candidate enters only when strictly smaller
    /// than the current k-th, so among equal values the earlier index wins.
    ///
    /// Runs of 32 candidates are first tested against the current k-th value in a branch-free
    /// loop the compiler vectorises; once the top k has settled almost every run is rejected
    /// without scalar work. Adding `offsets` here (the points' squared norms) saves a pass over the tile.
    @inline(__always)
    static func merge(
        _ values: UnsafePointer<Float>, plus offsets: UnsafePointer<Float>, count: Int, first: Int, k: Int,
        best: UnsafeMutablePointer<Float>, indices: UnsafeMutablePointer<Int>
    ) {
        var worst = best[k - 1]
        var j = 0
        while j + 32 <= count {
            var hits: Int32 = 0
            for t in j..<(j + 32) { hits |= values[t] + offsets[t] < worst ? 1 : 0 }
            if hits != 0 {
                for t in j..<(j + 32) {
                    let candidate = values[t] + offsets[t]
                    if candidate < worst {
                        insert(candidate, index: first + t, k: k, best: best, indices: indices)
                        worst = best[k - 1]
                    }
                }
            }
            j += 32
        }
        while j < count {
            let candidate = values[j] + offsets[j]
            if candidate < worst {
                insert(candidate, index: first + j, k: k, best: best, indices: indices)
                worst = best[k - 1]
            }
            j += 1
        }
    }

    /// Inserts one value known to be smaller than `best[k - 1]`, dropping the largest.
    @inline(__always)
    static func insert(_ value: Float, index: Int, k: Int, best: UnsafeMutablePointer<Float>, indices: UnsafeMutablePointer<Int>) {
        var p = k - 1
        while p > 0 && best[p - 1] > value {
            best[p] = best[p - 1]
            indices[p] = indices[p - 1]
            p -= 1
        }
        best[p] = value
        indices[p] = index
    }
}
