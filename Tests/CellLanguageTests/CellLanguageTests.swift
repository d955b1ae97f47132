// Tests of the CellLanguage module; one behaviour per test, named for it.
import CellLanguage
import XCTest

final class ScratchTests: XCTestCase {
    func testScratch() {
        let s = Session()
        let r = s.run("""
        let xs = [1, 2, 3]
        print(xs, xs.map { $0 * 2 }, 0.1 + 0.2)
        func square(_ x: Double) -> Double { return x * x }
        print(square(3))
        var total = 0
        for i in 0..<10 { total += i }
        print("total \\(total)")
        let d = ["a": 1, "b": 2]
        print(d, d["a"], [String: Int]())
        xs.count
        """)
        print(r.output, r.result as Any, r.errors.map(\.description))
    }
}
