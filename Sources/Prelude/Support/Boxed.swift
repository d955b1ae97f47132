import CellLanguage

/// How one core type appears in cells: the type name users see (and write in annotations)
/// and the one-line summary a cell result shows. Each topic declares its kinds
/// (`BoxKind<PCA>.pca`, `BoxKind<LabeledSet>.dataset`, …).
struct BoxKind<Wrapped> {
    /// The name in the language: `PCA`, `Dataset`.
    let typeName: String
    /// The summary of a value: `PCA: 2 of 784 dimensions, 47.2% of the variance`.
    let summary: (Wrapped) -> String
}

/// A core value (a set, a model, a fitted PCA, …) as a cell value. The core types are values;
/// the box only carries one, and methods that change something return a new box.
final class Boxed<Wrapped>: NativeObject {
    /// The core value.
    let value: Wrapped
    /// Its name and summary.
    let kind: BoxKind<Wrapped>

    init(_ value: Wrapped, _ kind: BoxKind<Wrapped>) {
        self.value = value
        self.kind = kind
    }

    var typeName: String { kind.typeName }

    var summary: String { kind.summary(value) }
}

extension Value {
    /// A core value as a cell value of the given kind.
    static func boxed<Wrapped>(_ value: Wrapped, _ kind: BoxKind<Wrapped>) -> Value {
        .native(Boxed(value, kind))
    }

    /// The core value of a boxed cell value of the given kind.
    /// - Throws: a `CellError` naming the expected type when the value is of another.
    func unboxed<Wrapped>(_ kind: BoxKind<Wrapped>) throws -> Wrapped {
        guard let box = unwrapped?.asNative(Boxed<Wrapped>.self) else {
            throw CellError("expected a value of type \(kind.typeName), not \(typeName)")
        }
        return box.value
    }
}

extension Arguments {
    /// Parameter `i` as the core value of a boxed argument of the given kind.
    func unboxed<Wrapped>(_ i: Int, _ kind: BoxKind<Wrapped>) throws -> Wrapped {
        try self[i].unboxed(kind)
    }

    /// The core value of a method's receiver of the given kind.
    func receiver<Wrapped>(_ kind: BoxKind<Wrapped>) throws -> Wrapped {
        guard let receiver else { throw CellError("\(functionName) must be called on a \(kind.typeName)") }
        return try receiver.unboxed(kind)
    }
}
