import TensorCore
import XCTest

/// Small seeded data sets and naive references shared by the Analysis tests.
enum TestData {
    /// `centres.count` Gaussian blobs of `perBlob` points each (standard deviation `spread`),
    /// blob by blob: rows `b·perBlob..<(b+1)·perBlob` belong to blob `b`.
    static func blobs(
        centres: [[Float]], perBlob: Int, spread: Float, using generator: inout SeededGenerator
    ) -> (points: Tensor, labels: [Int]) {
        let d = centres[0].count
        var values: [Float] = []
        var labels: [Int] = []
        for (b, centre) in centres.enumerated() {
            for _ in 0..<perBlob {
                for j in 0..<d { values.append(centre[j] + spread * Float(generator.normal())) }
                labels.append(b)
            }
        }
        return (try! Tensor(shape: [centres.count * perBlob, d], scalars: values), labels)
    }

    /// `k` blob centres spaced `distance` apart along distinct axes of a `d`-dim space (k ≤ d).
    static func axisCentres(_ k: Int, dimensions d: Int, distance: Float) -> [[Float]] {
        (0..<k).map { c in (0..<d).map { $0 == c ? distance : 0 } }
    }

    /// A matrix from rows.
    static func matrix(_ rows: [[Float]]) -> Tensor {
        try! Tensor(shape: [rows.count, rows[0].count], scalars: rows.flatMap { $0 })
    }

    /// Euclidean distance between rows `i` of `a` and `j` of `b`, in Double.
    static func distance(_ a: Tensor, _ i: Int, _ b: Tensor, _ j: Int) -> Double {
        let d = a.shape[1]
        var s = 0.0
        for c in 0..<d {
            let diff = Double(a.scalars[i * d + c]) - Double(b.scalars[j * d + c])
            s += diff * diff
        }
        return s.squareRoot()
    }

    /// Runs `body` with `Workers.count` set to `count`, restoring it after.
    static func withWorkers<T>(_ count: Int, _ body: () throws -> T) rethrows -> T {
        let saved = Workers.count
        Workers.count = count
        defer { Workers.count = saved }
        return try body()
    }
}
