/// A count as a report may show it: the number, or "fewer than the threshold" when the number is so small that the
/// people it counts could be picked out (three applicants of one nationality, one woman on a short list).
public enum ShownCount: Hashable, Sendable {
    case count(Int)
    case suppressed

    /// The number, when it is shown.
    public var value: Int? {
        if case .count(let number) = self { return number }
        return nil
    }
}

/// Small-count suppression of one column of a table whose total is published (a distribution by nationality or
/// gender of a vacancy's applicants):
///
/// - primary: a count from 1 to `threshold - 1` is suppressed (0 is shown: it identifies nobody);
/// - secondary: while the hidden counts could be worked out from the published total — one alone, or several whose
///   sum is below the threshold (two hidden counts summing to 2 are 1 and 1) — the next smallest shown count above
///   zero is suppressed too;
/// - a column whose total is itself from 1 to `threshold - 1` is hidden whole, zeros included: with its total
///   published elsewhere, any cell shown would give the others away.
public struct SmallCounts: Sendable {
    /// Counts below this are not shown.
    public let threshold: Int

    public init(threshold: Int = 5) {
        precondition(threshold >= 2, "a threshold below 2 suppresses nothing")
        self.threshold = threshold
    }

    /// One column, in its order.
    public func column(_ counts: [Int]) -> [ShownCount] {
        if (1..<threshold).contains(counts.reduce(0, +)) { return counts.map { _ in .suppressed } }
        var shown = counts.map { (1..<threshold).contains($0) ? ShownCount.suppressed : .count($0) }
        while true {
            let hidden = counts.indices.filter { shown[$0] == .suppressed }
            let sum = hidden.reduce(0) { $0 + counts[$1] }
            guard !hidden.isEmpty, hidden.count == 1 || sum < threshold else { break }
            let next = counts.indices.filter { counts[$0] > 0 && shown[$0] != .suppressed }
                .min { (counts[$0], $0) < (counts[$1], $1) }
            guard let next else { break }
            shown[next] = .suppressed
        }
        return shown
    }

    /// Several columns of one table (rows × columns, each column suppressed on its own).
    public func table(_ rows: [[Int]]) -> [[ShownCount]] {
        guard let width = rows.first?.count else { return [] }
        precondition(rows.allSatisfy { $0.count == width }, "every row has one count per column")
        let columns = (0..<width).map { column in self.column(rows.map { $0[column] }) }
        return rows.indices.map { row in columns.map { $0[row] } }
    }
}
