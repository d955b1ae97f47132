import Foundation

/// Where the command line writes: standard output for cell output, results and JSON;
/// standard error for diagnostics and progress. Tests capture both.
public struct Console: Sendable {
    /// Writes to standard output.
    public var out: @Sendable (String) -> Void
    /// Writes to standard error.
    public var err: @Sendable (String) -> Void
    /// Whether standard error is a terminal (diagnostics are coloured, progress is a bar).
    public var errIsTerminal: Bool

    /// A console writing through the given functions.
    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
                errIsTerminal: Bool = false) {
        self.out = out
        self.err = err
        self.errIsTerminal = errIsTerminal
    }

    /// The process's standard output and standard error, unbuffered.
    public static var standard: Console {
        Console(out: { FileHandle.standardOutput.write(Data($0.utf8)) },
                err: { FileHandle.standardError.write(Data($0.utf8)) },
                errIsTerminal: isatty(STDERR_FILENO) != 0)
    }
}
