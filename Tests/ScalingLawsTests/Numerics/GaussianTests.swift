import Foundation
import Testing
@testable import ScalingLaws

struct GaussianTests {
    @Test("density, distribution and tail take their textbook values")
    func textbookValues() {
        #expect(abs(Gaussian.pdf(0) - 0.398_942_280_401_432_7) < 1e-16)
        #expect(abs(Gaussian.cdf(1.959_963_984_540_054) - 0.975) < 1e-15)
        #expect(abs(Gaussian.cdf(-1) - 0.158_655_253_931_457_05) < 1e-16)
        #expect(abs(Gaussian.tail(10) / 7.619_853_024_160_527e-24 - 1) < 1e-12)
        #expect(abs(Gaussian.cdf(0.3) + Gaussian.tail(0.3) - 1) < 1e-16)
    }

    @Test("the quantile inverts the distribution function from 1e-300 to 1 − 1e-10")
    func quantileInvertsCDF() throws {
        for p in [1e-300, 1e-20, 1e-5, 0.02, 0.3, 0.5, 0.7, 0.975, 1 - 1e-10] {
            let x = try Gaussian.quantile(p)
            let back = p < 0.5 ? Gaussian.cdf(x) : 1 - Gaussian.tail(x)
            #expect(abs(back - p) <= 1e-13 * p, "p = \(p), x = \(x)")
        }
    }

    @Test("the quantile rejects probabilities outside (0, 1)", arguments: [0.0, 1.0, -0.1, 2.0, Double.nan])
    func quantileRejectsBadProbability(_ p: Double) {
        #expect(throws: ScalingLawError.self) { try Gaussian.quantile(p) }
    }

    @Test("the ramp moments match direct quadrature of (a − bz)₊ against φ")
    func rampMomentsMatchQuadrature() throws {
        let rule = try GaussLegendre(order: 200)
        for (a, b) in [(0.7, 0.3), (-0.4, 1.2), (2.0, 0.05), (-3.0, 0.9), (0.0, 1.0)] {
            // The integrand is smooth on each side of z = a/b; integrate the part z < a/b on [-40, a/b].
            let kink = a / b
            let lower = min(kink, -40.0)
            let g1 = rule.integrate(from: lower, to: kink) { z in Gaussian.pdf(z) * (a - b * z) }
            let g2 = rule.integrate(from: lower, to: kink) { z in Gaussian.pdf(z) * (a - b * z) * (a - b * z) }
            #expect(abs(GaussianRamp.first(a, b) - g1) < 1e-13, "G1(\(a), \(b))")
            #expect(abs(GaussianRamp.second(a, b) - g2) < 1e-13, "G2(\(a), \(b))")
            #expect(abs(GaussianRamp.step(a, b) - Gaussian.cdf(kink)) < 1e-16)
        }
    }

    @Test("the ramp moments obey ∂G₂/∂a = 2G₁, ∂G₂/∂b = 2bΦ and ∂G₁/∂a = Φ")
    func rampDerivatives() {
        let h = 1e-6
        for (a, b) in [(0.7, 0.3), (-0.4, 1.2), (1.5, 0.8)] {
            let dA = (GaussianRamp.second(a + h, b) - GaussianRamp.second(a - h, b)) / (2 * h)
            let dB = (GaussianRamp.second(a, b + h) - GaussianRamp.second(a, b - h)) / (2 * h)
            let d1 = (GaussianRamp.first(a + h, b) - GaussianRamp.first(a - h, b)) / (2 * h)
            #expect(abs(dA - 2 * GaussianRamp.first(a, b)) < 1e-8)
            #expect(abs(dB - 2 * b * GaussianRamp.step(a, b)) < 1e-8)
            #expect(abs(d1 - GaussianRamp.step(a, b)) < 1e-8)
        }
    }

    @Test("at b = 0 the ramp moments reduce to (a)₊, (a)₊² and the step")
    func rampAtZeroWidth() {
        #expect(GaussianRamp.first(0.5, 0) == 0.5 && GaussianRamp.first(-0.5, 0) == 0)
        #expect(GaussianRamp.second(0.5, 0) == 0.25 && GaussianRamp.second(-0.5, 0) == 0)
        #expect(GaussianRamp.all(0.5, 0) == (0.5, 0.25, 1))
    }
}
