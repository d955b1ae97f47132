import CZlib

/// Gzip compression and decompression through zlib, with zlib's status codes turned into
/// `DatasetError`s. This is the only file of Datasets that touches C.
public enum Gzip {
    /// Whether `bytes` start with the gzip magic number `1f 8b`.
    public static func isCompressed(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b
    }

    /// The uncompressed contents of a gzip stream (every member, as `gunzip` does).
    ///
    /// Cost: one pass of zlib's inflate, ~0.1 s for the 26 MB Fashion-MNIST training images;
    /// the output is sized from the gzip trailer, so it is allocated once in the common case.
    /// - Parameter source: names the data in error messages (a path, usually).
    /// - Throws: when the stream is truncated, corrupt, or followed by bytes that are not gzip.
    public static func decompress(_ bytes: [UInt8], source: String) throws -> [UInt8] {
        guard isCompressed(bytes) else {
            throw DatasetError("\(source): not gzip data (it does not start with 1f 8b)")
        }
        var stream = z_stream()
        // 15 + 32: a window of 2^15 bytes, gzip or zlib header detected automatically.
        var status = inflateInit2_(&stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw zlibError(status, stream, source: source, doing: "starting inflate") }
        defer { inflateEnd(&stream) }

        var output = [UInt8](repeating: 0, count: initialCapacity(bytes))
        var produced = 0
        try bytes.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress!)
            stream.avail_in = uInt(input.count)
            while true {
                if produced == output.count {
                    output.append(contentsOf: repeatElement(0, count: output.count))
                }
                output.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress! + produced
                    stream.avail_out = uInt(out.count - produced)
                    status = inflate(&stream, Z_NO_FLUSH)
                    produced = out.count - Int(stream.avail_out)
                }
                switch status {
                case Z_OK:
                    continue
                case Z_STREAM_END:
                    let consumed = input.count - Int(stream.avail_in)
                    if stream.avail_in == 0 { return }
                    guard input[consumed] == 0x1f, stream.avail_in >= 2, input[consumed + 1] == 0x8b else {
                        throw DatasetError(
                            "\(source): \(stream.avail_in) bytes of unexpected data follow the gzip stream; "
                                + "the file is corrupt: reinstall or re-download it")
                    }
                    inflateReset(&stream)
                case Z_BUF_ERROR where produced == output.count:
                    continue  // the output is full: it grows at the top of the loop
                case Z_BUF_ERROR:
                    throw DatasetError(
                        "\(source): the gzip stream ends early (the file is truncated); "
                            + "reinstall or re-download it")
                default:
                    throw zlibError(status, stream, source: source, doing: "decompressing")
                }
            }
        }
        output.removeLast(output.count - produced)
        return output
    }

    /// `bytes` compressed as one gzip member (as `gzip -<level>` would write them).
    /// - Parameter level: zlib's compression level, 0 (store) to 9 (smallest); 6 by default.
    /// - Throws: when the level is outside 0...9 or zlib fails (out of memory).
    public static func compress(_ bytes: [UInt8], level: Int = 6) throws -> [UInt8] {
        guard (0...9).contains(level) else {
            throw DatasetError("Gzip.compress: level \(level) is outside 0...9")
        }
        var stream = z_stream()
        // 15 + 16: a window of 2^15 bytes, written with a gzip header and trailer.
        var status = deflateInit2_(
            &stream, Int32(level), Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
            zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw zlibError(status, stream, source: "Gzip.compress", doing: "starting deflate") }
        defer { deflateEnd(&stream) }

        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))))
        var produced = 0
        bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                // zlib accepts a null input pointer when there are no input bytes.
                stream.next_in = input.baseAddress.map { UnsafeMutablePointer(mutating: $0) }
                stream.avail_in = uInt(input.count)
                stream.next_out = out.baseAddress!
                stream.avail_out = uInt(out.count)
                // With deflateBound bytes of output, one Z_FINISH call completes the stream.
                status = deflate(&stream, Z_FINISH)
                produced = out.count - Int(stream.avail_out)
            }
        }
        guard status == Z_STREAM_END else { throw zlibError(status, stream, source: "Gzip.compress", doing: "compressing") }
        output.removeLast(output.count - produced)
        return output
    }

    /// The first size of the output buffer: the uncompressed size recorded in the gzip trailer
    /// (the last four bytes, little-endian, modulo 2^32) when it is plausible, that is at most
    /// 16 times the input (a truncated file ends in arbitrary bytes); else 4 times the input.
    /// The buffer doubles when it fills, so the hint only saves copies.
    private static func initialCapacity(_ bytes: [UInt8]) -> Int {
        let n = bytes.count
        let fallback = max(4 * n, 64)
        guard n >= 18 else { return fallback }
        let hint = Int(bytes[n - 4]) | Int(bytes[n - 3]) << 8 | Int(bytes[n - 2]) << 16 | Int(bytes[n - 1]) << 24
        return (1...16 * n).contains(hint) ? hint + 1 : fallback
    }

    /// A `DatasetError` for a zlib status code, with zlib's own message when it gave one.
    private static func zlibError(_ status: Int32, _ stream: z_stream, source: String, doing: String) -> DatasetError {
        let detail = stream.msg.map { String(cString: $0) } ?? String(cString: zError(status))
        switch status {
        case Z_DATA_ERROR:
            return DatasetError("\(source): corrupt gzip data (zlib: \(detail)); reinstall or re-download the file")
        case Z_MEM_ERROR:
            return DatasetError("\(source): out of memory while \(doing)")
        default:
            return DatasetError("\(source): zlib failed while \(doing) (status \(status): \(detail))")
        }
    }
}
