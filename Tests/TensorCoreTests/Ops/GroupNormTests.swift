import Foundation
import TensorCore
import TestSupport
import XCTest

/// Group and instance normalisation: values against a Double reference for every grouping and
/// rank, precision with a large common offset, errors, and gradients of first and second order.
final class GroupNormTests: XCTestCase {
    func testGroupNormMatchesTheReferenceForEveryGrouping() {
        forEachSeed { generator, seed in
            let x = RandomCases.tensor([2, 6, 3, 4], in: -3...3, using: &generator)
            let weight = RandomCases.tensor([6], in: 0.5...1.5, using: &generator)
            let bias = RandomCases.tensor([6], using: &generator)
            for groups in [1, 2, 3, 6] {
                assertClose(
                    try x.groupNorm(groups: groups, weight: weight, bias: bias),
                    referenceNormalization(Reference(x), pooling: .groups(groups), weight: weight, bias: bias),
                    "groups \(groups), seed \(seed)")
                assertClose(
                    try x.groupNorm(groups: groups),
                    referenceNormalization(Reference(x), pooling: .groups(groups)),
                    "groups \(groups) without affine, seed \(seed)")
            }
        }
    }

    func testGroupNormAcceptsAnyRankFromTwo() throws {
        var generator = SeededGenerator(seed: 5)
        for shape in [[3, 4], [2, 4, 5], [1, 2, 2, 3, 2]] {
            let x = RandomCases.tensor(shape, in: -2...2, using: &generator)
            assertClose(try x.groupNorm(groups: 2), referenceNormalization(Reference(x), pooling: .groups(2)), "shape \(shape)")
        }
    }

    func testInstanceNormIsGroupNormWithOneChannelPerGroup() throws {
        var generator = SeededGenerator(seed: 6)
        let x = RandomCases.tensor([3, 4, 5, 5], in: -2...2, using: &generator)
        let weight = RandomCases.tensor([4], using: &generator)
        let bias = RandomCases.tensor([4], using: &generator)
        let y = try x.instanceNorm(weight: weight, bias: bias)
        XCTAssertEqual(y.scalars, try x.groupNorm(groups: 4, weight: weight, bias: bias).scalars)
        assertClose(y, referenceNormalization(Reference(x), pooling: .groups(4), weight: weight, bias: bias))
    }

    func testGroupNormOfLargeGroupsWithOddSizesMatchesTheReference() throws {
        // 8 channels · 17·17 positions = 2312 values per group: crosses the SIMD tails and the
        // Float-to-Double folding of the sums.
        var generator = SeededGenerator(seed: 7)
        let x = RandomCases.tensor([2, 16, 17, 17], in: -3...3, using: &generator)
        assertClose(try x.groupNorm(groups: 2), referenceNormalization(Reference(x), pooling: .groups(2)))
    }

    func testGroupNormKeepsPrecisionUnderALargeOffset() throws {
        // E[x²] − E[x]² would lose every digit here; the centred two-pass statistics keep them.
        var generator = SeededGenerator(seed: 8)
        let noise = RandomCases.tensor([2, 2, 64], in: -1...1, using: &generator)
        let x = try noise + 1000
        let expected = referenceNormalization(Reference(x), pooling: .groups(1))
        assertClose(try x.groupNorm(groups: 1), expected, tolerance: Tolerance(absolute: 2e-3, relative: 1e-3))
    }

    func testGroupNormOfAConstantGroupIsTheBias() throws {
        let x = Tensor.full([1, 2, 3], 7)
        let y = try x.groupNorm(groups: 2, weight: Tensor([2, 3]), bias: Tensor([0.5, -1]))
        assertEqual(y, shape: [1, 2, 3], [0.5, 0.5, 0.5, -1, -1, -1])
    }

    func testGroupNormRejectsBadInput() {
        assertThrowsTensorError(mentioning: ["4 groups", "6 channels", "[2, 6, 3]"]) {
            try Tensor.zeros([2, 6, 3]).groupNorm(groups: 4)
        }
        assertThrowsTensorError(mentioning: ["[6]"]) { try Tensor.zeros([6]).groupNorm(groups: 1) }
        assertThrowsTensorError(mentioning: ["weight", "[5]", "[2, 6, 3]"]) {
            try Tensor.zeros([2, 6, 3]).groupNorm(groups: 2, weight: Tensor.ones([5]))
        }
        assertThrowsTensorError(mentioning: ["bias", "[6, 1]"]) {
            try Tensor.zeros([2, 6, 3]).instanceNorm(bias: Tensor.ones([6, 1]))
        }
        assertThrowsTensorError(mentioning: ["0 groups"]) { try Tensor.zeros([2, 6, 3]).groupNorm(groups: 0) }
    }

    func testGroupNormGradientsMatchFiniteDifferences() {
        var generator = SeededGenerator(seed: 21)
        let x = RandomCases.tensor([2, 4, 3], in: -2...2, using: &generator)
        let weight = RandomCases.tensor([4], in: 0.5...1.5, using: &generator)
        let bias = RandomCases.tensor([4], using: &generator)
        checkGradients([x, weight, bias]) { try $0[0].groupNorm(groups: 2, weight: $0[1], bias: $0[2]) }
        checkGradients([x, weight]) { try $0[0].instanceNorm(weight: $0[1]) }
        checkGradients([x]) { try $0[0].groupNorm(groups: 1) }
    }

    func testInstanceNormSecondOrderGradientsMatchFiniteDifferences() {
        var generator = SeededGenerator(seed: 22)
        let x = RandomCases.tensor([2, 3, 4], in: -2...2, using: &generator)
        let weight = RandomCases.tensor([3], in: 0.5...1.5, using: &generator)
        let bias = RandomCases.tensor([3], using: &generator)
        checkSecondOrderGradients([x, weight, bias]) { try $0[0].instanceNorm(weight: $0[1], bias: $0[2]).tanh() }
        checkSecondOrderGradients([x]) { try $0[0].groupNorm(groups: 1) }
    }

    func testGroupNormThirdOrderGradientsMatchFiniteDifferences() {
        // f returns first-order gradients (recorded), so the check differentiates the norm's
        // backward rule twice: the rules of the gradient primitives are checked too.
        var generator = SeededGenerator(seed: 25)
        let x = RandomCases.tensor([2, 4, 3], in: -2...2, using: &generator)
        let weight = RandomCases.tensor([4], in: 0.5...1.5, using: &generator)
        let outer = RandomCases.tensor([2, 4, 3], using: &generator)
        checkSecondOrderGradients([x, weight]) { inputs in
            try GradMode.with(recording: true) {
                let (x, w) = (inputs[0].requiresGrad ? inputs[0] : inputs[0].requiringGrad(), inputs[1])
                let y = try x.groupNorm(groups: 2, weight: w, bias: nil).tanh()
                let g = try grad(of: (y * outer).sum(), wrt: [x], createGraph: true)[0]
                return try g * g
            }
        }
    }

    func testFusedAndRecordedBackwardPassesAgree() throws {
        var generator = SeededGenerator(seed: 23)
        let x = RandomCases.tensor([3, 8, 9, 9], in: -2...2, using: &generator).requiringGrad()
        let weight = RandomCases.tensor([8], in: 0.5...1.5, using: &generator).requiringGrad()
        let bias = RandomCases.tensor([8], using: &generator).requiringGrad()
        let seed = RandomCases.tensor([3, 8, 9, 9], using: &generator)
        let y = try x.groupNorm(groups: 4, weight: weight, bias: bias)
        let fused = try grad(of: y, wrt: [x, weight, bias], seed: seed)
        let recorded = try grad(of: y, wrt: [x, weight, bias], seed: seed, createGraph: true)
        for (f, r) in zip(fused, recorded) {
            assertClose(f, Reference(r.detach()), tolerance: Tolerance(absolute: 1e-4, relative: 1e-4))
        }
    }

    func testSplittingTheBatchAcrossWorkersChangesNoValue() throws {
        // 8 samples of 8·32·32 values: enough for the kernels to split the batch in two.
        var generator = SeededGenerator(seed: 24)
        let x = RandomCases.tensor([8, 8, 32, 32], in: -2...2, using: &generator).requiringGrad()
        let weight = RandomCases.tensor([8], in: 0.5...1.5, using: &generator).requiringGrad()
        let seed = RandomCases.tensor(x.shape, using: &generator)
        let results = try [1, 2].map { workers in
            try withWorkers(workers) {
                let y = try x.groupNorm(groups: 4, weight: weight)
                return [y] + (try grad(of: y, wrt: [x, weight], seed: seed))
            }
        }
        for (one, two) in zip(results[0], results[1]) { XCTAssertEqual(one.scalars, two.scalars) }
    }
}
