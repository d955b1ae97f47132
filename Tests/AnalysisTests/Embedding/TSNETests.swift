@testable import Analysis
import TensorCore
import TestSupport
import XCTest

/// t-SNE end to end on small Gaussian blobs.
final class TSNETests: XCTestCase {
    func blobs(perBlob: Int, seed: UInt64 = 1) -> (points: Tensor, labels: [Int]) {
        var generator = SeededGenerator(seed: seed)
        return TestData.blobs(centres: TestData.axisCentres(3, dimensions: 10, distance: 8), perBlob: perBlob, spread: 1, using: &generator)
    }

    /// The fraction of points whose nearest embedded neighbour has the same label.
    func neighbourAgreement(_ embedding: Tensor, _ labels: [Int]) throws -> Double {
        let found = try NearestNeighbors.searchWithin(embedding, k: 1)
        return Double((0..<labels.count).filter { labels[found.indices[$0]] == labels[$0] }.count) / Double(labels.count)
    }

    func assertSeparates(_ method: TSNE.Method, perBlob: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        let (x, labels) = blobs(perBlob: perBlob)
        var configuration = TSNE.Configuration()
        configuration.method = method
        configuration.perplexity = 10
        configuration.iterations = 500
        let result = try TSNE.embed(x, configuration: configuration)
        XCTAssertEqual(result.method, method, file: file, line: line)
        XCTAssertEqual(result.embedding.shape, [3 * perBlob, 2], file: file, line: line)
        XCTAssertEqual(try neighbourAgreement(result.embedding, labels), 1, file: file, line: line)
        // Blob centres in the map are far apart compared with the blobs' own spread.
        let y = result.embedding.scalars
        let centres = (0..<3).map { b in
            (0..<2).map { c in (0..<perBlob).reduce(0.0) { $0 + Double(y[(b * perBlob + $1) * 2 + c]) } / Double(perBlob) }
        }
        let spread = (0..<(3 * perBlob)).reduce(0.0) { total, i in
            let c = centres[labels[i]]
            return total + ((Double(y[2 * i]) - c[0]) * (Double(y[2 * i]) - c[0]) + (Double(y[2 * i + 1]) - c[1]) * (Double(y[2 * i + 1]) - c[1])).squareRoot()
        } / Double(3 * perBlob)
        for a in 0..<3 {
            for b in (a + 1)..<3 {
                let gap = ((centres[a][0] - centres[b][0]) * (centres[a][0] - centres[b][0]) + (centres[a][1] - centres[b][1]) * (centres[a][1] - centres[b][1])).squareRoot()
                XCTAssertGreaterThan(gap, 3 * spread, "blobs \(a) and \(b)", file: file, line: line)
            }
        }
        XCTAssertGreaterThan(try Trustworthiness.score(original: x, embedding: result.embedding), 0.9, file: file, line: line)
    }

    func testExactTSNESeparatesBlobs() throws {
        try assertSeparates(.exact, perBlob: 40)
    }

    func testBarnesHutTSNESeparatesBlobs() throws {
        try assertSeparates(.barnesHut, perBlob: 100)
    }

    func testTheKLDivergenceDecreasesAfterExaggeration() throws {
        let (x, _) = blobs(perBlob: 60, seed: 2)
        var reports: [(step: Int, kl: Double)] = []
        let progress = ProgressContext(report: { event in reports.append((event.step, event.metrics[0].value)) })
        var configuration = TSNE.Configuration()
        configuration.perplexity = 15
        configuration.iterations = 600
        let result = try TSNE.embed(x, configuration: configuration, progress: progress)
        XCTAssertEqual(reports.map(\.step), Array(stride(from: 50, through: 600, by: 50)))
        let after = reports.filter { $0.step >= 300 }.map(\.kl)
        for (earlier, later) in zip(after, after.dropFirst()) { XCTAssertLessThanOrEqual(later, earlier + 1e-9) }
        XCTAssertLessThan(after.last!, reports[0].kl)
        // A report measures the layout the step starts from; the result, the layout after it.
        XCTAssertLessThanOrEqual(result.klDivergence, reports.last!.kl)
        XCTAssertEqual(result.klDivergence, reports.last!.kl, accuracy: 1e-3)
        XCTAssertTrue(result.klDivergenceIsExact)
    }

    func testResultsAreReproducibleAndIndependentOfTheWorkerCount() throws {
        let (x, _) = blobs(perBlob: 400, seed: 3)
        var configuration = TSNE.Configuration()
        configuration.iterations = 60
        configuration.method = .barnesHut
        let one = try TestData.withWorkers(1) { try TSNE.embed(x, configuration: configuration) }
        let two = try TestData.withWorkers(2) { try TSNE.embed(x, configuration: configuration) }
        XCTAssertEqual(one.embedding.scalars, two.embedding.scalars)
        XCTAssertEqual(one.klDivergence, two.klDivergence)
        XCTAssertEqual(one.learningRate, 200, "max(N/12, 200) with N = 1200")
    }

    func testInitialisations() throws {
        let (x, _) = blobs(perBlob: 20, seed: 4)
        var configuration = TSNE.Configuration()
        configuration.iterations = 1
        configuration.learningRate = 1e-12
        let pca = try TSNE.embed(x, configuration: configuration).embedding.scalars
        let first = (0..<60).map { Double(pca[2 * $0]) }
        let mean = first.reduce(0, +) / 60
        let std = (first.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 60).squareRoot()
        XCTAssertEqual(std, 1e-4, accuracy: 1e-8, "PCA initialisation has standard deviation 1e-4 in its first coordinate")
        let layout = try Tensor(shape: [60, 2], scalars: (0..<120).map { Float($0 % 7) })
        configuration.initialization = .given(layout)
        let given = try TSNE.embed(x, configuration: configuration).embedding.scalars
        XCTAssertEqual(Double(given[2]) - Double(given[0]), 2, accuracy: 1e-6, "a given layout is the start (up to re-centring)")
        configuration.initialization = .random(SeededGenerator(seed: 5))
        let a = try TSNE.embed(x, configuration: configuration).embedding.scalars
        let b = try TSNE.embed(x, configuration: configuration).embedding.scalars
        XCTAssertEqual(a, b)
    }

    func testCancellationStopsTheRun() throws {
        let (x, _) = blobs(perBlob: 20)
        var calls = 0
        let progress = ProgressContext(isCancelled: {
            calls += 1
            return calls > 10
        })
        XCTAssertThrowsError(try TSNE.embed(x, progress: progress)) { XCTAssertTrue($0 is WorkCancelled) }
        XCTAssertEqual(calls, 11)
    }

    func testBadSettingsAreErrorsThatSayWhatToDo() {
        let (x, _) = blobs(perBlob: 5)
        var configuration = TSNE.Configuration()
        assertThrowsTensorError(mentioning: ["perplexity 30", "N − 1 = 14"]) { try TSNE.embed(x, configuration: configuration) }
        configuration.perplexity = 3
        configuration.method = .barnesHut
        configuration.dimensions = 3
        assertThrowsTensorError(mentioning: ["2 dimensions", ".exact"]) { try TSNE.embed(x, configuration: configuration) }
        configuration.method = .exact
        configuration.initialization = .given(Tensor.zeros([15, 2]))
        assertThrowsTensorError(mentioning: ["[15, 2]", "[15, 3]"]) { try TSNE.embed(x, configuration: configuration) }
        configuration.learningRate = -1
        assertThrowsTensorError(mentioning: ["learning rate"]) { try TSNE.embed(x, configuration: configuration) }
    }
}
