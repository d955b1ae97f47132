import TensorCore

/// Lloyd's iterations for k-means, with scikit-learn's stopping rule and empty-cluster repair.
enum Lloyd {
    /// One finished run from given starting centres.
    struct Run {
        var centres: [Float]
        var labels: [Int]
        var inertia: Double
        var iterations: Int
        var converged: Bool
    }

    /// The mean over features of the per-feature variance (scikit-learn's scale for `tol`).
    static func meanFeatureVariance(_ data: FeatureMatrix) -> Double {
        let mean = Covariance.columnMeans(data)
        var total = 0.0
        for i in 0..<data.rows {
            for j in 0..<data.columns {
                let diff = Double(data.values[i * data.columns + j]) - mean[j]
                total += diff * diff
            }
        }
        return total / Double(data.rows * data.columns)
    }

    /// Iterates assignment and update until no label changes, the total squared centre shift
    /// is at most `tolerance` (absolute), or `maxIterations`; then makes the labels match the
    /// final centres and measures the inertia.
    static func run(_ data: FeatureMatrix, centres initial: [Float], clusters k: Int, maxIterations: Int, tolerance: Double) -> Run {
        let d = data.columns
        var centres = initial
        var labels = [Int](repeating: -1, count: data.rows)
        var iterations = 0
        var converged = false
        var strict = false
        let norms = data.squaredRowNorms()
        for iteration in 1...maxIterations {
            iterations = iteration
            let (newLabels, squared) = assign(data, centres: centres, clusters: k, norms: norms)
            let updated = update(data, labels: newLabels, squaredDistances: squared, clusters: k)
            var shift = 0.0
            for i in 0..<(k * d) {
                let diff = Double(updated[i]) - Double(centres[i])
                shift += diff * diff
            }
            centres = updated
            if newLabels == labels {
                strict = true
                converged = true
                break
            }
            labels = newLabels
            if shift <= tolerance {
                converged = true
                break
            }
        }
        if !strict { labels = assign(data, centres: centres, clusters: k, norms: norms).labels }
        return Run(centres: centres, labels: labels, inertia: inertia(data, centres: centres, labels: labels), iterations: iterations, converged: converged)
    }

    /// Each sample's nearest centre and its squared distance, through the blocked GEMM search;
    /// `norms` are the samples' squared row norms.
    static func assign(_ data: FeatureMatrix, centres: [Float], clusters k: Int, norms: [Float]) -> (labels: [Int], squared: [Float]) {
        let centreMatrix = FeatureMatrix(unchecked: centres, rows: k, columns: data.columns)
        let found = NearestNeighbors.blockedSearch(data, in: centreMatrix, k: 1, excludingSelf: false, queryNorms: norms)
        return (found.indices, found.squaredDistances)
    }

    /// New centres: the mean of each cluster's samples, summed in Double per worker and combined
    /// in worker order. Each empty cluster takes the sample farthest from its centre (farthest
    /// first, ties by lower index), which leaves its old cluster, as scikit-learn does.
    static func update(_ data: FeatureMatrix, labels: [Int], squaredDistances: [Float], clusters k: Int) -> [Float] {
        let d = data.columns
        let workers = Workers.workers(for: data.rows, minPerWorker: 2048)
        var partialSums = [[Double]](repeating: [], count: workers)
        var partialCounts = [[Int]](repeating: [], count: workers)
        data.values.withUnsafeBufferPointer { v in
            partialSums.withUnsafeMutableBufferPointer { sums in
                partialCounts.withUnsafeMutableBufferPointer { counts in
                    Workers.split(data.rows, minPerWorker: 2048) { worker, range in
                        var s = [Double](repeating: 0, count: k * d)
                        var c = [Int](repeating: 0, count: k)
                        for i in range {
                            let label = labels[i]
                            c[label] += 1
                            let row = v.baseAddress! + i * d
                            for j in 0..<d { s[label * d + j] += Double(row[j]) }
                        }
                        sums[worker] = s
                        counts[worker] = c
                    }
                }
            }
        }
        var sums = partialSums[0], counts = partialCounts[0]
        for w in 1..<workers {
            for i in 0..<(k * d) { sums[i] += partialSums[w][i] }
            for c in 0..<k { counts[c] += partialCounts[w][c] }
        }
        let empty = (0..<k).filter { counts[$0] == 0 }
        if !empty.isEmpty {
            let farthest = (0..<data.rows).sorted {
                squaredDistances[$0] > squaredDistances[$1] || (squaredDistances[$0] == squaredDistances[$1] && $0 < $1)
            }
            for (cluster, sample) in zip(empty, farthest) {
                let old = labels[sample]
                for j in 0..<d {
                    let value = Double(data.values[sample * d + j])
                    sums[old * d + j] -= value
                    sums[cluster * d + j] = value
                }
                counts[old] -= 1
                counts[cluster] = 1
            }
        }
        var centres = [Float](repeating: 0, count: k * d)
        for c in 0..<k where counts[c] > 0 {
            for j in 0..<d { centres[c * d + j] = Float(sums[c * d + j] / Double(counts[c])) }
        }
        return centres
    }

    /// `Σ_i ‖x_i − c_{label_i}‖²` in Double from the coordinates.
    static func inertia(_ data: FeatureMatrix, centres: [Float], labels: [Int]) -> Double {
        let d = data.columns
        var total = 0.0
        for i in 0..<data.rows {
            for j in 0..<d {
                let diff = Double(data.values[i * d + j]) - Double(centres[labels[i] * d + j])
                total += diff * diff
            }
        }
        return total
    }
}
