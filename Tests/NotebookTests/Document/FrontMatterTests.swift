import XCTest
@testable import Notebook

/// The YAML front matter gives the title, the seed and typed parameters.
final class FrontMatterTests: XCTestCase {
    private let header = """
        ---
        title: SelMatch, step by step
        seed: 7
        author: someone
        params:
          quick: false
          ipc: 10
          lr: 0.01
          dataset: fashion
          sizes: [1, 10, 50]
        ---
        # Body

        """

    func testTitleSeedAndParamsAreRead() throws {
        let doc = try NotebookDocument(text: header, path: "n.md")
        XCTAssertEqual(doc.title, "SelMatch, step by step")
        XCTAssertEqual(doc.frontMatter.seed, 7)
        XCTAssertEqual(doc.frontMatter.params.map(\.name), ["quick", "ipc", "lr", "dataset", "sizes"])
        XCTAssertEqual(doc.frontMatter.params.map(\.value), [
            .bool(false), .int(10), .double(0.01), .string("fashion"), .list([.int(1), .int(10), .int(50)]),
        ])
        XCTAssertEqual(doc.frontMatter.endLine, 11)
    }

    func testFrontMatterLinesAreNotProse() throws {
        let doc = try NotebookDocument(text: header, path: "n.md")
        XCTAssertEqual(doc.blocks, [.prose(Prose(lines: 12...12, markdown: "# Body\n"))])
    }

    func testNoFrontMatterMeansSeedZeroAndNoParams() throws {
        let doc = try NotebookDocument(text: "# Hi\n", path: "n.md")
        XCTAssertEqual(doc.frontMatter, FrontMatter())
    }

    func testOverridesAreParsedAsTheDefaultsType() throws {
        let matter = try NotebookDocument(text: header, path: "n.md").frontMatter
        let params = try matter.params(overriddenBy: ["ipc=50", "quick=true", "lr=1", "dataset=007", "sizes=[2, 3]"])
        XCTAssertEqual(params.map(\.value), [
            .bool(true), .int(50), .double(1), .string("007"), .list([.int(2), .int(3)]),
        ])
    }

    func testOverrideOfTheWrongTypeSaysWhichTypeIsExpected() throws {
        let matter = try NotebookDocument(text: header, path: "n.md").frontMatter
        XCTAssertThrowsError(try matter.params(overriddenBy: ["ipc=ten"])) { error in
            XCTAssertEqual("\(error)", "parameter 'ipc' is an Int (from its default); 'ten' is not an Int")
        }
        XCTAssertThrowsError(try matter.params(overriddenBy: ["quick=1"]))
    }

    func testOverrideOfAnUnknownParameterSuggestsTheClosestName() throws {
        let matter = try NotebookDocument(text: header, path: "n.md").frontMatter
        XCTAssertThrowsError(try matter.params(overriddenBy: ["ipcs=3"])) { error in
            XCTAssertEqual(error as? ParamError, .unknown(name: "ipcs", known: ["quick", "ipc", "lr", "dataset", "sizes"]))
            XCTAssertTrue("\(error)".contains("did you mean 'ipc'?"), "\(error)")
        }
        XCTAssertThrowsError(try matter.params(overriddenBy: ["ipc"])) { error in
            XCTAssertEqual(error as? ParamError, .malformed("ipc"))
        }
    }

    func testUnclosedFrontMatterIsAProblemOnLineOne() {
        XCTAssertThrowsError(try NotebookDocument(text: "---\ntitle: x\n# body\n", path: "n.md")) { error in
            let problems = (error as? NotebookLoadError)?.problems
            XCTAssertEqual(problems?.map(\.line), [1])
        }
    }

    func testInvalidYAMLIsAProblemAtItsNotebookLine() {
        XCTAssertThrowsError(try NotebookDocument(text: "---\ntitle: x\nseed: [1\n---\n", path: "n.md")) { error in
            let problem = (error as? NotebookLoadError)?.problems.first
            XCTAssertNotNil(problem)
            XCTAssertGreaterThanOrEqual(problem?.line ?? 0, 3)
            XCTAssertTrue(problem?.message.hasPrefix("the front matter is not valid YAML") ?? false)
        }
    }

    func testNegativeSeedIsRejectedAtItsLine() {
        XCTAssertThrowsError(try NotebookDocument(text: "---\nseed: -1\n---\n", path: "n.md")) { error in
            let problem = (error as? NotebookLoadError)?.problems.first
            XCTAssertEqual(problem?.line, 2)
            XCTAssertEqual(problem?.column, 7)
        }
    }

    func testParamWithoutDefaultIsRejected() {
        XCTAssertThrowsError(try NotebookDocument(text: "---\nparams:\n  ipc:\n---\n", path: "n.md")) { error in
            let problem = (error as? NotebookLoadError)?.problems.first
            XCTAssertEqual(problem?.line, 3)
            XCTAssertTrue(problem?.message.contains("parameter 'ipc' needs a default") ?? false)
        }
    }
}
