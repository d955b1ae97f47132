import CellLanguage
import Foundation

/// Progress as short text: `epoch 3 47/100 (47%) · loss 0.5312 · 12 s left`.
enum ProgressText {
    /// A metric's value with four significant digits (`0.5312`, `1234`, `1.2e-05`).
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        if value == value.rounded(), abs(value) < 1e6 { return String(Int(value)) }
        let magnitude = abs(value)
        if magnitude >= 1e-3, magnitude < 1e6 {
            let digits = max(0, 3 - Int(magnitude.log10Floor))
            return value.formatted(fractionDigits: digits)
        }
        return value.formatted(significantDigits: 3)
    }

    /// The event as one line, without the cell: message, step/total, percentage, metrics.
    static func line(_ event: ProgressEvent, secondsLeft: Double? = nil) -> String {
        var text = event.message
        if let total = event.total {
            text += " \(event.step)/\(total)"
            if let fraction = event.fraction { text += " (\(Int((fraction * 100).rounded(.down)))%)" }
        } else {
            text += " \(event.step)"
        }
        for metric in event.metrics { text += " · \(metric.name) \(number(metric.value))" }
        if let secondsLeft, secondsLeft.isFinite, secondsLeft >= 1 { text += " · \(duration(secondsLeft)) left" }
        return text
    }

    /// A duration for a progress line: `12 s`, `3 min 5 s`, `1 h 2 min`.
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        if total < 60 { return "\(total) s" }
        if total < 3600 { return "\(total / 60) min \(total % 60) s" }
        return "\(total / 3600) h \(total % 3600 / 60) min"
    }

    /// The cell a progress line belongs to: `[2] train`.
    static func cellName(_ cell: Cell) -> String {
        "[\(cell.index)]" + (cell.label.map { " " + $0 } ?? "")
    }
}

extension Double {
    fileprivate var log10Floor: Double { (Foundation.log10(self)).rounded(.down) }

    fileprivate func formatted(fractionDigits: Int) -> String {
        String(format: "%.\(fractionDigits)f", self)
    }

    fileprivate func formatted(significantDigits: Int) -> String {
        String(format: "%.\(significantDigits - 1)e", self)
    }
}
