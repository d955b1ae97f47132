import Analysis
import CellLanguage
import TensorCore

extension BoxKind where Wrapped == PCA {
    /// A fitted PCA. Shows as `PCA: 2 of 784 dimensions, 47.2% of the variance`.
    static var pca: BoxKind {
        BoxKind(typeName: "PCA") { pca in
            let share = pca.explainedVarianceRatio.reduce(0, +)
            return "PCA: \(pca.componentCount) of \(pca.mean.count) dimensions, \(Grouping.percent(share)) of the variance"
        }
    }
}

extension BoxKind where Wrapped == KMeans {
    /// A k-means clustering. Shows as
    /// `KMeans: 10 clusters of 1,000 samples, inertia 1.23e+04, converged after 17 iterations`.
    static var kMeans: BoxKind {
        BoxKind(typeName: "KMeans") { fit in
            "KMeans: \(fit.clusterCount) clusters of \(Grouping.thousands(fit.labels.count)) samples, inertia "
                + TensorText.short(Float(fit.inertia))
                + (fit.converged ? ", converged" : ", not converged") + " after \(fit.iterations) iterations"
        }
    }
}

extension BoxKind where Wrapped == Coverage {
    /// Coverage of reference points by synthetic ones. Shows as
    /// `Coverage: 62.4% of 10,000 points within radius 3.21`.
    static var coverage: BoxKind {
        BoxKind(typeName: "Coverage") { coverage in
            "Coverage: \(Grouping.percent(coverage.fraction)) of \(Grouping.thousands(coverage.covered.count)) points "
                + "within radius " + TensorText.short(coverage.radius)
        }
    }
}
