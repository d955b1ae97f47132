/// The global scope shared by all cells of a notebook: one slot per top-level name.
///
/// Compiled code addresses globals by index; a later cell that redeclares a name reuses its
/// slot (so functions from earlier cells see the new definition, as in a notebook).
/// `snapshot()`/`restore(_:)` make cells transactional: the copy is O(n) in the number of
/// globals and shares their storage (arrays are copy-on-write).
final class Globals {
    @exclusivity(unchecked) var values: ContiguousArray<Value> = []
    private(set) var names: [String] = []
    private(set) var slotOfName: [String: Int] = [:]
    @exclusivity(unchecked) var isConstant: ContiguousArray<Bool> = []
    /// False until the declaration has run (a name compiled but not yet defined).
    @exclusivity(unchecked) var isDefined: ContiguousArray<Bool> = []
    /// The declared type of each global (`var total: Double = 0`), applied on assignment.
    private(set) var types: [TypeSpec?] = []

    /// The slot of `name`, creating an undefined one when missing.
    func slot(for name: String) -> Int {
        if let slot = slotOfName[name] { return slot }
        let slot = values.count
        slotOfName[name] = slot
        names.append(name)
        values.append(.void)
        isConstant.append(false)
        isDefined.append(false)
        types.append(nil)
        return slot
    }

    /// Records the declared type of a global (nil when declared without one).
    func setType(_ slot: Int, _ type: TypeSpec?) {
        types[slot] = type
    }

    /// The slot of a name when it exists.
    func existingSlot(_ name: String) -> Int? { slotOfName[name] }

    /// Defines (or redefines) a global.
    func define(_ slot: Int, _ value: Value, constant: Bool) {
        values[slot] = value
        isConstant[slot] = constant
        isDefined[slot] = true
    }

    /// The defined globals, in definition order.
    var defined: [(name: String, value: Value, isConstant: Bool)] {
        names.indices.filter { isDefined[$0] }.map { (names[$0], values[$0], isConstant[$0]) }
    }

    /// The values and definitions, to roll back a failed cell.
    struct Snapshot {
        let values: ContiguousArray<Value>
        let isConstant: ContiguousArray<Bool>
        let isDefined: ContiguousArray<Bool>
    }

    func snapshot() -> Snapshot {
        Snapshot(values: values, isConstant: isConstant, isDefined: isDefined)
    }

    /// Restores a snapshot. Names created since keep their slots, undefined, so code compiled
    /// against them (and kept alive by a closure) reports "cannot find" instead of reading
    /// out of range.
    func restore(_ snapshot: Snapshot) {
        let count = values.count
        values = snapshot.values
        isConstant = snapshot.isConstant
        isDefined = snapshot.isDefined
        while values.count < count {
            values.append(.void)
            isConstant.append(false)
            isDefined.append(false)
        }
    }
}
