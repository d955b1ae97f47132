// Choosing ticks that fit. Goals, in order: tick labels never overlap (they are measured with
// the backend's font metrics); automatic ticks are as many nice numbers as fit, never fewer than
// two when two fit; fixed labels (categories) are all kept on a horizontal axis by rotating them
// 45° then 90°, and thinned only as a last resort.
import Foundation

/// Which side of the frame an axis's ticks and labels are on.
enum AxisSide {
    case bottom, top, left, right

    var isHorizontal: Bool { self == .bottom || self == .top }
}

/// The ticks chosen for one axis of one axes, before positions are known.
struct AxisPlan {
    var scale: any Scale
    var inverted: Bool
    var side: AxisSide
    var major: [Tick]
    var minor: [Double]
    /// Rotation of tick labels in degrees (0, 45 or 90; horizontal axes only).
    var rotation: Double
    var showLabels: Bool
    var tickLength: Double

    /// Fraction of the axis length at `value`, accounting for inversion.
    func fraction(_ value: Double) -> Double {
        let f = scale.map(value)
        return inverted ? 1 - f : f
    }
}

/// A tick label placed on the figure.
struct PlacedText {
    var text: String
    var anchor: Point
    var font: Font
    var alignment: (HorizontalAlignment, VerticalAlignment)
    var rotation: Double
    var box: Rect
    var color: Color
}

enum TickPlacement {
    /// Chooses the ticks of `axis` shown over `length` points on `side`, so that labels measured
    /// by `backend` do not overlap.
    static func plan(_ axis: Axis, scale: any Scale, side: AxisSide, length: Double, showLabels: Bool,
                     backend: Backend, theme: Theme) -> AxisPlan {
        var plan = AxisPlan(scale: scale, inverted: axis.inverted, side: side, major: [], minor: [], rotation: 0,
                            showLabels: showLabels, tickLength: axis.tickMarks ? theme.tickLength : 0)
        let probe = Rect(x: 0, y: 0, width: side.isHorizontal ? length : 100, height: side.isHorizontal ? 100 : length)
        func fits(_ p: AxisPlan) -> Bool {
            !showLabels || !overlaps(labels(p, frame: probe, backend: backend, theme: theme), plan: p, theme: theme)
        }
        switch axis.ticks {
        case .none:
            return plan
        case let .fixed(ticks):
            plan.major = ticks.filter { t in
                let f = scale.map(t.value)
                return f.isFinite && f >= -1e-9 && f <= 1 + 1e-9
            }
            if side.isHorizontal {
                for rotation in [0.0, 45, 90] {
                    plan.rotation = rotation
                    if fits(plan) { return plan }
                }
            }
            return fits(plan) ? plan : thinned(plan, fits: fits)
        case .automatic:
            let perTick = theme.fontSize * (side.isHorizontal ? 4.5 : 2.2)
            let start = Int(max(2, min(9, (length / perTick).rounded(.down))))
            for target in stride(from: start, through: 2, by: -1) {
                plan.major = scale.ticks(target: target)
                if fits(plan) { break }
            }
            if !fits(plan) { plan = thinned(plan, fits: fits) }
            plan.minor = scale.minorTicks(major: plan.major)
            return plan
        }
    }

    /// Keeps every n-th tick (smallest n that fits), always keeping the first.
    private static func thinned(_ plan: AxisPlan, fits: (AxisPlan) -> Bool) -> AxisPlan {
        var p = plan
        let all = plan.major
        guard all.count > 1 else { return p }
        for every in 2...all.count {
            p.major = stride(from: 0, to: all.count, by: every).map { all[$0] }
            if fits(p) { return p }
        }
        return p
    }

    /// The placed labels of `plan` around `frame`.
    static func labels(_ plan: AxisPlan, frame: Rect, backend: Backend, theme: Theme) -> [PlacedText] {
        guard plan.showLabels else { return [] }
        let font = Font(size: theme.fontSize)
        let offset = plan.tickLength + theme.pad
        return plan.major.compactMap { tick in
            let f = plan.fraction(tick.value)
            guard f.isFinite, !tick.label.isEmpty else { return nil }
            let anchor: Point
            let alignment: (HorizontalAlignment, VerticalAlignment)
            switch plan.side {
            case .bottom:
                anchor = Point(frame.x + f * frame.width, frame.y - offset)
                alignment = plan.rotation == 0 ? (.center, .top) : (.right, .center)
            case .top:
                anchor = Point(frame.x + f * frame.width, frame.maxY + offset)
                alignment = plan.rotation == 0 ? (.center, .bottom) : (.left, .center)
            case .left:
                anchor = Point(frame.x - offset, frame.y + f * frame.height)
                alignment = (.right, .center)
            case .right:
                anchor = Point(frame.maxX + offset, frame.y + f * frame.height)
                alignment = (.left, .center)
            }
            let box = backend.textBox(tick.label, at: anchor, font: font, alignment: alignment, rotation: plan.rotation)
            return PlacedText(text: tick.label, anchor: anchor, font: font, alignment: alignment,
                              rotation: plan.rotation, box: box, color: theme.foreground)
        }
    }

    /// Whether any two neighbouring labels come closer than a small gap. Rotated labels are
    /// parallel strips: their anchors must be at least the text height apart across the strip.
    static func overlaps(_ labels: [PlacedText], plan: AxisPlan, theme: Theme) -> Bool {
        let gap = theme.fontSize * (plan.side.isHorizontal ? 0.5 : 0.15)
        let sorted = labels.sorted { plan.side.isHorizontal ? $0.anchor.x < $1.anchor.x : $0.anchor.y < $1.anchor.y }
        for (a, b) in zip(sorted, sorted.dropFirst()) {
            switch (plan.side.isHorizontal, plan.rotation) {
            case (true, 0):
                if a.box.maxX + gap > b.box.x { return true }
            case (true, _):
                let height = a.font.size * 1.17
                if (b.anchor.x - a.anchor.x) * sin(plan.rotation * .pi / 180) < height + gap * 0.3 { return true }
            default:
                if a.box.maxY + gap > b.box.y { return true }
            }
        }
        return false
    }
}
