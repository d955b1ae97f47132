import CellLanguage
import Prelude

/// The names a notebook's cells see besides their own: the language basics and the Prelude.
enum PreludeRegistry {
    /// The full registry (`Prelude.registry()`), which `run`, `render`, `check`, `step` and
    /// `repl` all hand to their interpreters.
    static func make() -> NativeRegistry {
        Prelude.registry()
    }
}
