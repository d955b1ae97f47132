import Analysis
import CellLanguage
import TensorCore

/// A fitted PCA as a cell value.
final class PCAObject: NativeObject {
    let pca: PCA

    init(_ pca: PCA) {
        self.pca = pca
    }

    var typeName: String { "PCA" }

    /// `PCA: 2 of 784 dimensions, 47.2% of the variance`.
    var summary: String {
        let share = pca.explainedVarianceRatio.reduce(0, +)
        return "PCA: \(pca.componentCount) of \(pca.mean.count) dimensions, \(Grouping.percent(share)) of the variance"
    }
}

/// A k-means clustering as a cell value.
final class KMeansObject: NativeObject {
    let kMeans: KMeans

    init(_ kMeans: KMeans) {
        self.kMeans = kMeans
    }

    var typeName: String { "KMeans" }

    /// `KMeans: 10 clusters of 1,000 samples, inertia 1.23e+04, converged after 17 iterations`.
    var summary: String {
        "KMeans: \(kMeans.clusterCount) clusters of \(Grouping.thousands(kMeans.labels.count)) samples, inertia "
            + TensorText.short(Float(kMeans.inertia))
            + (kMeans.converged ? ", converged after \(kMeans.iterations) iterations" : ", not converged after \(kMeans.iterations) iterations")
    }
}

/// Coverage of reference points by synthetic ones as a cell value.
final class CoverageObject: NativeObject {
    let coverage: Coverage

    init(_ coverage: Coverage) {
        self.coverage = coverage
    }

    var typeName: String { "Coverage" }

    /// `Coverage: 62.4% of 10,000 points within radius 3.21`.
    var summary: String {
        "Coverage: \(Grouping.percent(coverage.fraction)) of \(Grouping.thousands(coverage.covered.count)) points within radius "
            + TensorText.short(coverage.radius)
    }
}
