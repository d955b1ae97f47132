/// An error raised while a cell runs, before it is given a location.
///
/// Native functions throw it (or any other Swift error, whose description becomes the
/// message); the interpreter attaches the call site, the source line and the call stack and
/// turns it into a `Diagnostic`. Messages follow Swift's wording where Swift has one and say
/// what to do otherwise.
public struct CellError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The message, without location.
    public var message: String
    /// Extra lines shown after the caret (expected signatures, hints).
    public var notes: [String]
    /// Where in the cell the error happened, when the thrower knows better than the call site.
    var range: SourceRange?
    /// Set when the cell stopped because the host asked it to (Ctrl-C) or its time ran out.
    public var isCancellation: Bool

    /// Makes an error with a message and optional notes.
    public init(_ message: String, notes: [String] = []) {
        self.message = message
        self.notes = notes
        self.range = nil
        self.isCancellation = false
    }

    init(_ message: String, at range: SourceRange?, notes: [String] = []) {
        self.init(message, notes: notes)
        self.range = range
    }

    /// The error a cell stops with when the host cancels it.
    public static func cancelled(_ message: String = "interrupted") -> CellError {
        var error = CellError(message)
        error.isCancellation = true
        return error
    }

    /// The message.
    public var description: String { message }
}
