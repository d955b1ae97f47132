/// A compiled `func` or closure body: parameters, slots, captures, statements.
final class FunctionTemplate {
    /// One compiled parameter.
    struct CompiledParameter {
        let label: String?
        let name: String
        let type: TypeSpec?
        let defaultValue: (any ExprNode)?
        let isVariadic: Bool
        /// Where the argument is stored in the callee's frame.
        let target: LocalTarget
    }

    /// Where a captured variable comes from in the creating activation.
    enum CaptureSource {
        case cell(Int)
        case capture(Int)
    }

    let name: String
    let isClosure: Bool
    let parameters: [CompiledParameter]
    let returnType: TypeSpec?
    var body: [any StmtNode] = [] {
        didSet { bodyNode = sequence(body) }
    }
    /// The body as one node (the statement itself when there is only one).
    private(set) var bodyNode: any StmtNode = BlockNode([])
    var slotCount = 0
    var cellCount = 0
    var captureSources: [CaptureSource] = []
    /// For a closure without a parameter list: the number of `$n` it uses, or nil when it
    /// uses none (then it accepts and ignores any arguments).
    let anonymousArity: Int?
    let source: SourceText
    let range: SourceRange

    init(
        name: String, isClosure: Bool, parameters: [CompiledParameter], returnType: TypeSpec?,
        anonymousArity: Int?, source: SourceText, range: SourceRange
    ) {
        self.name = name
        self.isClosure = isClosure
        self.parameters = parameters
        self.returnType = returnType
        self.anonymousArity = anonymousArity
        self.source = source
        self.range = range
    }

    /// The parameters as the registry describes them (for matching and messages).
    lazy var signatureParameters: [Parameter] = parameters.map {
        Parameter(
            $0.label, name: $0.name, type: $0.type ?? .any, default: $0.defaultValue == nil ? nil : .void,
            defaultText: $0.defaultValue == nil ? nil : "…", variadic: $0.isVariadic)
    }

    /// Where the arguments go when every parameter is plain (no label, type, default or
    /// variadic): then a call with as many unlabelled arguments just stores them. Nil when
    /// some parameter needs matching or checking.
    lazy var plainTargets: [LocalTarget]? = parameters.allSatisfy {
        $0.label == nil && $0.type == nil && $0.defaultValue == nil && !$0.isVariadic
    } ? parameters.map(\.target) : nil

    /// `scaled(_:by:)` or `closure`.
    var selector: String {
        isClosure ? "closure" : name + "(" + parameters.map { ($0.label ?? "_") + ":" }.joined() + ")"
    }

    /// `scaled(_ x: Double, by factor: Double = …) -> Double`.
    var signature: String {
        name + "(" + signatureParameters.map(\.signature).joined(separator: ", ") + ")"
            + (returnType.map { " -> \($0)" } ?? "")
    }
}

/// Where a local lives in its frame.
enum LocalTarget {
    case slot(Int)
    case cell(Int)
    case global(Int)
}

/// A function value made by running a `func` declaration or closure expression: the
/// template plus the variables it captured.
final class UserFunction {
    let template: FunctionTemplate
    let captures: ContiguousArray<Box>

    init(_ template: FunctionTemplate, captures: ContiguousArray<Box>) {
        self.template = template
        self.captures = captures
    }

    var name: String { template.name }
    var selector: String { template.selector }

    var typeName: String {
        let parameters = template.parameters.map { $0.type?.description ?? "Any" }
        let arity = template.anonymousArity ?? parameters.count
        let shown = template.parameters.isEmpty ? Array(repeating: "Any", count: arity) : parameters
        return "(" + shown.joined(separator: ", ") + ") -> " + (template.returnType?.description ?? (template.isClosure ? "Any" : "()"))
    }
}
