/// A layer option chosen by its name in the reference code ("instancenorm", "leakyrelu",
/// "avgpooling"): an enum whose raw values are those names.
public protocol NamedOption: RawRepresentable, CaseIterable where RawValue == String {
    /// What the option is, for error messages ("normalisation", "activation", "pooling").
    static var optionKind: String { get }
}

extension NamedOption {
    /// The option named `name`.
    /// - Throws: for an unknown name; the message lists the known ones.
    public init(named name: String) throws {
        guard let value = Self(rawValue: name) else {
            throw NeuralNetError(
                "unknown \(Self.optionKind) \"\(name)\"; use one of \(Self.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self = value
    }
}
