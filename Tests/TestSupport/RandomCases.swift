import TensorCore

/// Random test inputs drawn from a seeded generator: tensors of well-scaled values and shapes
/// that exercise broadcasting's corner cases.
public enum RandomCases {
    /// A tensor of `shape` with values uniform in `range`.
    public static func tensor(
        _ shape: [Int], in range: ClosedRange<Float> = -1...1, using generator: inout SeededGenerator
    ) -> Tensor {
        let values = (0..<shape.reduce(1, *)).map { _ in
            range.lowerBound + (range.upperBound - range.lowerBound) * generator.uniformFloat()
        }
        return try! Tensor(shape: shape, scalars: values)
    }

    /// A tensor of `shape` whose values are at least `margin` away from 0 in magnitude
    /// (|x| in margin...1, random sign): for ops with a kink or pole at 0 (relu, abs, division).
    public static func tensorAwayFromZero(
        _ shape: [Int], margin: Float = 0.1, using generator: inout SeededGenerator
    ) -> Tensor {
        let values = (0..<shape.reduce(1, *)).map { _ -> Float in
            let magnitude = margin + (1 - margin) * generator.uniformFloat()
            return generator.below(2) == 0 ? magnitude : -magnitude
        }
        return try! Tensor(shape: shape, scalars: values)
    }

    /// Shape pairs covering broadcasting's corner cases: scalars, size-1 axes on either side,
    /// missing leading axes, and empty axes.
    public static let broadcastPairs: [([Int], [Int])] = [
        ([], []), ([], [3]), ([2, 3], []), ([3], [3]), ([2, 3], [3]), ([2, 3], [2, 1]),
        ([2, 1], [1, 3]), ([1], [4, 2]), ([4, 1, 3], [5, 1]), ([2, 1, 1, 3], [1, 4, 2, 1]),
        ([0], [1]), ([0, 3], [3]), ([2, 0], [2, 1]), ([1, 3], [0, 1]),
    ]

    /// A random shape of rank 0...maxRank with sizes 1...maxSize (0 allowed when `allowEmpty`).
    public static func shape(
        maxRank: Int = 4, maxSize: Int = 4, allowEmpty: Bool = false, using generator: inout SeededGenerator
    ) -> [Int] {
        (0..<generator.below(maxRank + 1)).map { _ in
            allowEmpty && generator.below(8) == 0 ? 0 : 1 + generator.below(maxSize)
        }
    }

    /// A random pair of shapes that broadcast together: a base shape, then for each operand some
    /// leading axes dropped and some sizes replaced by 1.
    public static func broadcastPair(
        maxRank: Int = 4, maxSize: Int = 4, using generator: inout SeededGenerator
    ) -> ([Int], [Int]) {
        let base = shape(maxRank: maxRank, maxSize: maxSize, allowEmpty: true, using: &generator)
        func derive(_ generator: inout SeededGenerator) -> [Int] {
            let dropped = generator.below(base.count + 1)
            return base.dropFirst(dropped).map { generator.below(3) == 0 ? 1 : $0 }
        }
        let a = derive(&generator)
        return (a, derive(&generator))
    }
}
