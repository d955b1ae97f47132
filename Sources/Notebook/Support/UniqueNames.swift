/// Names made unique within one report or run, in the order asked: the first keeps its base,
/// later ones get a counter (`loss`, `loss-2`, `loss-3`). Deterministic for a given order.
struct UniqueNames {
    private var used: Set<String> = []

    /// `base`, or `base-N` with the smallest N ≥ 2 not used yet.
    mutating func claim(_ base: String) -> String {
        var name = base
        var counter = 1
        while used.contains(name) {
            counter += 1
            name = "\(base)-\(counter)"
        }
        used.insert(name)
        return name
    }
}
