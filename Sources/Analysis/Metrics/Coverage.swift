import TensorCore

/// SelMatch's coverage (§3.2): the fraction of real (test) points that lie within radius `r`
/// of some synthetic or selected point in a feature space, with `r` the mean nearest-neighbour
/// distance among the real training points; and the same split into easy and hard points.
///
/// The paper's formula text could not be checked (METHODS.md §14), so each unknown is a
/// parameter: which neighbour and which statistic set the radius (`radius(of:neighbour:statistic:)`
/// defaults to the mean distance to the nearest neighbour), whether "within" includes the
/// boundary (it does: `distance ≤ r`), and how points are split by difficulty
/// (`DifficultySplit`, default: the hardest half is "hard", as SelMatch's 50% halves by
/// forgetting score). The feature space is the caller's choice (METHODS.md: a network trained
/// on the full data makes coverage comparable across methods).
public struct Coverage: Equatable {
    /// How the neighbour distances among the training points become one radius.
    public enum RadiusStatistic: Equatable {
        /// The mean (SelMatch's definition as the issue states it).
        case mean
        /// The median (robust to isolated points).
        case median
    }

    /// The radius that was used.
    public let radius: Float
    /// For each reference point, its distance to the nearest synthetic point.
    public let nearestDistances: [Float]
    /// For each reference point, whether that distance is at most `radius`.
    public let covered: [Bool]

    /// The fraction of reference points covered, in [0, 1].
    public var fraction: Double { covered.isEmpty ? .nan : Double(covered.filter { $0 }.count) / Double(covered.count) }

    /// Which reference points are within `radius` of some synthetic point.
    /// - Parameters:
    ///   - reference: `[R, D]` real points to cover (SelMatch: the test set's features).
    ///   - synthetic: `[S, D]` synthetic or selected points in the same feature space.
    ///   - radius: `r ≥ 0`, usually `Coverage.radius(of: trainingFeatures)`.
    /// - Cost: one nearest-neighbour search, `2·R·S·D` flops.
    public init(of reference: Tensor, by synthetic: Tensor, radius: Float) throws {
        guard radius >= 0, radius.isFinite else { throw TensorError("Coverage: the radius must be finite and ≥ 0, got \(radius)") }
        let found = try NearestNeighbors.search(reference, in: synthetic, k: 1)
        self.radius = radius
        self.nearestDistances = found.distances
        self.covered = found.distances.map { $0 <= radius }
    }

    /// SelMatch's radius: a statistic (default the mean) of each training point's distance to
    /// its `neighbour`-th nearest other training point (default 1, the nearest).
    /// - Parameter training: `[N, D]` real training features, `N > neighbour`.
    /// - Cost: `2·N²·D` flops (one blocked search of the set against itself).
    public static func radius(of training: Tensor, neighbour: Int = 1, statistic: RadiusStatistic = .mean) throws -> Float {
        let found = try NearestNeighbors.searchWithin(training, k: neighbour)
        var distances = (0..<found.queryCount).map { Double(found.distances[$0 * neighbour + neighbour - 1]) }
        switch statistic {
        case .mean:
            return Float(distances.reduce(0, +) / Double(distances.count))
        case .median:
            distances.sort()
            let c = distances.count
            return Float(c % 2 == 1 ? distances[c / 2] : (distances[c / 2 - 1] + distances[c / 2]) / 2)
        }
    }

    /// Coverage of the easy and of the hard reference points separately.
    /// - Parameters:
    ///   - difficulty: one score per reference point, larger meaning harder (forgetting counts
    ///     as they are; negate C-scores, where lower means harder).
    ///   - split: which points count as hard.
    /// - Returns: the two fractions and group sizes; a fraction is NaN when its group is empty.
    public func split(by difficulty: [Double], _ split: DifficultySplit = .hardestFraction(0.5)) throws -> CoverageSplit {
        guard difficulty.count == covered.count else {
            throw TensorError("Coverage.split: \(difficulty.count) difficulty scores for \(covered.count) reference points; pass one per point")
        }
        guard !difficulty.contains(where: { $0.isNaN }) else {
            throw TensorError("Coverage.split: a difficulty score is NaN; give every point a number")
        }
        let hard = try split.hardMask(difficulty)
        func fraction(_ wanted: Bool) -> (Double, Int) {
            let members = (0..<covered.count).filter { hard[$0] == wanted }
            guard !members.isEmpty else { return (.nan, 0) }
            return (Double(members.filter { covered[$0] }.count) / Double(members.count), members.count)
        }
        let (easyFraction, easyCount) = fraction(false)
        let (hardFraction, hardCount) = fraction(true)
        return CoverageSplit(easy: easyFraction, hard: hardFraction, easyCount: easyCount, hardCount: hardCount)
    }
}

/// Coverage of the easy and the hard points of a reference set.
public struct CoverageSplit: Equatable {
    /// The fraction of easy points covered (NaN when there are none).
    public let easy: Double
    /// The fraction of hard points covered (NaN when there are none).
    public let hard: Double
    /// How many points are easy.
    public let easyCount: Int
    /// How many points are hard.
    public let hardCount: Int
}

/// How difficulty scores (larger = harder) divide points into easy and hard.
public enum DifficultySplit: Equatable {
    /// The `fraction` of points with the largest scores are hard (`round(fraction·n)` points;
    /// among equal scores the lower index counts as harder). SelMatch uses halves: 0.5.
    case hardestFraction(Double)
    /// Points whose score is strictly above `threshold` are hard.
    case threshold(Double)

    /// `true` for each hard point.
    func hardMask(_ scores: [Double]) throws -> [Bool] {
        switch self {
        case .threshold(let t):
            return scores.map { $0 > t }
        case .hardestFraction(let f):
            guard f >= 0, f <= 1 else { throw TensorError("DifficultySplit.hardestFraction: the fraction must be in [0, 1], got \(f)") }
            let count = Int((f * Double(scores.count)).rounded())
            let order = scores.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
            var mask = [Bool](repeating: false, count: scores.count)
            for i in order.prefix(count) { mask[i] = true }
            return mask
        }
    }
}
