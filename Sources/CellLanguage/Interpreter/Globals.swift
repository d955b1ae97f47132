/// The global scope shared by all cells of a notebook: one slot per top-level name.
///
/// Compiled code addresses globals by index; a later cell that redeclares a name reuses its
/// slot (so functions from earlier cells see the new definition, as in a notebook). Storage
/// is manually managed (pointers, not arrays) so that reading a global in a hot loop costs a
/// load, with no reference counting of the storage itself. Slots are only created while
/// compiling, never while code runs, so pointers held during execution stay valid.
/// `snapshot()`/`restore(_:)` make cells transactional: O(n) in the number of globals,
/// sharing the values' storage (arrays are copy-on-write).
final class Globals {
    @exclusivity(unchecked) private(set) var count = 0
    @exclusivity(unchecked) private var capacity = 0
    /// The values, `count` of them.
    @exclusivity(unchecked) private(set) var values: UnsafeMutablePointer<Value>
    /// Whether each global is a `let`.
    @exclusivity(unchecked) private(set) var isConstant: UnsafeMutablePointer<Bool>
    /// False until the declaration has run (a name compiled but not yet defined).
    @exclusivity(unchecked) private(set) var isDefined: UnsafeMutablePointer<Bool>
    private(set) var names: [String] = []
    private(set) var slotOfName: [String: Int] = [:]
    /// The declared type of each global (`var total: Double = 0`), applied on assignment.
    private(set) var types: [TypeSpec?] = []

    init() {
        values = .allocate(capacity: 1)
        isConstant = .allocate(capacity: 1)
        isDefined = .allocate(capacity: 1)
        capacity = 1
    }

    deinit {
        values.deinitialize(count: count)
        values.deallocate()
        isConstant.deallocate()
        isDefined.deallocate()
    }

    /// The slot of `name`, creating an undefined one when missing.
    func slot(for name: String) -> Int {
        if let slot = slotOfName[name] { return slot }
        if count == capacity { grow() }
        let slot = count
        (values + slot).initialize(to: .void)
        (isConstant + slot).initialize(to: false)
        (isDefined + slot).initialize(to: false)
        count += 1
        slotOfName[name] = slot
        names.append(name)
        types.append(nil)
        return slot
    }

    private func grow() {
        let newCapacity = capacity * 2
        let newValues = UnsafeMutablePointer<Value>.allocate(capacity: newCapacity)
        newValues.moveInitialize(from: values, count: count)
        values.deallocate()
        values = newValues
        let newConstant = UnsafeMutablePointer<Bool>.allocate(capacity: newCapacity)
        newConstant.moveInitialize(from: isConstant, count: count)
        isConstant.deallocate()
        isConstant = newConstant
        let newDefined = UnsafeMutablePointer<Bool>.allocate(capacity: newCapacity)
        newDefined.moveInitialize(from: isDefined, count: count)
        isDefined.deallocate()
        isDefined = newDefined
        capacity = newCapacity
    }

    /// The slot of a name when it exists.
    func existingSlot(_ name: String) -> Int? { slotOfName[name] }

    /// Records the declared type of a global (nil when declared without one).
    func setType(_ slot: Int, _ type: TypeSpec?) {
        types[slot] = type
    }

    /// Defines (or redefines) a global.
    func define(_ slot: Int, _ value: Value, constant: Bool) {
        values[slot] = value
        isConstant[slot] = constant
        isDefined[slot] = true
    }

    /// The defined globals, in definition order.
    var defined: [(name: String, value: Value, isConstant: Bool)] {
        (0..<count).filter { isDefined[$0] }.map { (names[$0], values[$0], isConstant[$0]) }
    }

    /// The values and definitions, to roll back a failed cell.
    struct Snapshot {
        let values: [Value]
        let isConstant: [Bool]
        let isDefined: [Bool]
    }

    func snapshot() -> Snapshot {
        Snapshot(
            values: Array(UnsafeBufferPointer(start: values, count: count)),
            isConstant: Array(UnsafeBufferPointer(start: isConstant, count: count)),
            isDefined: Array(UnsafeBufferPointer(start: isDefined, count: count)))
    }

    /// Restores a snapshot. Names created since keep their slots, undefined, so code compiled
    /// against them (and kept alive by a closure) reports "cannot find" instead of reading
    /// out of range.
    func restore(_ snapshot: Snapshot) {
        for slot in 0..<count {
            if slot < snapshot.values.count {
                values[slot] = snapshot.values[slot]
                isConstant[slot] = snapshot.isConstant[slot]
                isDefined[slot] = snapshot.isDefined[slot]
            } else {
                values[slot] = .void
                isConstant[slot] = false
                isDefined[slot] = false
            }
        }
    }
}
