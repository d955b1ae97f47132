import CellLanguage

/// The names a notebook's cells see besides their own.
enum PreludeRegistry {
    /// The language's standard library (print, math basics, random, help, …); the Prelude's
    /// domain bindings are added here as the Prelude grows.
    static func make() -> NativeRegistry {
        NativeRegistry.standard()
    }
}
