/// An array of unsigned bytes with a shape, as stored in an IDX file (the format of MNIST and
/// Fashion-MNIST, LeCun et al.).
///
/// Layout of a file: two zero bytes; a type code (`0x08` = unsigned byte); the number of
/// dimensions d; d sizes, each a big-endian UInt32; then the values in row-major order. Labels
/// are `idx1` files (shape `[N]`), images `idx3` (shape `[N, H, W]`). Files may be gzipped.
///
/// Only unsigned-byte data (type `0x08`) is read: the signed, 16/32-bit integer and float IDX
/// types are rejected with an error naming the type, as no data set Retort reads uses them.
public struct IDXArray: Equatable {
    /// The size of each dimension.
    public let shape: [Int]
    /// The values in row-major order; `bytes.count` is the product of `shape`.
    public let bytes: [UInt8]

    /// The IDX type code of unsigned-byte data.
    static let unsignedByte: UInt8 = 0x08

    /// An array of the given shape holding `bytes` in row-major order.
    /// - Throws: when `bytes.count` is not the product of `shape`, a size is negative or does not
    ///   fit the format's 32 bits, or there are more than 255 dimensions.
    public init(shape: [Int], bytes: [UInt8]) throws {
        guard shape.count <= 255, shape.allSatisfy({ (0...Int(UInt32.max)).contains($0) }) else {
            throw DatasetError("IDXArray: shape \(shape) cannot be stored in IDX (at most 255 sizes, each below 2^32)")
        }
        guard bytes.count == shape.reduce(1, *) else {
            throw DatasetError("IDXArray: shape \(shape) needs \(shape.reduce(1, *)) bytes, got \(bytes.count)")
        }
        self.shape = shape
        self.bytes = bytes
    }

    /// The array stored in the IDX file at `path`, gzipped (detected from its first bytes) or not.
    ///
    /// Cost: ~0.15 s for the 60,000 Fashion-MNIST training images (47 MB once decompressed).
    /// - Throws: when the file is missing, truncated or corrupt, with a message naming it.
    public init(contentsOf path: String) throws {
        let raw = try Files.read(path)
        try self.init(parsing: Gzip.isCompressed(raw) ? try Gzip.decompress(raw, source: path) : raw, source: path)
    }

    /// The array encoded in `data` (uncompressed IDX).
    /// - Parameter source: names the data in error messages (a path, usually).
    /// - Throws: when the header is malformed or the data is shorter or longer than it declares.
    public init(parsing data: consuming [UInt8], source: String) throws {
        guard data.count >= 4 else {
            throw DatasetError("\(source): \(data.count) bytes is too short for an IDX header (the file is truncated)")
        }
        guard data[0] == 0, data[1] == 0 else {
            throw DatasetError(
                "\(source): not an IDX file (it should start with two zero bytes, found "
                    + "\(hex(data[0])) \(hex(data[1]))); if it is gzipped, its gzip header is damaged")
        }
        guard data[2] == Self.unsignedByte else {
            throw DatasetError(
                "\(source): IDX data of type \(hex(data[2])) (\(Self.typeName(data[2]))) is not supported; "
                    + "only unsigned bytes (0x08) are read")
        }
        let rank = Int(data[3])
        let headerSize = 4 + 4 * rank
        guard data.count >= headerSize else {
            throw DatasetError(
                "\(source): the IDX header declares \(rank) dimensions but the file ends inside it "
                    + "(\(data.count) bytes); the file is truncated")
        }
        let shape = (0..<rank).map { axis in
            (0..<4).reduce(0) { value, byte in value << 8 | Int(data[4 + 4 * axis + byte]) }
        }
        let expected = shape.reduce(1, *)
        let available = data.count - headerSize
        guard available == expected else {
            let problem = available < expected ? "the file is truncated" : "the file has trailing bytes"
            throw DatasetError(
                "\(source): the IDX header declares shape \(shape), \(expected) bytes of data, "
                    + "but the file holds \(available); \(problem): reinstall or re-download it")
        }
        self.shape = shape
        data.removeFirst(headerSize)
        self.bytes = data
    }

    /// The uncompressed IDX encoding of this array (header and data).
    public func encoded() -> [UInt8] {
        var out: [UInt8] = [0, 0, Self.unsignedByte, UInt8(shape.count)]
        out.reserveCapacity(4 + 4 * shape.count + bytes.count)
        for size in shape {
            out += [UInt8(size >> 24 & 0xff), UInt8(size >> 16 & 0xff), UInt8(size >> 8 & 0xff), UInt8(size & 0xff)]
        }
        out += bytes
        return out
    }

    /// The name of an IDX type code, for error messages.
    private static func typeName(_ code: UInt8) -> String {
        switch code {
        case 0x08: return "unsigned byte"
        case 0x09: return "signed byte"
        case 0x0B: return "int16"
        case 0x0C: return "int32"
        case 0x0D: return "float32"
        case 0x0E: return "float64"
        default: return "not an IDX type"
        }
    }
}

/// A byte as `0x..`, for error messages.
private func hex(_ byte: UInt8) -> String {
    "0x" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
}
