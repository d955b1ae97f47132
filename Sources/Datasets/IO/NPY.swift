import TensorCore

/// NumPy `.npy` files: how tensors and labels travel between Retort and NumPy/PyTorch.
///
/// Writing: tensors as float32 (`'<f4'`) and labels as int64 (`'<i8'`), little-endian, C order,
/// format version 1.0, written atomically (a temporary file renamed into place), so
/// `np.load(path)` reads them as they are. Reading accepts float32, float64 and 8- to 64-bit
/// signed or unsigned integers in either byte order and format versions 1.0–3.0; tensors convert
/// to Float (integers above 2^24 and float64 values round to the nearest Float). Fortran-order
/// arrays are rejected with an error saying how to save them in C order.
public enum NPY {
    /// The `.npy` encoding of `tensor` as float32, little-endian, C order.
    public static func encode(_ tensor: Tensor) -> [UInt8] {
        let header = NPYHeader(dtype: .float32, fortranOrder: false, shape: tensor.shape).encoded()
        return tensor.withUnsafeBufferPointer { values in
            header + values.map { $0.bitPattern.littleEndian }.withUnsafeBytes { Array($0) }
        }
    }

    /// The `.npy` encoding of `labels` as a one-dimensional int64 array, little-endian.
    public static func encode(labels: [Int]) -> [UInt8] {
        let header = NPYHeader(dtype: .int64, fortranOrder: false, shape: [labels.count]).encoded()
        return header + labels.map { Int64($0).littleEndian }.withUnsafeBytes { Array($0) }
    }

    /// The tensor encoded in `bytes`, converted to Float, with the array's shape.
    /// - Parameter source: names the data in error messages (a path, usually).
    /// - Throws: when the data is not `.npy`, is truncated, has an unsupported dtype or is in
    ///   Fortran order.
    public static func decodeTensor(_ bytes: [UInt8], source: String) throws -> Tensor {
        let (header, offset) = try checkedLayout(bytes, source: source)
        let n = Shape.count(header.shape)
        let dtype = header.dtype
        let values = bytes.withUnsafeBytes { raw in
            [Float](unsafeUninitializedCapacity: n) { out, initialized in
                let data = UnsafeRawBufferPointer(rebasing: raw[offset...])
                if dtype == .float32, 1.littleEndian == 1 {
                    UnsafeMutableRawBufferPointer(out).copyMemory(from: UnsafeRawBufferPointer(rebasing: data[0..<4 * n]))
                } else {
                    for i in 0..<n { out[i] = element(i, of: data, dtype).float }
                }
                initialized = n
            }
        }
        return try Tensor(shape: header.shape, scalars: values)
    }

    /// The labels encoded in `bytes`: a one-dimensional array of integers.
    /// - Throws: as `decodeTensor`, and when the array is not one-dimensional or holds floats.
    public static func decodeLabels(_ bytes: [UInt8], source: String) throws -> [Int] {
        let (header, offset) = try checkedLayout(bytes, source: source)
        guard header.shape.count == 1 else {
            throw DatasetError("\(source): labels must be a one-dimensional array, found shape \(header.shape)")
        }
        guard header.dtype.kind != "f" else {
            throw DatasetError(
                "\(source): labels must be integers, found \(header.dtype.name); save them with labels.astype(np.int64)")
        }
        return try bytes.withUnsafeBytes { raw in
            let data = UnsafeRawBufferPointer(rebasing: raw[offset...])
            return try (0..<header.shape[0]).map { i in
                guard let label = element(i, of: data, header.dtype).int else {
                    throw DatasetError("\(source): label \(i) does not fit an Int")
                }
                return label
            }
        }
    }

    /// Writes `tensor` to `path` as a float32 `.npy` file, atomically.
    /// - Throws: when the directory of `path` does not exist or cannot be written.
    public static func save(_ tensor: Tensor, to path: String) throws {
        try Files.writeAtomically(encode(tensor), to: path)
    }

    /// Writes `labels` to `path` as a one-dimensional int64 `.npy` file, atomically.
    /// - Throws: when the directory of `path` does not exist or cannot be written.
    public static func save(labels: [Int], to path: String) throws {
        try Files.writeAtomically(encode(labels: labels), to: path)
    }

    /// The tensor stored in the `.npy` file at `path` (see `decodeTensor`).
    public static func loadTensor(from path: String) throws -> Tensor {
        try decodeTensor(Files.read(path), source: path)
    }

    /// The labels stored in the `.npy` file at `path` (see `decodeLabels`).
    public static func loadLabels(from path: String) throws -> [Int] {
        try decodeLabels(Files.read(path), source: path)
    }

    /// The header of `bytes`, after checking that it is C order and that the data is complete.
    private static func checkedLayout(_ bytes: [UInt8], source: String) throws -> (NPYHeader, Int) {
        let (header, offset) = try NPYHeader.parse(bytes, source: source)
        guard !header.fortranOrder else {
            throw DatasetError(
                "\(source): the array is stored in Fortran (column-major) order; Retort reads C order only: "
                    + "save np.ascontiguousarray(a) instead")
        }
        let expected = Shape.count(header.shape) * header.dtype.size
        guard bytes.count - offset >= expected else {
            throw DatasetError(
                "\(source): shape \(header.shape) of \(header.dtype.name) needs \(expected) bytes of data "
                    + "but the file holds \(bytes.count - offset); the file is truncated")
        }
        return (header, offset)
    }

    /// Element `i` of `data`, assembled from its bytes in the file's byte order.
    private static func element(_ i: Int, of data: UnsafeRawBufferPointer, _ dtype: NPYType) -> Element {
        var bits: UInt64 = 0
        for byte in 0..<dtype.size {
            let shift = dtype.bigEndian ? 8 * (dtype.size - 1 - byte) : 8 * byte
            bits |= UInt64(data[i * dtype.size + byte]) << shift
        }
        return Element(bits: bits, dtype: dtype)
    }

    /// One value's bits and type, read as the Swift value it stands for.
    private struct Element {
        let bits: UInt64
        let dtype: NPYType

        /// The value sign-extended when signed, or nil for floats.
        var signed: Int64? {
            guard dtype.kind == "i" else { return nil }
            let unused = UInt64(64 - 8 * dtype.size)
            return Int64(bitPattern: bits << unused) >> Int64(unused)
        }

        var float: Float {
            switch dtype.kind {
            case "f": return dtype.size == 4 ? Float(bitPattern: UInt32(truncatingIfNeeded: bits)) : Float(Double(bitPattern: bits))
            case "i": return Float(signed!)
            default: return Float(bits)
            }
        }

        var int: Int? {
            dtype.kind == "i" ? signed.map(Int.init) : Int(exactly: bits)
        }
    }
}
