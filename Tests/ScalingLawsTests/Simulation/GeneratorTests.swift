import Foundation
import Testing
@testable import ScalingLaws

struct GeneratorTests {
    @Test("SplitMix64 from state 0 gives the published first outputs")
    func splitMixReference() {
        var g = SplitMix64(state: 0)
        #expect([g.next(), g.next(), g.next()] == [16_294_208_416_658_607_535, 7_960_286_522_194_355_700, 487_617_019_471_545_679])
    }

    @Test("xoshiro256** seeded with 42 matches a transcription of the reference C code")
    func xoshiroReference() {
        var g = Xoshiro256StarStar(seed: 42)
        let expected: [UInt64] = [1_546_998_764_402_558_742, 6_990_951_692_964_543_102, 12_544_586_762_248_559_009,
                                  17_057_574_109_182_124_193, 18_295_552_978_065_317_476]
        #expect((0..<5).map { _ in g.next() } == expected)
    }

    @Test("Gaussian deviates have mean 0, variance 1 and kurtosis 3 (within 5 standard errors)")
    func gaussianMoments() {
        var g = Xoshiro256StarStar(seed: 3)
        let n = 200_000
        let x = (0..<n).map { _ in g.gaussian() }
        let mean = x.reduce(0, +) / Double(n)
        let variance = x.reduce(0) { $0 + $1 * $1 } / Double(n)
        let fourth = x.reduce(0) { $0 + $1 * $1 * $1 * $1 } / Double(n)
        #expect(abs(mean) < 5 / Double(n).squareRoot())
        #expect(abs(variance - 1) < 5 * 2.0.squareRoot() / Double(n).squareRoot())
        #expect(abs(fourth - 3) < 5 * 96.0.squareRoot() / Double(n).squareRoot())
    }

    @Test("derived seeds differ when any key differs and agree when all agree")
    func derivedSeeds() {
        let base = SplitMix64.derive(1, [2, 3, 4])
        #expect(base == SplitMix64.derive(1, [2, 3, 4]))
        #expect(base != SplitMix64.derive(1, [2, 3, 5]))
        #expect(base != SplitMix64.derive(1, [3, 2, 4]))
        #expect(base != SplitMix64.derive(2, [2, 3, 4]))
    }
}
