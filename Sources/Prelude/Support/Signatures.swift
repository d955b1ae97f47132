import CellLanguage

/// Shorthands for the parameters of native signatures, so each binding reads like its Swift
/// declaration: `[positional("x", .tensor), labeled("axis", .int, default: 0)]` is
/// `(_ x: Tensor, axis: Int = 0)`.
enum Signature {
    /// `_ name: T`: passed without a label.
    static func positional(_ name: String, _ type: TypeSpec = .any, default value: Value? = nil,
                           text: String? = nil) -> Parameter {
        Parameter(nil, name: name, type: type, default: value, defaultText: text)
    }

    /// `label: T`: passed with its label.
    static func labeled(_ label: String, _ type: TypeSpec = .any, default value: Value? = nil,
                        text: String? = nil) -> Parameter {
        Parameter(label, type: type, default: value, defaultText: text)
    }

    /// `label: T? = nil`: an optional labelled parameter.
    static func optional(_ label: String, _ type: TypeSpec) -> Parameter {
        Parameter(label, type: .optional(type), default: Value.none, defaultText: "nil")
    }

    /// `_ name: T? = nil`: an optional positional parameter.
    static func optionalPositional(_ name: String, _ type: TypeSpec) -> Parameter {
        Parameter(nil, name: name, type: .optional(type), default: Value.none, defaultText: "nil")
    }
}

extension TypeSpec {
    /// `Tensor`.
    static let tensor = TypeSpec.named("Tensor")
    /// `Dataset`.
    static let dataset = TypeSpec.named("Dataset")
    /// `Model`.
    static let model = TypeSpec.named("Model")
    /// `Parameters`.
    static let parameters = TypeSpec.named("Parameters")
    /// `TrainedModel`.
    static let trainedModel = TypeSpec.named("TrainedModel")
    /// `Figure`.
    static let figure = TypeSpec.named("Figure")
    /// `Axes`.
    static let axes = TypeSpec.named("Axes")
    /// `[Int]`.
    static let ints = TypeSpec.array(.int)
    /// `[Double]`.
    static let doubles = TypeSpec.array(.double)
    /// `[String]`.
    static let strings = TypeSpec.array(.string)
    /// `ClosedRange<Double>`, for axis limits (`0...1`).
    static let closedRange = TypeSpec.named("ClosedRange", arguments: [.double])
}
