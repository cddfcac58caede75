import ChanceryKit
import ChancerySpine

/// How the registry's pages write a distributed copy: its number, its recipient and its receipt.
package enum CopyText {
    /// "Copy 3 of 12"
    package static func number(_ copy: DistributionReport.Copy, of total: Int, _ t: Localizer) -> String {
        t("reg.copyOf", ["number": String(copy.number), "total": String(total)])
    }

    /// "person 01J…", "unit J2"
    package static func recipient(_ member: DistributionList.Member, _ t: Localizer) -> String {
        "\(t("reg.member.\(member.kind.rawValue)")) \(member.id)"
    }

    /// "acknowledged on 2026-11-23", "outstanding" or "not required".
    package static func receipt(_ copy: DistributionReport.Copy, _ t: Localizer) -> String {
        if let when = copy.acknowledgedAt {
            return t("reg.receiptSigned", ["when": DayText.day(when, t)])
        }
        return copy.receiptRequired ? t("reg.receiptOutstanding") : t("reg.receiptNotRequired")
    }
}
