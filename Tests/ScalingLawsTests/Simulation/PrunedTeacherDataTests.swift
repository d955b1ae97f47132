import Foundation
import Testing
@testable import ScalingLaws

struct PrunedTeacherDataTests {
    static func draw(_ keep: KeepRule, angle: Double = 0, seed: UInt64 = 1) throws -> PrunedTeacherData {
        var g = Xoshiro256StarStar(seed: seed)
        return try PrunedTeacherData(dimension: 10, totalCount: 500, keptCount: 100, keep: keep, probeAngle: angle, generator: &g)
    }

    @Test("sample counts round α_prune·d and P_kept/f")
    func counts() throws {
        let c = PrunedTeacherData.counts(for: try PruningProblem(alphaPrune: 0.437, fraction: 0.6, keep: .hard), dimension: 200)
        #expect(c.kept == 87 && c.total == 145)
        let one = PrunedTeacherData.counts(for: try PruningProblem(alphaPrune: 1e-4, fraction: 1, keep: .easy), dimension: 50)
        #expect(one.kept == 1 && one.total == 1)
    }

    @Test("hard keeps the smallest |p| and easy the largest, from the same draw")
    func selectionByProbeMargin() throws {
        let hard = try Self.draw(.hard), easy = try Self.draw(.easy)
        let hardMargins = (0..<100).map { abs(hard.samples[$0 * 10]) }
        let easyMargins = (0..<100).map { abs(easy.samples[$0 * 10]) }
        #expect(hardMargins.max()! < easyMargins.min()!)
        // 100 of 500 standard normals: the hard threshold is near the 20% quantile of |p|, 0.253.
        #expect(abs(hardMargins.max()! - 0.253) < 0.08)
    }

    @Test("every kept sample is classified correctly by the teacher")
    func labelsComeFromTeacher() throws {
        for angle in [0.0, 0.5] {
            let data = try Self.draw(.easy, angle: angle)
            for i in 0..<data.count {
                let field = (0..<10).reduce(0.0) { $0 + data.samples[i * 10 + $1] * data.teacher[$1] }
                #expect(field > 0)
            }
        }
    }

    @Test("the probe sits at the requested angle to the teacher")
    func probeAngle() throws {
        let data = try Self.draw(.hard, angle: 0.3)
        // The probe is e₁: its cosine with the unit teacher is teacher[0].
        #expect(abs(acos(data.teacher[0]) - 0.3) < 1e-15)
        #expect(abs(data.teacher.reduce(0) { $0 + $1 * $1 } - 1) < 1e-15)
    }

    @Test("impossible sizes are rejected")
    func rejectsBadSizes() {
        var g = Xoshiro256StarStar(seed: 1)
        #expect(throws: ScalingLawError.self) {
            try PrunedTeacherData(dimension: 1, totalCount: 5, keptCount: 2, keep: .hard, probeAngle: 0, generator: &g)
        }
        #expect(throws: ScalingLawError.self) {
            try PrunedTeacherData(dimension: 5, totalCount: 5, keptCount: 6, keep: .hard, probeAngle: 0, generator: &g)
        }
    }
}
