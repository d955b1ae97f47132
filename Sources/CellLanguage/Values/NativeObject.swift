/// A domain object that the Prelude brings into the language: a Tensor, a Dataset, a Model, a
/// Figure, …. The language knows only these few requirements; the object's constructors,
/// properties, methods, subscripts and operators are registered in a `NativeRegistry` under
/// `typeName` (see `NativeTypeDefinition`).
///
/// Objects are held by reference: `let b = a` shares the object. Equality is identity unless
/// the registry defines `==` for the type.
public protocol NativeObject: AnyObject {
    /// The type name users see and write in annotations: `Tensor`, `Dataset`.
    var typeName: String { get }
    /// A short one-line summary shown when the object is a cell's result, e.g.
    /// `Tensor [64, 10] Float: [0.12, -0.5, …]`.
    var summary: String { get }
    /// What `print(x)` and string interpolation show; defaults to `summary`.
    var printed: String { get }
    /// Members the object answers itself (after the registry's properties and methods);
    /// nil when it has none by that name. Defaults to none.
    func member(named name: String) -> Value?
    /// Names `member(named:)` answers, for completion and "did you mean"; defaults to none.
    var memberNames: [String] { get }
}

extension NativeObject {
    /// Defaults to `summary`.
    public var printed: String { summary }
    /// Defaults to no members of its own.
    public func member(named name: String) -> Value? { nil }
    /// Defaults to no members of its own.
    public var memberNames: [String] { [] }
}

/// A native object that is a figure: shown under its cell and saved as files by the runner.
///
/// Native code calls `CallContext.show(_:)` to display one; a cell whose result is a figure
/// is shown the same way. The runner decides where files go (`Figures/<notebook>/`).
public protocol FigureObject: NativeObject {
    /// A file-name stem the figure asks for (`"loss"`), or nil to let the runner number it.
    var figureName: String? { get }
    /// Writes the figure's files (e.g. `stem.png` at 2x and `stem.svg`) into `directory`,
    /// atomically, and returns the paths written, the displayed one first.
    func writeFiles(toDirectory directory: String, stem: String) throws -> [String]
}
