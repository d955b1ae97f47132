// The loop nest behind every broadcasting, permuting, slicing and reducing kernel.
//
// Goals, in priority order:
// 1. One correct walk over an n-dimensional index space where each operand has its own strides
//    (0 along broadcast axes), so every strided kernel shares the same index arithmetic.
// 2. Long inner runs: size-1 axes are dropped and adjacent axes merged wherever every operand is
//    contiguous across them, so `[N, C] + [C]` is one outer loop and one inner run of C, and
//    `[N, C] + [N, C]` is a single run of N*C.
// 3. No work per element beyond the kernel's own: offsets advance incrementally, per run.

/// A loop nest over an index space in which each operand walks memory with its own strides.
///
/// Kernels call `forEachRun` and do the innermost loop themselves over `innerCount` elements,
/// stepping operand `k` by `innerStrides[k]` from `offsets[k]`.
struct StridedLoop {
    /// Sizes of the merged axes, outermost first; `[1]` for a single element, contains 0 when empty.
    let sizes: [Int]
    /// Per operand, the stride of each merged axis.
    let strides: [[Int]]

    /// Merges `shape` with one stride list per operand (each of `shape.count` entries).
    init(shape: [Int], strides operandStrides: [[Int]]) {
        var sizes: [Int] = []
        var strides = [[Int]](repeating: [], count: operandStrides.count)
        for axis in shape.indices where shape[axis] != 1 {
            let size = shape[axis]
            let mergeable = !sizes.isEmpty && operandStrides.indices.allSatisfy { k in
                strides[k][strides[k].count - 1] == operandStrides[k][axis] * size
            }
            if mergeable {
                sizes[sizes.count - 1] *= size
                for k in strides.indices { strides[k][strides[k].count - 1] = operandStrides[k][axis] }
            } else {
                sizes.append(size)
                for k in strides.indices { strides[k].append(operandStrides[k][axis]) }
            }
        }
        if sizes.isEmpty {
            sizes = [1]
            strides = strides.map { _ in [0] }
        }
        self.sizes = sizes
        self.strides = strides
    }

    /// The number of elements visited.
    var count: Int { sizes.reduce(1, *) }

    /// The length of each inner run.
    var innerCount: Int { sizes[sizes.count - 1] }

    /// Per operand, the stride of the inner run.
    var innerStrides: [Int] { strides.map { $0[$0.count - 1] } }

    /// Calls `body` with each operand's starting offset, once per inner run, in row-major order.
    @inline(__always)
    func forEachRun(_ body: (_ offsets: [Int]) -> Void) {
        forEachBlock(innerAxes: 1, body)
    }

    /// Calls `body` with each operand's starting offset, once per block of the innermost
    /// `innerAxes` merged axes (which must exist), in row-major order.
    @inline(__always)
    func forEachBlock(innerAxes: Int, _ body: (_ offsets: [Int]) -> Void) {
        guard count > 0 else { return }
        let outerRank = sizes.count - innerAxes
        var index = [Int](repeating: 0, count: outerRank)
        var offsets = [Int](repeating: 0, count: strides.count)
        while true {
            body(offsets)
            var axis = outerRank - 1
            while axis >= 0 {
                index[axis] += 1
                for k in offsets.indices { offsets[k] += strides[k][axis] }
                if index[axis] < sizes[axis] { break }
                for k in offsets.indices { offsets[k] -= strides[k][axis] * sizes[axis] }
                index[axis] = 0
                axis -= 1
            }
            if axis < 0 { return }
        }
    }
}

extension Shape {
    /// The strides with which an operand of `shape` is read when broadcast to `target`:
    /// row-major strides, 0 along axes where the operand has size 1 or is missing.
    /// `shape` must be broadcastable to `target` (checked by the caller).
    static func broadcastStrides(_ shape: [Int], to target: [Int]) -> [Int] {
        let own = strides(shape)
        let lead = target.count - shape.count
        return target.indices.map { axis in
            axis < lead || shape[axis - lead] == 1 ? 0 : own[axis - lead]
        }
    }
}

/// Copies `sizes` elements between two strided layouts: `dst[dstOffset + i·dstStrides] =
/// src[srcOffset + i·srcStrides]` for every multi-index `i`. The one kernel behind permute,
/// broadcast, slicing and padding. A transposition of the two innermost axes (the source
/// contiguous along the second-innermost) is copied in cache-sized tiles.
@inline(__always)
func stridedCopy(
    sizes: [Int], from src: UnsafePointer<Float>, offset srcOffset: Int, strides srcStrides: [Int],
    to dst: UnsafeMutablePointer<Float>, offset dstOffset: Int, strides dstStrides: [Int]
) {
    let loop = StridedLoop(shape: sizes, strides: [dstStrides, srcStrides])
    let n = loop.innerCount
    let inner = loop.innerStrides
    let ds = inner[0], ss = inner[1]
    let r = loop.sizes.count
    if r >= 2 && ds == 1 && ss > 1 && loop.strides[1][r - 2] == 1 {
        copyTransposed(loop, from: src + srcOffset, to: dst + dstOffset)
        return
    }
    loop.forEachRun { offsets in
        let d = dst + dstOffset + offsets[0]
        let s = src + srcOffset + offsets[1]
        if ds == 1 && ss == 1 {
            d.update(from: s, count: n)
        } else if ds == 1 && ss == 0 {
            d.update(repeating: s.pointee, count: n)
        } else {
            for j in 0..<n { d[j * ds] = s[j * ss] }
        }
    }
}

/// The tiled copy of `stridedCopy` for a transposition of the two innermost merged axes:
/// the destination is contiguous along the innermost, the source along the second-innermost.
private func copyTransposed(_ loop: StridedLoop, from src: UnsafePointer<Float>, to dst: UnsafeMutablePointer<Float>) {
    let r = loop.sizes.count
    let rows = loop.sizes[r - 2], columns = loop.sizes[r - 1]
    let dstRow = loop.strides[0][r - 2], srcColumn = loop.strides[1][r - 1]
    // 8×8 tiles: a tile's 8 destination rows fit the 8 ways of one L1 set even when the row
    // stride is a power of two (32×32 tiles thrash there: 2048² ran 12× slower).
    let tile = 8
    loop.forEachBlock(innerAxes: 2) { offsets in
        let d = dst + offsets[0], s = src + offsets[1]
        for r0 in stride(from: 0, to: rows, by: tile) {
            let r1 = min(rows, r0 + tile)
            for c0 in stride(from: 0, to: columns, by: tile) {
                for c in c0..<min(columns, c0 + tile) {
                    for row in r0..<r1 { d[row * dstRow + c] = s[row + c * srcColumn] }
                }
            }
        }
    }
}
