import Datasets
import TensorCore

/// The Fashion-MNIST inputs of the ConvNet workloads, chosen exactly as the PyTorch peer's
/// Benchmarks/peers/fashion_batches.py chooses them: training images scaled to [0, 1] and
/// normalised with Fashion-MNIST's mean and std, `[N, 1, 28, 28]`. Only the selected images
/// are converted to floats (the split stays as bytes), so the data adds ~50 MB to peak memory.
struct BenchData {
    /// The training split as raw bytes and labels.
    let split: FashionMNIST

    /// Reads the training split (from `RETORT_DATA` or the Debian package's directory).
    init() throws { split = try FashionMNIST(split: .train) }

    /// The first `count` training images and their labels.
    func firstBatch(_ count: Int) throws -> (images: Tensor, labels: [Int]) {
        let rows = Array(0..<min(count, split.count))
        return (try images(rows), rows.map { split.labels[$0] })
    }

    /// For each class 0...9 in turn, its training images `skip..<skip+count` in file order:
    /// `[10 * count, 1, 28, 28]` sorted by class, and the labels.
    func perClass(_ count: Int, skip: Int = 0) throws -> (images: Tensor, labels: [Int]) {
        var byClass = [[Int]](repeating: [], count: FashionMNIST.classNames.count)
        for (row, label) in split.labels.enumerated() { byClass[label].append(row) }
        let rows = byClass.flatMap { $0.dropFirst(skip).prefix(count) }
        return (try images(rows), rows.map { split.labels[$0] })
    }

    /// The normalised images of the given rows.
    private func images(_ rows: [Int]) throws -> Tensor {
        let normalization = Normalization.fashionMNIST
        let (mean, std) = (normalization.mean[0], normalization.std[0])
        let table = (0..<256).map { (Float($0) / 255 - mean) / std }
        let side = FashionMNIST.imageSize, plane = side * side
        var values = [Float](repeating: 0, count: rows.count * plane)
        for (i, row) in rows.enumerated() {
            for p in 0..<plane { values[i * plane + p] = table[Int(split.pixels[row * plane + p])] }
        }
        return try Tensor(shape: [rows.count, 1, side, side], scalars: values)
    }
}
