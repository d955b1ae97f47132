import CellLanguage
import Prelude
import XCTest

/// Every registered name is documented, `help()` lists the Prelude by topic, and the README's
/// API reference is the one the registry generates.
final class HelpTests: XCTestCase {
    func testEveryNameFunctionMemberAndParameterIsDocumented() {
        let registry = PreludeSession.registry
        for name in registry.names {
            XCTAssertNotNil(registry.help(name), "no help for \(name)")
            for function in registry.functions[name] ?? [] {
                XCTAssertFalse(function.doc.isEmpty, "\(function.signature) has no doc")
            }
            guard let type = registry.types[name] else { continue }
            XCTAssertFalse(type.doc.isEmpty, "type \(name) has no doc")
            for (member, methods) in type.methods {
                XCTAssertTrue(methods.allSatisfy { !$0.doc.isEmpty }, "\(name).\(member) has no doc")
            }
            for (member, property) in type.properties {
                XCTAssertFalse(property.doc.isEmpty, "\(name).\(member) has no doc")
            }
            for (member, functions) in type.staticMethods {
                XCTAssertTrue(functions.allSatisfy { !$0.doc.isEmpty }, "\(name).\(member) has no doc")
            }
        }
    }

    func testHelpListsThePreludeByTopicAndDocumentsATypesMembers() {
        let session = PreludeSession()
        let index = session.run("help()").output
        for topic in Prelude.topics {
            XCTAssertTrue(index.contains("\(topic):\n"), "help() lacks the topic \(topic)")
        }
        XCTAssertTrue(index.contains("Tensor"))
        let tensor = session.run("help(\"Tensor\")").output
        XCTAssertTrue(tensor.contains("Tensor.zeros(_ shape: [Int]) -> Tensor"), tensor)
        XCTAssertTrue(tensor.contains(".sum(axis: Int? = nil, keepDims: Bool = false) -> Tensor"), tensor)
        XCTAssertTrue(tensor.contains("[index]"), tensor)
        XCTAssertTrue(session.run("help(\"grad\")").output.hasPrefix("grad(of: Tensor, wrt: Any, createGraph: Bool = false) -> Any"))
    }

    func testTheReadmeAPIReferenceIsUpToDate() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let expected = APIReference.markdown(PreludeSession.registry).trimmingCharacters(in: .newlines)
        let current = try XCTUnwrap(APIReference.current(in: readme), "README.md has no API reference markers")
        let (old, new) = (current.components(separatedBy: "\n"), expected.components(separatedBy: "\n"))
        let first = old.indices.first { $0 >= new.count || old[$0] != new[$0] } ?? old.count
        XCTAssertTrue(old == new, """
            README.md's API reference is stale (first difference at its line \(first + 1): \
            README has "\(first < old.count ? old[first] : "<end>")", the registry gives "\(first < new.count ? new[first] : "<end>")"); \
            run `make api-reference` and commit README.md
            """)
    }

    func testTheReferenceHasASectionPerTopicAndEverySignature() {
        let registry = PreludeSession.registry
        let reference = APIReference.markdown(registry)
        for topic in Prelude.topics { XCTAssertTrue(reference.contains("\n### \(topic)\n"), topic) }
        XCTAssertTrue(reference.contains("- `Tensor.normal(_ shape: [Int], mean: Double = 0, std: Double = 1) -> Tensor` — "))
        XCTAssertTrue(reference.contains("- `.subset(perClass: Int) -> Dataset` — "))
        XCTAssertTrue(reference.contains("### Language basics"))
    }
}
