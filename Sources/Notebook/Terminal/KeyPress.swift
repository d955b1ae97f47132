import Foundation

/// One key press from standard input, for step mode's choices.
///
/// On a terminal the line discipline is switched off for the one read (no echo, no need for
/// Enter) and restored at once; signals stay on, so Ctrl-C still raises `Interrupt`. When
/// standard input is not a terminal (a pipe, a file), a whole line is read and its first
/// character is the key (an empty line is Enter).
public enum KeyPress {
    /// Shows `prompt` with `write`, waits for one key, then erases the prompt (terminal) or ends
    /// its line. Enter is `"\n"`, Ctrl-C `"\u{3}"`; nil at the end of input or on Ctrl-D.
    public static func next(prompt: String, write: (String) -> Void) -> Character? {
        write(prompt)
        guard isatty(STDIN_FILENO) != 0 else {
            let key = lineKey()
            write("\n")
            return key
        }
        let key = rawKey()
        write("\r\u{1B}[2K")
        return key
    }

    private static func rawKey() -> Character? {
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return lineKey() }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
            bytes[Int(VMIN)] = 1
            bytes[Int(VTIME)] = 0
        }
        tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        defer { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
        var byte: UInt8 = 0
        while true {
            let count = read(STDIN_FILENO, &byte, 1)
            if count == 1 { break }
            if count < 0, errno == EINTR {
                if Interrupt.take() { return "\u{3}" }
                continue
            }
            return nil
        }
        if byte == 0x1B { drainEscapeSequence(&raw) }
        switch byte {
        case 4: return nil
        case 13, 10: return "\n"
        default: return Character(Unicode.Scalar(byte))
        }
    }

    /// Reads what follows an escape (the rest of an arrow key's sequence), waiting at most
    /// 0.1 s, so that it is not taken for further key presses.
    private static func drainEscapeSequence(_ mode: inout termios) {
        withUnsafeMutableBytes(of: &mode.c_cc) { bytes in
            bytes[Int(VMIN)] = 0
            bytes[Int(VTIME)] = 1
        }
        tcsetattr(STDIN_FILENO, TCSANOW, &mode)
        var byte: UInt8 = 0
        while read(STDIN_FILENO, &byte, 1) == 1 {}
    }

    /// A line read byte by byte, without stdio's buffer, so that the line editor (which
    /// reads the descriptor directly) finds the lines after it.
    private static func lineKey() -> Character? {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = read(STDIN_FILENO, &byte, 1)
            if count < 0, errno == EINTR { continue }
            guard count == 1 else { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self).first }
            if byte == 10 { return String(decoding: bytes, as: UTF8.self).first ?? "\n" }
            bytes.append(byte)
        }
    }
}
