import CellLanguage
import Foundation

/// Shows the progress of long-running cell work while a notebook runs, never in the outputs:
/// on a terminal a live bar on stderr (redrawn at most ten times a second and erased when the
/// cell ends), without a terminal one line every few seconds (so CI logs show a long cell is
/// alive without filling up), or nothing at all (`--quiet`).
public final class ProgressDisplay {
    /// How progress is shown.
    public enum Mode: Sendable, Equatable {
        /// A bar redrawn in place on a terminal.
        case bar
        /// One line at most every `interval` seconds, for logs.
        case lines(interval: Double)
        /// Nothing.
        case silent
    }

    /// How progress is shown.
    public let mode: Mode
    private let write: (String) -> Void
    private let clock: () -> Double
    private var cell: Cell?
    private var cellStart = 0.0
    private var lastDraw = -Double.infinity
    private var barVisible = false
    private var width: Int

    /// A display writing with `write`; `clock` gives seconds (monotonic).
    public init(mode: Mode, width: Int = 80, write: @escaping (String) -> Void = { _ in },
                clock: @escaping () -> Double = ProgressDisplay.monotonicSeconds) {
        self.mode = mode
        self.width = max(40, width)
        self.write = write
        self.clock = clock
    }

    /// The display for a console: a bar when its stderr is a terminal, else a line every
    /// 5 s; silent when `quiet`.
    public static func automatic(for console: Console, quiet: Bool) -> ProgressDisplay {
        if quiet { return ProgressDisplay(mode: .silent) }
        if console.errIsTerminal { return ProgressDisplay(mode: .bar, width: terminalWidth(), write: console.err) }
        return ProgressDisplay(mode: .lines(interval: 5), write: console.err)
    }

    /// A cell starts running.
    public func begin(_ cell: Cell) {
        self.cell = cell
        cellStart = clock()
        lastDraw = cellStart
    }

    /// A progress event from the running cell.
    public func report(_ event: ProgressEvent) {
        guard let cell else { return }
        let now = clock()
        let elapsed = now - cellStart
        let left = event.fraction.flatMap { $0 > 0.02 ? elapsed * (1 - $0) / $0 : nil }
        switch mode {
        case .silent:
            return
        case .bar:
            guard now - lastDraw >= 0.1 || event.step == event.total else { return }
            lastDraw = now
            write("\r\u{1B}[2K" + bar(cell: cell, event: event, secondsLeft: left))
            barVisible = true
        case .lines(let interval):
            guard now - lastDraw >= interval else { return }
            lastDraw = now
            write("retort: \(ProgressText.cellName(cell)) \(ProgressText.line(event, secondsLeft: left))\n")
        }
    }

    /// Erases the bar (before other text is written to the terminal, and when a cell ends).
    public func clear() {
        guard barVisible else { return }
        write("\r\u{1B}[2K")
        barVisible = false
    }

    /// The running cell ended.
    public func end() {
        clear()
        cell = nil
    }

    private func bar(cell: Cell, event: ProgressEvent, secondsLeft: Double?) -> String {
        let name = ProgressText.cellName(cell)
        let text = ProgressText.line(event, secondsLeft: secondsLeft)
        guard let fraction = event.fraction else { return String((name + " " + text).prefix(width - 1)) }
        let barWidth = 24
        let filled = Int((fraction * Double(barWidth)).rounded(.down))
        let drawn = String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
        return String((name + " " + drawn + " " + text).prefix(width - 1))
    }

    /// Seconds from a monotonic clock.
    public static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    private static func terminalWidth() -> Int {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
