import TensorCore

extension KMeans {
    /// Per cluster, the index of the sample nearest its centre: DREAM's representative real
    /// batch (one image per sub-cluster, `argmin` over samples of the distance to each centroid).
    ///
    /// - Parameters:
    ///   - x: `[N, D]` samples to choose from (usually the fitted data).
    ///   - withinClusters: when false (DREAM's code), the nearest of all samples, so two centres
    ///     can in rare cases pick the same sample; when true, the nearest among the samples the
    ///     fit assigned to that cluster, which gives `k` distinct indices (`x` must then be the
    ///     fitted data; a cluster the final assignment left empty takes its nearest sample overall).
    /// - Returns: `k` indices into `x`, one per cluster in cluster order.
    /// - Cost: `2·k·N·D` flops.
    public func representatives(in x: Tensor, withinClusters: Bool = false) throws -> [Int] {
        let data = try FeatureMatrix(x, operation: "KMeans.representatives", name: "samples")
        let centreMatrix = try FeatureMatrix(centres, operation: "KMeans.representatives", name: "centres")
        try data.requireSameColumns(as: centreMatrix, operation: "KMeans.representatives", names: ("samples", "centres"))
        guard withinClusters else {
            return NearestNeighbors.search(centreMatrix, in: data, k: 1, excludingSelf: false).indices
        }
        guard data.rows == labels.count else {
            throw TensorError(
                "KMeans.representatives: withinClusters needs the \(labels.count) fitted samples, got \(data.rows); "
                    + "pass the data the clustering was fitted on")
        }
        let d = data.columns
        var best = [Double](repeating: .infinity, count: clusterCount)
        var chosen = [Int](repeating: -1, count: clusterCount)
        for i in 0..<data.rows {
            let c = labels[i]
            var s = 0.0
            for j in 0..<d {
                let diff = Double(data.values[i * d + j]) - Double(centres.scalars[c * d + j])
                s += diff * diff
            }
            if s < best[c] {
                best[c] = s
                chosen[c] = i
            }
        }
        if chosen.contains(-1) {
            // A cluster left without samples by the final assignment takes its nearest sample overall.
            let overall = NearestNeighbors.search(centreMatrix, in: data, k: 1, excludingSelf: false).indices
            for c in 0..<clusterCount where chosen[c] < 0 { chosen[c] = overall[c] }
        }
        return chosen
    }
}
