import ChanceryKit
import Testing

@Suite("Small-count suppression")
struct SmallCountsTests {
    let rule = SmallCounts()

    @Test("Counts from 1 to 4 are hidden; 0 and 5 or more are shown")
    func primary() {
        #expect(
            rule.column([0, 1, 4, 5, 12, 3])
                == [.count(0), .suppressed, .suppressed, .count(5), .count(12), .suppressed])
    }

    @Test("One hidden count hides the next smallest too, so the total does not give it away")
    func secondary() {
        #expect(rule.column([20, 2, 7, 9]) == [.count(20), .suppressed, .suppressed, .count(9)])
        // a tie goes to the first
        #expect(rule.column([6, 1, 6]) == [.suppressed, .suppressed, .count(6)])
        // zeros are never the second cell: they identify nobody and hide nothing
        #expect(rule.column([0, 3, 0, 8]) == [.count(0), .suppressed, .count(0), .suppressed])
    }

    @Test(
        "Hidden counts whose sum is below the threshold hide the next smallest too: 1 and 1 beside a total are 1 each")
    func hiddenSumBelowThreshold() {
        let rule = SmallCounts(threshold: 3)
        #expect(rule.column([1, 1, 5]) == [.suppressed, .suppressed, .suppressed])
        #expect(rule.column([2, 2, 5]) == [.suppressed, .suppressed, .count(5)])
        #expect(rule.column([1, 1, 0, 9, 4]) == [.suppressed, .suppressed, .count(0), .count(9), .suppressed])
    }

    @Test("A column whose total is small is hidden whole, zeros too (its total is published beside it)")
    func smallTotal() {
        #expect(rule.column([3]) == [.suppressed])
        #expect(rule.column([0, 2, 0]) == [.suppressed, .suppressed, .suppressed])
        #expect(rule.column([0, 0]) == [.count(0), .count(0)])
    }

    @Test("No column ever leaves exactly one hidden count beside other non-zero counts, on random tables")
    func property() {
        var generator = SeededGenerator(seed: 20_261_207)
        for _ in 0..<2_000 {
            let counts = (0..<Int.random(in: 1...8, using: &generator)).map { _ in
                Int.random(in: 0...12, using: &generator)
            }
            let shown = rule.column(counts)
            let hidden = shown.indices.filter { shown[$0] == .suppressed }
            let others = counts.indices.filter { counts[$0] > 0 && shown[$0] != .suppressed }
            #expect(hidden.count != 1 || others.isEmpty, "\(counts) → \(shown)")
            let total = counts.reduce(0, +)
            if (1...4).contains(total) { #expect(hidden.count == counts.count, "\(counts) → \(shown)") }
            for index in counts.indices where (1...4).contains(counts[index]) {
                #expect(shown[index] == .suppressed, "\(counts)")
            }
            for index in counts.indices where shown[index] != .suppressed {
                #expect(shown[index] == .count(counts[index]))
            }
        }
    }

    @Test("A table is suppressed column by column")
    func table() {
        #expect(
            rule.table([[10, 2], [8, 6], [0, 0]])
                == [[.count(10), .suppressed], [.count(8), .suppressed], [.count(0), .count(0)]])
    }
}
