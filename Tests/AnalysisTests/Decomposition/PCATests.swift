@testable import Analysis
import TensorCore
import TestSupport
import XCTest

/// PCA against a naive covariance matrix and Jacobi eigendecomposition in Double.
final class PCATests: XCTestCase {
    /// Data whose latent coordinates have clearly different scales (distinct eigenvalues),
    /// mixed by a fixed random matrix so the components are not the axes, plus an offset.
    func structuredData(rows: Int, columns: Int, seed: UInt64) -> Tensor {
        var generator = SeededGenerator(seed: seed)
        let mixing = (0..<(columns * columns)).map { _ in generator.normal() }
        var values = [Float](repeating: 0, count: rows * columns)
        for i in 0..<rows {
            let latent = (0..<columns).map { Double(columns - $0) * generator.normal() }
            for j in 0..<columns {
                var s = 3.0
                for k in 0..<columns { s += latent[k] * mixing[j * columns + k] }
                values[i * columns + j] = Float(s)
            }
        }
        return try! Tensor(shape: [rows, columns], scalars: values)
    }

    /// The sample covariance (`N − 1`) in Double.
    func covariance(_ x: Tensor) -> [[Double]] {
        let (n, d) = (x.shape[0], x.shape[1])
        let mean = (0..<d).map { j in (0..<n).reduce(0.0) { $0 + Double(x.scalars[$1 * d + j]) } / Double(n) }
        return (0..<d).map { a in
            (0..<d).map { b in
                (0..<n).reduce(0.0) { $0 + (Double(x.scalars[$1 * d + a]) - mean[a]) * (Double(x.scalars[$1 * d + b]) - mean[b]) }
                    / Double(n - 1)
            }
        }
    }

    func assertMatchesReference(_ x: Tensor, components k: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        let pca = try PCA(fitting: x, components: k)
        let (values, vectors) = JacobiEigen.decompose(covariance(x))
        let total = values.reduce(0, +)
        let d = x.shape[1]
        XCTAssertEqual(pca.components.shape, [k, d], file: file, line: line)
        for c in 0..<k {
            XCTAssertEqual(pca.explainedVariance[c], values[c], accuracy: 1e-4 * values[0], "variance \(c)", file: file, line: line)
            XCTAssertEqual(pca.explainedVarianceRatio[c], values[c] / total, accuracy: 1e-5, "ratio \(c)", file: file, line: line)
            // Same direction up to sign: |cos| = 1.
            var dot = 0.0
            for j in 0..<d { dot += Double(pca.components.scalars[c * d + j]) * vectors[c][j] }
            XCTAssertEqual(abs(dot), 1, accuracy: 1e-4, "component \(c)", file: file, line: line)
        }
    }

    func testComponentsAndVariancesMatchANaiveEigendecomposition() throws {
        try assertMatchesReference(structuredData(rows: 300, columns: 7, seed: 1), components: 4)
    }

    func testFewerSamplesThanFeaturesUsesTheGramMatrixAndAgrees() throws {
        try assertMatchesReference(structuredData(rows: 9, columns: 20, seed: 2), components: 5)
    }

    func testAllComponentsExplainAllTheVarianceAndAreOrthonormal() throws {
        let pca = try PCA(fitting: structuredData(rows: 50, columns: 6, seed: 3), components: 6)
        XCTAssertEqual(pca.explainedVarianceRatio.reduce(0, +), 1, accuracy: 1e-6)
        for a in 0..<6 {
            for b in 0..<6 {
                var dot = 0.0
                for j in 0..<6 { dot += Double(pca.components.scalars[a * 6 + j]) * Double(pca.components.scalars[b * 6 + j]) }
                XCTAssertEqual(dot, a == b ? 1 : 0, accuracy: 1e-5, "rows \(a), \(b)")
            }
        }
    }

    func testEachComponentsLargestEntryIsPositive() throws {
        let pca = try PCA(fitting: structuredData(rows: 80, columns: 5, seed: 4), components: 3)
        for c in 0..<3 {
            let row = pca.components.scalars[(c * 5)..<((c + 1) * 5)]
            XCTAssertGreaterThan(row.max { abs($0) < abs($1) }!, 0)
        }
    }

    func testTransformCentresAndProjects() throws {
        let x = structuredData(rows: 40, columns: 5, seed: 5)
        let pca = try PCA(fitting: x, components: 2)
        let y = try pca.transform(x)
        XCTAssertEqual(y.shape, [40, 2])
        for i in 0..<40 {
            for c in 0..<2 {
                var s = 0.0
                for j in 0..<5 {
                    s += (Double(x.scalars[i * 5 + j]) - Double(pca.mean.scalars[j])) * Double(pca.components.scalars[c * 5 + j])
                }
                XCTAssertEqual(Double(y.scalars[i * 2 + c]), s, accuracy: 1e-3 * (1 + abs(s)), "row \(i), component \(c)")
            }
        }
        // Projections are centred and their variances are the explained variances.
        for c in 0..<2 {
            let column = (0..<40).map { Double(y.scalars[$0 * 2 + c]) }
            let mean = column.reduce(0, +) / 40
            XCTAssertEqual(mean, 0, accuracy: 1e-3)
            let variance = column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 39
            XCTAssertEqual(variance, pca.explainedVariance[c], accuracy: 1e-3 * pca.explainedVariance[c])
        }
    }

    func testBadInputIsAnErrorThatSaysWhatToDo() throws {
        let x = structuredData(rows: 10, columns: 3, seed: 6)
        assertThrowsTensorError(mentioning: ["4 components", "1...3"]) { try PCA(fitting: x, components: 4) }
        assertThrowsTensorError(mentioning: ["at least 2"]) { try PCA(fitting: TestData.matrix([[1, 2, 3]]), components: 1) }
        let pca = try PCA(fitting: x, components: 2)
        assertThrowsTensorError(mentioning: ["fitted on 3 features", "has 2"]) { try pca.transform(TestData.matrix([[1, 2]])) }
    }
}
