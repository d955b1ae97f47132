import CellLanguage
import XCTest

/// A stand-in domain type, registered the way the Prelude registers Tensor or Model.
final class Vector: NativeObject {
    var values: [Double]
    init(_ values: [Double]) { self.values = values }
    var typeName: String { "Vector" }
    var summary: String { "Vector(\(values.count)): \(values)" }
}

/// A figure type, to check that showing one reaches the host.
final class Sketch: FigureObject {
    var typeName: String { "Sketch" }
    var summary: String { "Sketch" }
    var figureName: String? { "sketch" }
    func writeFiles(toDirectory directory: String, stem: String) throws -> [String] { ["\(directory)/\(stem).png"] }
}

/// The native registry: functions with labels, defaults and types; native types with
/// constructors, properties, methods, subscripts and operators; help; progress; figures.
final class RegistryTests: XCTestCase {
    func makeRegistry() -> NativeRegistry {
        let registry = NativeRegistry.standard()
        let vector = registry.defineType("Vector", topic: "Linear algebra", doc: "A vector of Doubles.")
        registry.define(
            "Vector", parameters: [Parameter(nil, name: "values", type: .array(.double))], returns: .named("Vector"),
            topic: "Linear algebra", doc: "Makes a vector."
        ) { args, _ in .native(Vector(try args.doubles(0))) }
        vector.property("elements", type: .array(.double), doc: "The values, as an array.") {
            .array(($0.asNative(Vector.self)?.values ?? []).map(Value.double))
        }
        vector.property("count", type: .int, doc: "The number of values.") { .int(try Arguments([$0], parameters: []).native(0, as: Vector.self).values.count) }
        vector.property(
            "first", type: .double, doc: "The first value (settable).",
            get: { .double($0.asNative(Vector.self)?.values.first ?? 0) },
            set: { receiver, value in receiver.asNative(Vector.self)?.values[0] = value.asDouble ?? 0 })
        vector.method(
            "sum", parameters: [Parameter("scaledBy", type: .double, default: .double(1))], returns: .double, doc: "The scaled sum."
        ) { args, _ in
            .double(try args.receiver(as: Vector.self).values.reduce(0, +) * (try args.double(0)))
        }
        vector.subscripting(
            doc: "The i-th value.",
            get: { receiver, indices, _ in
                guard let v = receiver.asNative(Vector.self), let i = indices.first?.asInt, v.values.indices.contains(i) else {
                    throw CellError("vector index out of range")
                }
                return .double(v.values[i])
            },
            set: { receiver, indices, value, _ in
                guard let v = receiver.asNative(Vector.self), let i = indices.first?.asInt else { return }
                v.values[i] = value.asDouble ?? 0
            })
        registry.defineOperator(NativeOperator("+", lhs: .named("Vector"), rhs: .named("Vector")) { a, b, _ in
            let x = a.asNative(Vector.self)?.values ?? [], y = b.asNative(Vector.self)?.values ?? []
            return .native(Vector(zip(x, y).map(+)))
        })
        registry.defineOperator(NativeOperator("*", lhs: .named("Vector"), rhs: .double) { a, b, _ in
            .native(Vector((a.asNative(Vector.self)?.values ?? []).map { $0 * (b.asDouble ?? 0) }))
        })
        registry.defineOperator(NativeOperator("*", lhs: .double, rhs: .named("Vector")) { a, b, _ in
            .native(Vector((b.asNative(Vector.self)?.values ?? []).map { $0 * (a.asDouble ?? 0) }))
        })
        registry.defineOperator(NativeOperator(prefix: "-", operand: .named("Vector")) { a, _ in
            .native(Vector((a.asNative(Vector.self)?.values ?? []).map { -$0 }))
        })
        registry.define(
            "train", parameters: [Parameter("steps", type: .int, default: .int(3))], topic: "Training",
            doc: "Pretends to train, reporting progress."
        ) { args, context in
            let steps = try args.int(0)
            for step in 1...steps {
                try context.checkCancellation()
                context.progress(step: step, total: steps, message: "training", metrics: [.init("loss", 1.0 / Double(step))])
            }
            return .int(steps)
        }
        registry.define("sketch", parameters: [], topic: "Plots", doc: "Shows a sketch.") { _, context in
            context.show(Sketch())
            return .void
        }
        registry.define(
            "applyTwice", parameters: [Parameter(nil, name: "f", type: .function([.any], .any)), Parameter(nil, name: "x")],
            topic: "Functional", doc: "f(f(x))."
        ) { args, context in
            try context.call(args[0], [try context.call(args[0], [args[1]])])
        }
        registry.defineStatic("Vector", "zero", .native(Vector([0, 0])))
        return registry
    }

    func testNativeConstructorsPropertiesMethodsAndSubscripts() {
        let session = Session(registry: makeRegistry())
        let result = session.run("""
        let v = Vector([1, 2, 3])
        print(v.count, v.sum(), v.sum(scaledBy: 2), v[1])
        v[0] = 10
        v.first = 7
        print(v[0], v.first)
        v
        """)
        XCTAssertEqual(result.errors.map(\.description), [])
        XCTAssertEqual(result.output, "3 6.0 12.0 2.0\n7.0 7.0\n")
        XCTAssertEqual(result.result, "Vector(3): [7.0, 2.0, 3.0]")
    }

    func testNativeSequencesIterateAndTakeArrayMethods() {
        let session = Session(registry: makeRegistry())
        let result = session.run("let v = Vector([1, 2])\nfor x in v { print(x) }\nprint(v.map { $0 * 10 }, Array(v.enumerated()))")
        XCTAssertEqual(result.errors.map(\.description), [])
        XCTAssertEqual(result.output, "1.0\n2.0\n[10.0, 20.0] [(offset: 0, element: 1.0), (offset: 1, element: 2.0)]\n")
    }

    func testNativeOperatorsAcceptNumbersOnEitherSide() {
        let session = Session(registry: makeRegistry())
        let result = session.run("print(Vector([1, 2]) + Vector([3, 4]), Vector([1, 2]) * 2, 3 * Vector([1]), -Vector([5]), Vector.zero)")
        XCTAssertEqual(result.output, "Vector(2): [4.0, 6.0] Vector(2): [2.0, 4.0] Vector(1): [3.0] Vector(1): [-5.0] Vector(2): [0.0, 0.0]\n")
        XCTAssertEqual(
            session.run("print(Vector([1]) + 1)").errors.first?.message,
            "binary operator '+' cannot be applied to operands of type 'Vector' and 'Int'")
    }

    func testBadArgumentsToANativeFunctionShowItsSignature() {
        let session = Session(registry: makeRegistry())
        let error = session.run("let v = Vector(values: [1])").errors.first
        XCTAssertEqual(error?.message, "extraneous argument label 'values:' in call")
        XCTAssertEqual(error?.notes.map(\.message), ["expected Vector(_ values: [Double]) -> Vector"])
        XCTAssertEqual(
            session.run("let v = Vector([\"a\"])").errors.first?.message,
            "cannot convert value of type '[String]' to expected argument type '[Double]'")
    }

    func testNativeCodeReportsProgressAndFiguresToTheHost() {
        let session = Session(registry: makeRegistry())
        XCTAssertEqual(session.run("train(steps: 2)\nsketch()").errors.map(\.description), [])
        XCTAssertEqual(session.host.events.map(\.step), [1, 2])
        XCTAssertEqual(session.host.events.last?.metrics, [ProgressEvent.Metric("loss", 0.5)])
        XCTAssertEqual(session.host.figures.first?.figureName, "sketch")
    }

    func testNativeCodeCallsBackIntoClosures() {
        let session = Session(registry: makeRegistry())
        XCTAssertEqual(session.run("print(applyTwice({ $0 * 3 }, 2))").output, "18\n")
        let failure = session.run("func bad(_ x: Int) -> Int {\n    x / 0\n}\nprint(applyTwice(bad, 1))")
        XCTAssertEqual(failure.errors.first?.message, "division by zero")
        XCTAssertEqual(failure.errors.first?.location.line, 2)
        XCTAssertEqual(failure.errors.first?.callStack.map(\.name), ["cell", "bad(_:)"])
    }

    func testHelpPrintsDocsAndTheTopicIndex() {
        let session = Session(registry: makeRegistry())
        XCTAssertEqual(session.run("help(train)").output, "train(steps: Int = 3)\n\nPretends to train, reporting progress.\n")
        let index = session.run("help()").output
        XCTAssertTrue(index.contains("Training:\n    train\n"), index)
        XCTAssertTrue(index.contains("Linear algebra:\n    Vector\n"), index)
        XCTAssertTrue(session.run("help(Vector)").output.hasPrefix("Vector\n\nA vector of Doubles.\n"))
        XCTAssertEqual(session.run("func f(_ x: Int, by y: Int = 2) -> Int { x * y }\nhelp(f)").output, "f(_ x: Int, by y: Int = …) -> Int\n")
        XCTAssertEqual(session.interpreter.help("trian"), "no help for 'trian'; did you mean 'train'?\n")
    }
}
