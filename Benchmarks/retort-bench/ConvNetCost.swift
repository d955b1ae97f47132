/// The matrix products of the reference ConvNet-3 (width 128) on 1×28×28 images, as im2col
/// lays them out: the cost model behind the ConvNet workloads' GFLOP/s and the sgemm limit.
///
/// Layer `l` maps `C` channels to 128 on an `H×W` output (32×32, 16×16, 8×8 for the three
/// blocks: the first convolution pads by 3). With `K = 9C` and `P = H·W` per image:
/// forward `y[128, P] = w[128, K] · col[K, P]`; input gradient `col[K, P] = wᵀ · gy[128, P]`
/// (not needed for the first layer, whose input is the data); weight gradient
/// `dw[128, K] += gy[128, P] · colᵀ`. Each costs `2·128·K·P` flops per image. The classifier
/// (2048 → 10) adds `2·2048·10` per image and direction.
enum ConvNetCost {
    /// One convolution layer: input channels and output plane.
    struct Layer {
        let inChannels: Int
        let outSide: Int
        var patch: Int { inChannels * 9 }
        var plane: Int { outSide * outSide }
        /// The flops of one of its three products for one image.
        var flopsPerImage: Double { 2 * 128 * Double(patch * plane) }
    }

    /// The three convolutions.
    static let layers = [Layer(inChannels: 1, outSide: 32), Layer(inChannels: 128, outSide: 16), Layer(inChannels: 128, outSide: 8)]
    /// The classifier's flops per image and direction.
    static let classifierFlops = 2.0 * 2048 * 10

    /// Forward flops per image: 96.8 MFLOP.
    static var forwardFlops: Double { layers.reduce(classifierFlops) { $0 + $1.flopsPerImage } }

    /// Training-step flops per image (forward, input gradients but the first layer's, weight
    /// gradients): 285 MFLOP.
    static var trainFlops: Double { 3 * forwardFlops - layers[0].flopsPerImage }

    /// The backward pass through a graph-recording backward pass, per image, to the input:
    /// each convolution's weight-gradient and input-gradient products and the forward
    /// convolutions are differentiated once more, about four forward passes (an estimate: the
    /// products actually taken depend on which inputs need gradients).
    static var secondOrderFlops: Double { 4 * forwardFlops }
}
