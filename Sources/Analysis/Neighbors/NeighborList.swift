/// The `k` nearest neighbours of each query: indices into the searched points and Euclidean
/// distances, nearest first, one row of `k` per query.
public struct NeighborList: Equatable {
    /// The number of queries (rows).
    public let queryCount: Int
    /// Neighbours per query.
    public let k: Int
    /// `[queryCount * k]` row-major point indices; row `q` lists query `q`'s neighbours by
    /// increasing distance (ties: lower index first).
    public let indices: [Int]
    /// `[queryCount * k]` Euclidean distances matching `indices`, computed in Double from the
    /// coordinates (not from the GEMM expansion used to find the neighbours).
    public let distances: [Float]

    /// The indices of query `q`'s neighbours, nearest first.
    public func indices(ofQuery q: Int) -> ArraySlice<Int> { indices[(q * k)..<((q + 1) * k)] }

    /// The distances of query `q`'s neighbours, nearest first.
    public func distances(ofQuery q: Int) -> ArraySlice<Float> { distances[(q * k)..<((q + 1) * k)] }

    /// Each query's distance to its nearest neighbour (`queryCount` values).
    public var nearestDistances: [Float] { (0..<queryCount).map { distances[$0 * k] } }
}
