import Foundation
import Synchronization

/// Ctrl-C for the REPL and step mode, as Lua's `laction`/`lstop` do it: the SIGINT handler
/// only raises a flag; a running cell polls it (through `NotebookSession`'s `isCancelled`)
/// and stops with "interrupted", and the line editor polls it to clear the line it is
/// reading.
///
/// The handler is installed without `SA_RESTART`, so a blocking `read` at a prompt returns
/// `EINTR` and the editor sees the interrupt at once. A third Ctrl-C before anything
/// polls the flag (a native call that never checks it) ends the process with status 130, the
/// shell's convention for death by SIGINT.
public enum Interrupt {
    private static let pending = Atomic<Int>(0)

    /// Installs the SIGINT handler (once per process; later calls do nothing new).
    public static func install() {
        _ = pending.load(ordering: .relaxed)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            if Interrupt.pending.wrappingAdd(1, ordering: .relaxed).newValue >= 3 { _exit(130) }
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// True once Ctrl-C was pressed since the last `clear()`. Cheap: one atomic load.
    public static var isRaised: Bool {
        pending.load(ordering: .relaxed) > 0
    }

    /// Forgets earlier presses (before a cell runs, and once a prompt has handled one).
    public static func clear() {
        pending.store(0, ordering: .relaxed)
    }

    /// Reports whether Ctrl-C was pressed, and forgets it.
    public static func take() -> Bool {
        pending.exchange(0, ordering: .relaxed) > 0
    }
}
