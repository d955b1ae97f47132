/// The header of a NumPy `.npy` file (format versions 1.0, 2.0 and 3.0; we write 1.0).
///
/// A file is the magic string `\x93NUMPY`, a major and a minor version byte, the header length
/// (2 bytes little-endian in 1.0, 4 bytes in 2.0/3.0), then the header: a Python dict literal
/// `{'descr': '<f4', 'fortran_order': False, 'shape': (60000, 1, 28, 28), }` padded with spaces
/// and ended by a newline so that the data starts at a multiple of 64 bytes.
struct NPYHeader: Equatable {
    /// The element type.
    var dtype: NPYType
    /// Whether values are stored column-major (Fortran order); we only read C order.
    var fortranOrder: Bool
    /// The size of each axis; `[]` for a scalar.
    var shape: [Int]

    static let magic: [UInt8] = [0x93] + Array("NUMPY".utf8)

    /// The header of `bytes` and the offset at which the data starts.
    static func parse(_ bytes: [UInt8], source: String) throws -> (header: NPYHeader, dataOffset: Int) {
        guard bytes.count >= 10, Array(bytes[0..<6]) == magic else {
            throw DatasetError("\(source): not a NumPy .npy file (it does not start with \\x93NUMPY)")
        }
        let major = bytes[6]
        let lengthBytes: Int
        switch major {
        case 1: lengthBytes = 2
        case 2, 3: lengthBytes = 4
        default: throw DatasetError("\(source): .npy format version \(major).\(bytes[7]) is not supported (1.0 to 3.0 are)")
        }
        guard bytes.count >= 8 + lengthBytes else {
            throw DatasetError("\(source): the .npy header is truncated")
        }
        let length = (0..<lengthBytes).reduce(0) { $0 | Int(bytes[8 + $1]) << (8 * $1) }
        let start = 8 + lengthBytes
        guard bytes.count >= start + length else {
            throw DatasetError("\(source): the .npy header declares \(length) bytes but the file ends inside it (truncated)")
        }
        let text = String(decoding: bytes[start..<start + length], as: UTF8.self)
        var scanner = HeaderScanner(text: text, source: source)
        let fields = try scanner.dictionary()
        guard case .string(let descr)? = fields["descr"] else {
            throw DatasetError("\(source): the .npy header has no 'descr' string (structured dtypes are not supported)")
        }
        guard case .bool(let fortranOrder)? = fields["fortran_order"] else {
            throw DatasetError("\(source): the .npy header has no 'fortran_order' flag")
        }
        guard case .tuple(let shape)? = fields["shape"] else {
            throw DatasetError("\(source): the .npy header has no 'shape' tuple")
        }
        let header = NPYHeader(dtype: try NPYType(descr: descr, source: source), fortranOrder: fortranOrder, shape: shape)
        return (header, start + length)
    }

    /// The version 1.0 encoding: magic, version, length and the padded dict.
    func encoded() -> [UInt8] {
        let shapeText = shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
        var dict = "{'descr': '\(dtype.descr)', 'fortran_order': \(fortranOrder ? "True" : "False"), 'shape': \(shapeText), }"
        let unpadded = Self.magic.count + 2 + 2 + dict.utf8.count + 1
        dict += String(repeating: " ", count: (64 - unpadded % 64) % 64) + "\n"
        let length = dict.utf8.count
        return Self.magic + [1, 0, UInt8(length & 0xff), UInt8(length >> 8)] + Array(dict.utf8)
    }
}

/// The element type of a `.npy` file, from its `descr` string (`'<f4'`, `'|u1'`, `'>i8'`, …).
struct NPYType: Equatable {
    /// `f` (IEEE float), `i` (signed integer) or `u` (unsigned integer).
    var kind: Character
    /// Bytes per element.
    var size: Int
    /// Whether multi-byte values are stored most significant byte first.
    var bigEndian: Bool

    static let float32 = NPYType(kind: "f", size: 4, bigEndian: false)
    static let int64 = NPYType(kind: "i", size: 8, bigEndian: false)

    init(kind: Character, size: Int, bigEndian: Bool) {
        self.kind = kind
        self.size = size
        self.bigEndian = bigEndian
    }

    /// Parses a descr; rejects the types Retort does not read (bool, float16, complex, strings,
    /// dates, objects) with a message saying how to convert.
    init(descr: String, source: String) throws {
        let characters = Array(descr)
        let supported: Set<String> = ["f4", "f8", "i1", "i2", "i4", "i8", "u1", "u2", "u4", "u8"]
        guard characters.count >= 3, "<>|=".contains(characters[0]), supported.contains(String(characters[1...])) else {
            throw DatasetError(
                "\(source): the .npy dtype '\(descr)' is not supported; save float32, float64 or integer data "
                    + "(for example a.astype(np.float32))")
        }
        self.init(kind: characters[1], size: Int(String(characters[2...]))!, bigEndian: characters[0] == ">")
    }

    /// The descr NumPy writes for this type.
    var descr: String { (size == 1 ? "|" : bigEndian ? ">" : "<") + "\(kind)\(size)" }

    /// NumPy's name for the type (`float32`, `int64`, `uint8`, …), for messages.
    var name: String { (kind == "f" ? "float" : kind == "i" ? "int" : "uint") + "\(size * 8)" }
}

/// A value of a `.npy` header dict.
enum HeaderValue: Equatable {
    case string(String)
    case bool(Bool)
    case tuple([Int])
}

/// Reads the Python dict literal of a `.npy` header: string keys; string, `True`/`False` or
/// integer-tuple values.
struct HeaderScanner {
    private let characters: [Character]
    private let source: String
    private var position = 0

    init(text: String, source: String) {
        self.characters = Array(text)
        self.source = source
    }

    /// The whole dict.
    mutating func dictionary() throws -> [String: HeaderValue] {
        try expect("{")
        var fields: [String: HeaderValue] = [:]
        while try peek() != "}" {
            guard case .string(let key) = try value() else { throw malformed("a string key") }
            try expect(":")
            fields[key] = try value()
            if try peek() == "," { position += 1 }
        }
        return fields
    }

    private mutating func value() throws -> HeaderValue {
        let first = try peek()
        if first == "'" || first == "\"" {
            position += 1
            guard let end = characters[position...].firstIndex(of: first) else { throw malformed("a closing quote") }
            defer { position = end + 1 }
            return .string(String(characters[position..<end]))
        }
        if first == "(" {
            position += 1
            var sizes: [Int] = []
            while try peek() != ")" {
                let digits = characters[position...].prefix(while: \.isNumber)
                guard let size = Int(String(digits)) else { throw malformed("a non-negative integer size") }
                sizes.append(size)
                position += digits.count
                if try peek() == "," { position += 1 }
            }
            position += 1
            return .tuple(sizes)
        }
        for (word, flag) in [("True", true), ("False", false)] where characters[position...].starts(with: word) {
            position += word.count
            return .bool(flag)
        }
        throw malformed("a string, True/False or a tuple of sizes")
    }

    /// The next non-blank character, without consuming it.
    private mutating func peek() throws -> Character {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
        guard position < characters.count else { throw malformed("more text") }
        return characters[position]
    }

    private mutating func expect(_ character: Character) throws {
        guard try peek() == character else { throw malformed("'\(character)'") }
        position += 1
    }

    private func malformed(_ expected: String) -> DatasetError {
        DatasetError(
            "\(source): malformed .npy header (expected \(expected) at character \(position) of "
                + "\"\(String(characters))\")")
    }
}
