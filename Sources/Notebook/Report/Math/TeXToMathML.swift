/// Converts TeX math to MathML Core markup, which browsers draw without JavaScript.
public enum TeXToMathML {
    /// The `<math>` element for TeX `source` (the text between the dollars), with the source
    /// kept as an annotation (copying the formula copies its TeX). Never fails: commands it
    /// does not know show as their source in a red box. Cost O(n) in the source length.
    /// - Parameter display: a displayed formula (`$$…$$`, centred, limits under `\sum`) or an
    ///   inline one (`$…$`).
    public static func convert(_ source: String, display: Bool) -> String {
        var parser = TeXParser(source)
        let body = parser.parse()
        let content: String
        if case .row = body { content = body.mathML } else { content = "<mrow>\(body.mathML)</mrow>" }
        let mode = display ? " display=\"block\"" : ""
        return "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"\(mode)><semantics>\(content)"
            + "<annotation encoding=\"application/x-tex\">\(HTML.escape(source))</annotation></semantics></math>"
    }
}
