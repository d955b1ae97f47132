import Analysis
import Datasets
import TensorCore

/// The inputs of the analysis workloads, built the same way by the peers in Benchmarks/peers/
/// (untimed): normalised Fashion-MNIST images, flattened to 784 values, projected by PCA.
enum AnalysisData {
    /// The first `count` images of a split as `[count, 784]`.
    static func flatImages(_ split: FashionMNIST.Split, count: Int? = nil) throws -> Tensor {
        let images = try FashionMNIST.load(split).images
        let n = min(count ?? images.shape[0], images.shape[0])
        return try Tensor(shape: [n, 784], scalars: Array(images.scalars.prefix(n * 784)))
    }

    /// The first `count` training images projected onto their own top `dimensions` components.
    static func projectedTraining(count: Int, dimensions: Int) throws -> Tensor {
        let x = try flatImages(.train, count: count)
        return try PCA(fitting: x, components: dimensions).transform(x)
    }

    /// All training images (points) and all test images (queries), projected onto the top
    /// `dimensions` components of the training images.
    static func projectedSplits(dimensions: Int) throws -> (train: Tensor, test: Tensor) {
        let train = try flatImages(.train)
        let pca = try PCA(fitting: train, components: dimensions)
        return (try pca.transform(train), try pca.transform(try flatImages(.test)))
    }
}
