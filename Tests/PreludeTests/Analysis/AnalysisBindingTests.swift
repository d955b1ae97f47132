import CellLanguage
import XCTest

/// Analysis in cells: PCA, k-means, t-SNE, nearest neighbours, coverage and MMD on small data
/// whose answers are known.
final class AnalysisBindingTests: XCTestCase {
    func testPCAFindsTheDirectionOfLargestVariance() {
        let session = PreludeSession()
        XCTAssertEqual(session.printed("""
            let x = Tensor([[2, 0], [-2, 0], [1, 0.1], [-1, -0.1]])
            let pca = PCA(fitting: x, components: 1)
            print(pca.components.shape, abs(pca.components[0, 0].item()) > 0.99, pca.explainedVarianceRatio[0] > 0.99, pca.transform(x).shape)
            """), "[1, 2] true true [4, 1]")
    }

    func testKMeansSeparatesWellSeparatedGroups() {
        let session = PreludeSession()
        XCTAssertEqual(session.printed("""
            let blobs = gaussianMixture(classes: 3, shape: [2], train: 30, separation: 20).train
            let fit = KMeans(fitting: blobs.images, clusters: 3)
            let agree = (0..<blobs.count).filter { i in (0..<blobs.count).allSatisfy { j in (blobs.labels[i] == blobs.labels[j]) == (fit.labels[i] == fit.labels[j]) } }.count
            print(agree == blobs.count, fit.centres.shape, fit.representatives(in: blobs.images).count)
            """), "true [3, 2] 3")
    }

    func testTSNEMapsSamplesToThePlaneAndKeepsNeighbourhoods() {
        let session = PreludeSession()
        XCTAssertEqual(session.printed("""
            let blobs = gaussianMixture(classes: 3, shape: [10], train: 20, separation: 10).train
            let map = tsne(blobs.images, perplexity: 10)
            let nearest = nearestNeighbors(map, in: map, k: 2).indices.map { $0[1] }
            let sameClass = nearest.enumerated().filter { blobs.labels[$0.offset] == blobs.labels[$0.element] }.count
            print(map.shape, sameClass >= 57, trustworthiness(original: blobs.images, embedding: map, k: 5) > 0.9)
            """), "[60, 2] true true")
        XCTAssertFalse(session.host.events.isEmpty)
    }

    func testNeighboursCoverageAndMMD() {
        let session = PreludeSession()
        XCTAssertEqual(session.printed("""
            let points = Tensor([[0, 0], [1, 0], [5, 5]])
            let found = nearestNeighbors(Tensor([[0.9, 0]]), in: points, k: 2)
            print(found.indices, found.distances[0][0] < 0.11)
            let covered = Coverage(of: points, by: Tensor([[0, 0]]), radius: 1.5)
            print(covered.fraction, covered.covered, covered.split(by: [0, 1, 2], hardest: 1.0 / 3))
            print(abs(coverageRadius(of: points) - (2 + sqrt(41)) / 3) < 1e-5)
            """), "[[1, 0]] true\n0.6666666666666666 [true, true, false] (easy: 1.0, hard: 0.0)\ntrue")
        let distances = session.printed("""
            let x = Tensor.normal([60, 3])
            print(mmd(x, Tensor.normal([60, 3])) < mmd(x, Tensor.normal([60, 3]) + 3))
            """)
        XCTAssertEqual(distances, "true")
    }
}
