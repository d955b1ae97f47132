import Foundation

/// Sample statistics of repeated measurements.
public enum Statistics {
    /// The arithmetic mean (NaN for no values).
    public static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count)
    }

    /// The sample standard deviation with n − 1 in the denominator (NaN for fewer than 2 values).
    public static func standardDeviation(_ values: [Double]) -> Double {
        guard values.count >= 2 else { return .nan }
        let m = mean(values)
        return (values.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(values.count - 1)).squareRoot()
    }

    /// The standard error of the mean: standard deviation / √n.
    public static func standardError(_ values: [Double]) -> Double {
        standardDeviation(values) / Double(values.count).squareRoot()
    }
}
