import TensorCore

/// Exact k-nearest-neighbour search in Euclidean distance by blocked sgemm.
///
/// Goals, in priority order:
/// 1. Exact: every point is compared with every query; only near-ties (distances equal to
///    about 1e-6 relative) can be ordered differently from a Double computation.
/// 2. Bounded memory: distances are computed one `[queryBlock, pointBlock]` tile at a time per
///    worker (≤ 1 MiB), never as a full `[queries, points]` matrix.
/// 3. Fast: tiles come from sgemm via `‖q‖² + ‖p‖² − 2q·p`; a SIMD pass rejects tile entries
///    that cannot enter a query's current top k. Query blocks are split across `Workers`
///    (single-threaded BLAS each); block boundaries do not depend on the worker count, so
///    results are identical for any number of threads.
public enum NearestNeighbors {
    /// Queries per tile.
    static let queryBlock = 256
    /// Points per tile.
    static let pointBlock = 1024

    /// The `k` nearest rows of `points` to each row of `queries`.
    /// - Parameters:
    ///   - queries: `[Q, D]`.
    ///   - points: `[P, D]`, `P ≥ k`.
    /// - Cost: `2·Q·P·D` flops in sgemm and `Q·P` comparisons; memory `O(Q·k)` plus one tile
    ///   per worker.
    /// - Throws: on non-matrix or non-finite input, mismatched feature counts, or `k` outside
    ///   `1...P`.
    public static func search(_ queries: Tensor, in points: Tensor, k: Int = 1) throws -> NeighborList {
        let q = try FeatureMatrix(queries, operation: "NearestNeighbors.search", name: "queries")
        let p = try FeatureMatrix(points, operation: "NearestNeighbors.search", name: "points")
        try q.requireSameColumns(as: p, operation: "NearestNeighbors.search", names: ("queries", "points"))
        guard k >= 1, k <= p.rows else {
            throw TensorError("NearestNeighbors.search: k = \(k) but there are \(p.rows) points; ask for 1...\(p.rows)")
        }
        return search(q, in: p, k: k, excludingSelf: false)
    }

    /// The `k` nearest other rows of `points` to each of its rows (a point is never its own
    /// neighbour; duplicates of it are).
    /// - Parameter points: `[N, D]`, `N > k`.
    /// - Cost: as `search` with `Q = P = N`.
    public static func searchWithin(_ points: Tensor, k: Int) throws -> NeighborList {
        let p = try FeatureMatrix(points, operation: "NearestNeighbors.searchWithin", name: "points")
        guard k >= 1, k < p.rows else {
            throw TensorError(
                "NearestNeighbors.searchWithin: k = \(k) but each of the \(p.rows) points has \(p.rows - 1) others; "
                    + "ask for 1...\(max(1, p.rows - 1))")
        }
        return search(p, in: p, k: k, excludingSelf: true)
    }

    /// The search on validated matrices, with distances refined in Double; with
    /// `excludingSelf`, `queries` are `points` and query `i` skips point `i`.
    static func search(_ queries: FeatureMatrix, in points: FeatureMatrix, k: Int, excludingSelf: Bool) -> NeighborList {
        var (indices, _) = blockedSearch(queries, in: points, k: k, excludingSelf: excludingSelf)
        let distances = exactDistances(queries, points, indices: &indices, k: k)
        return NeighborList(queryCount: queries.rows, k: k, indices: indices, distances: distances)
    }

    /// The blocked GEMM search itself: `[Q·k]` indices and their squared distances as the GEMM
    /// expansion gives them (clamped at 0; relative error about 1e-6 of `‖q‖² + ‖p‖²`).
    /// `queryNorms`, when given, are the queries' squared row norms (callers that search the
    /// same queries repeatedly, like Lloyd's iterations, compute them once).
    static func blockedSearch(
        _ queries: FeatureMatrix, in points: FeatureMatrix, k: Int, excludingSelf: Bool, queryNorms: [Float]? = nil
    ) -> (indices: [Int], squaredDistances: [Float]) {
        let nq = queries.rows
        var indices = [Int](repeating: -1, count: nq * k)
        var best = [Float](repeating: .infinity, count: nq * k)
        let pointNorms = points.squaredRowNorms()
        let queryNorms = queryNorms ?? queries.squaredRowNorms()
        pointNorms.withUnsafeBufferPointer { pn in
            indices.withUnsafeMutableBufferPointer { out in
                best.withUnsafeMutableBufferPointer { bestOut in
                    let (norms, outBase, bestBase) = (pn.baseAddress!, out.baseAddress!, bestOut.baseAddress!)
                    DistanceTile.forEachTile(queries, points, rowBlock: queryBlock, columnBlock: pointBlock) { _, q0, rows, p0, cols, tile in
                        for r in 0..<rows {
                            let row = tile + r * cols
                            let selfColumn = (q0 + r) - p0
                            if excludingSelf, selfColumn >= 0, selfColumn < cols { row[selfColumn] = .infinity }
                            TopK.merge(
                                row, plus: norms + p0, count: cols, first: p0, k: k,
                                best: bestBase + (q0 + r) * k, indices: outBase + (q0 + r) * k)
                        }
                    }
                }
            }
        }
        for q in 0..<nq {
            for slot in 0..<k { best[q * k + slot] = max(0, best[q * k + slot] + queryNorms[q]) }
        }
        return (indices, best)
    }

    /// Recomputes the found neighbours' distances in Double from the coordinates and re-sorts
    /// each row by them (stable, so equal distances keep lower indices first). `Q·k·D` flops,
    /// split across `Workers`.
    private static func exactDistances(_ queries: FeatureMatrix, _ points: FeatureMatrix, indices: inout [Int], k: Int) -> [Float] {
        let d = queries.columns
        var distances = [Float](repeating: 0, count: indices.count)
        queries.values.withUnsafeBufferPointer { qv in
            points.values.withUnsafeBufferPointer { pv in
                indices.withUnsafeMutableBufferPointer { idx in
                    distances.withUnsafeMutableBufferPointer { dist in
                        let (qBase, pBase, iBase, dBase) = (qv.baseAddress!, pv.baseAddress!, idx.baseAddress!, dist.baseAddress!)
                        Workers.split(queries.rows, minPerWorker: 256) { _, range in
                            var row = [(Double, Int)](repeating: (0, 0), count: k)
                            for qi in range {
                                let q = qBase + qi * d
                                for slot in 0..<k {
                                    let j = iBase[qi * k + slot]
                                    let p = pBase + j * d
                                    var s = 0.0
                                    for c in 0..<d {
                                        let diff = Double(q[c]) - Double(p[c])
                                        s += diff * diff
                                    }
                                    row[slot] = (s, j)
                                }
                                if k > 1 { row.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) } }
                                for slot in 0..<k {
                                    iBase[qi * k + slot] = row[slot].1
                                    dBase[qi * k + slot] = Float(row[slot].0.squareRoot())
                                }
                            }
                        }
                    }
                }
            }
        }
        return distances
    }
}
