import XCTest
@testable import Notebook

/// TeX formulas become MathML Core that browsers draw without JavaScript.
final class TeXToMathMLTests: XCTestCase {
    private func mathML(_ tex: String) -> String {
        var parser = TeXParser(tex)
        return parser.parse().mathML
    }

    func testLettersAreIdentifiersAndNumbersAreNumbers() {
        XCTAssertEqual(mathML("x + 2.5"), "<mrow><mi>x</mi><mo>+</mo><mn>2.5</mn></mrow>")
        XCTAssertEqual(mathML("a-b"), "<mrow><mi>a</mi><mo>−</mo><mi>b</mi></mrow>")
    }

    func testFraction() {
        XCTAssertEqual(mathML("\\frac{a}{b+1}"),
                       "<mfrac><mi>a</mi><mrow><mi>b</mi><mo>+</mo><mn>1</mn></mrow></mfrac>")
        XCTAssertEqual(mathML("\\frac12"), "<mfrac><mn>1</mn><mn>2</mn></mfrac>")
    }

    func testSubscriptsAndSuperscripts() {
        XCTAssertEqual(mathML("x_i^2"), "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>")
        XCTAssertEqual(mathML("x^{2n}"), "<msup><mi>x</mi><mrow><mn>2</mn><mi>n</mi></mrow></msup>")
        XCTAssertEqual(mathML("x^23"), "<mrow><msup><mi>x</mi><mn>2</mn></msup><mn>3</mn></mrow>",
                       "a bare script takes one digit, as in TeX")
        XCTAssertEqual(mathML("f'"), "<msup><mi>f</mi><mo>′</mo></msup>")
    }

    func testGreekLettersLowercaseItalicCapitalsUpright() {
        XCTAssertEqual(mathML("\\alpha"), "<mi>α</mi>")
        XCTAssertEqual(mathML("\\Sigma"), "<mi mathvariant=\"normal\">Σ</mi>")
    }

    func testSumHasMovableLimitsUnderAndOver() {
        XCTAssertEqual(mathML("\\sum_{i=1}^{n} x_i"),
                       "<mrow><munderover><mo movablelimits=\"true\" largeop=\"true\">∑</mo>"
                       + "<mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover>"
                       + "<msub><mi>x</mi><mi>i</mi></msub></mrow>")
    }

    func testIntegralLimitsSitBesideIt() {
        XCTAssertEqual(mathML("\\int_0^1"), "<msubsup><mo largeop=\"true\">∫</mo><mn>0</mn><mn>1</mn></msubsup>")
    }

    func testArgMinIsOneOperatorWithLimits() {
        XCTAssertEqual(mathML("\\arg\\min_{\\theta} L"),
                       "<mrow><munder><mo movablelimits=\"true\" form=\"prefix\">arg min</mo><mi>θ</mi></munder><mi>L</mi></mrow>")
        XCTAssertEqual(mathML("\\operatorname*{argmax}_x"),
                       "<munder><mo movablelimits=\"true\" form=\"prefix\">argmax</mo><mi>x</mi></munder>")
    }

    func testSquareRootAndNthRoot() {
        XCTAssertEqual(mathML("\\sqrt{x}"), "<msqrt><mi>x</mi></msqrt>")
        XCTAssertEqual(mathML("\\sqrt[3]{x}"), "<mroot><mi>x</mi><mn>3</mn></mroot>")
    }

    func testFontAlphabetsUseMathematicalCharacters() {
        XCTAssertEqual(mathML("\\mathbb{R}^d"), "<msup><mi>ℝ</mi><mi>d</mi></msup>")
        XCTAssertEqual(mathML("\\mathcal{L}"), "<mi>ℒ</mi>")
        XCTAssertEqual(mathML("\\mathcal{D}"), "<mi>𝒟</mi>")
        XCTAssertEqual(mathML("\\mathbf{x}"), "<mi>𝐱</mi>")
        XCTAssertEqual(mathML("\\mathbb{E}"), "<mi>𝔼</mi>")
    }

    func testMathrmAndTextAreUpright() {
        XCTAssertEqual(mathML("\\mathrm{d}x"), "<mrow><mi mathvariant=\"normal\">d</mi><mi>x</mi></mrow>")
        XCTAssertEqual(mathML("\\text{if } x"), "<mrow><mtext>if\u{00A0}</mtext><mi>x</mi></mrow>",
                       "spaces at the ends of text are kept, as TeX keeps them")
        XCTAssertEqual(mathML("\\mathrm{KL}"), "<mi>KL</mi>")
    }

    func testLeftRightFencesStretch() {
        XCTAssertEqual(mathML("\\left( \\frac{a}{b} \\right)"),
                       "<mrow><mo stretchy=\"true\">(</mo><mfrac><mi>a</mi><mi>b</mi></mfrac><mo stretchy=\"true\">)</mo></mrow>")
        XCTAssertEqual(mathML("\\left. x \\right|"),
                       "<mrow><mrow></mrow><mi>x</mi><mo stretchy=\"true\">|</mo></mrow>")
    }

    func testBareParenthesesDoNotStretch() {
        XCTAssertEqual(mathML("(x)"), "<mrow><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo></mrow>")
    }

    func testRelationsAndOperators() {
        XCTAssertEqual(mathML("a \\le b \\approx c \\cdot d \\times e \\in S"),
                       "<mrow><mi>a</mi><mo>≤</mo><mi>b</mi><mo>≈</mo><mi>c</mi><mo>⋅</mo><mi>d</mi><mo>×</mo>"
                       + "<mi>e</mi><mo>∈</mo><mi>S</mi></mrow>")
    }

    func testNamedFunctionsAreUprightWithASpace() {
        XCTAssertEqual(mathML("\\log x"), "<mrow><mi>log</mi><mspace width=\"0.1667em\"></mspace><mi>x</mi></mrow>")
        XCTAssertEqual(mathML("\\exp(x)"),
                       "<mrow><mi>exp</mi><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo></mrow>")
    }

    func testAccentsAndNorms() {
        XCTAssertEqual(mathML("\\hat{y}"), "<mover accent=\"true\"><mi>y</mi><mo stretchy=\"false\">^</mo></mover>")
        XCTAssertEqual(mathML("\\bar x"), "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">¯</mo></mover>")
        XCTAssertEqual(mathML("\\tilde{x}"), "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">~</mo></mover>")
        XCTAssertEqual(mathML("\\|w\\|"),
                       "<mrow><mo stretchy=\"false\">‖</mo><mi>w</mi><mo stretchy=\"false\">‖</mo></mrow>")
    }

    func testMatrixAndCases() {
        XCTAssertEqual(mathML("\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}"),
                       "<mrow><mo stretchy=\"true\">(</mo><mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr>"
                       + "<mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr></mtable><mo stretchy=\"true\">)</mo></mrow>")
        let cases = mathML("f(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & \\text{otherwise} \\end{cases}")
        XCTAssertTrue(cases.contains("<mo stretchy=\"true\">{</mo><mtable>"), cases)
        XCTAssertTrue(cases.contains("<mtext>otherwise</mtext>"), cases)
        XCTAssertEqual(cases.components(separatedBy: "<mtr>").count - 1, 2)
    }

    func testUnknownCommandShowsItsSource() {
        XCTAssertEqual(mathML("\\foo x"), "<mrow><merror><mtext>\\foo</mtext></merror><mi>x</mi></mrow>")
        XCTAssertEqual(mathML("x}"), "<mrow><mi>x</mi><merror><mtext>}</mtext></merror></mrow>")
    }

    func testUnbalancedInputNeverTraps() {
        for source in ["\\frac{", "x^", "\\left(", "\\begin{matrix} a &", "{{{", "\\sqrt[", "_", "\\", "}}"] {
            XCTAssertFalse(TeXToMathML.convert(source, display: true).isEmpty, source)
        }
    }

    func testConvertWrapsInMathWithTheSourceAsAnnotation() {
        XCTAssertEqual(TeXToMathML.convert("a<b", display: false),
                       "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><semantics><mrow><mi>a</mi><mo>&lt;</mo><mi>b</mi></mrow>"
                       + "<annotation encoding=\"application/x-tex\">a&lt;b</annotation></semantics></math>")
        XCTAssertTrue(TeXToMathML.convert("x", display: true).hasPrefix("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\">"))
    }
}
