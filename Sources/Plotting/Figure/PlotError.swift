/// What went wrong when building or writing a figure; each message says what to do.
public enum PlotError: Error, Equatable, CustomStringConvertible {
    /// Two arrays that pair element by element have different lengths.
    case lengthMismatch(what: String, expected: Int, actual: Int)
    /// An argument is outside what the function accepts.
    case invalidArgument(String)
    /// Cairo reported an error while drawing or encoding.
    case cairo(String)
    /// A file could not be written.
    case io(path: String, reason: String)

    /// The message, with what to do about it.
    public var description: String {
        switch self {
        case let .lengthMismatch(what, expected, actual):
            return "\(what) has \(actual) values but \(expected) were expected; pass arrays of equal length"
        case let .invalidArgument(message):
            return message
        case let .cairo(message):
            return "Cairo failed: \(message); check that libcairo2 and fonts-dejavu-core are installed (make deps)"
        case let .io(path, reason):
            return "cannot write \(path): \(reason); check that the folder exists and is writable"
        }
    }
}
