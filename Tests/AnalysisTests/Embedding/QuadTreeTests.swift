@testable import Analysis
import TensorCore
import XCTest

/// The Barnes–Hut quadtree's invariants.
final class QuadTreeTests: XCTestCase {
    func check(_ positions: [Double], file: StaticString = #filePath, line: UInt = #line) {
        let n = positions.count / 2
        positions.withUnsafeBufferPointer { p in
            let tree = QuadTree(positions: p.baseAddress!, count: n)
            XCTAssertEqual(Int(tree.nodes[0].count), n, file: file, line: line)
            XCTAssertEqual(tree.order.sorted(), (0..<n).map { Int32($0) }, "every point once", file: file, line: line)
            for node in tree.nodes where node.count > 0 {
                var (sx, sy) = (0.0, 0.0)
                for s in Int(node.start)..<Int(node.end) {
                    let i = Int(tree.order[s])
                    sx += positions[2 * i]
                    sy += positions[2 * i + 1]
                    XCTAssertLessThanOrEqual(abs(positions[2 * i] - node.centreX), node.halfWidth, file: file, line: line)
                    XCTAssertLessThanOrEqual(abs(positions[2 * i + 1] - node.centreY), node.halfWidth, file: file, line: line)
                }
                XCTAssertEqual(Int(node.end - node.start), Int(node.count), file: file, line: line)
                XCTAssertEqual(node.massX, sx / Double(node.count), accuracy: 1e-12, file: file, line: line)
                XCTAssertEqual(node.massY, sy / Double(node.count), accuracy: 1e-12, file: file, line: line)
                if node.firstChild >= 0 {
                    let children = (0..<4).map { tree.nodes[Int(node.firstChild) + $0] }
                    XCTAssertEqual(children.reduce(0) { $0 + Int($1.count) }, Int(node.count), file: file, line: line)
                } else {
                    XCTAssertTrue(node.count <= QuadTree.leafCapacity || node.halfWidth < 1e-9, file: file, line: line)
                }
            }
        }
    }

    func testCellsHoldTheirPointsAndTheirCentreOfMass() {
        var generator = SeededGenerator(seed: 1)
        check((0..<1000).map { _ in generator.normal() })
    }

    func testCoincidentPointsEndInOneDeepLeaf() {
        check([Double](repeating: 3, count: 40) + [0, 0])
    }
}
