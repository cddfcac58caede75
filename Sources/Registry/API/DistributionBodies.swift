import ChanceryKit
import ChancerySpine

/// A member of a distribution list, as the API shows it.
package struct MemberBody: Codable, Sendable {
    package var kind: String
    package var id: String
    package var role: String

    package init(_ member: DistributionList.Member) {
        kind = member.kind.rawValue
        id = member.id
        role = member.role.rawValue
    }
}

package struct DistributionListBody: Encodable, Sendable {
    package var id: String
    package var name: String
    package var description: String
    package var members: [MemberBody]
    package var owner: OwnerBody
    package var version: Int64

    /// Who keeps the list: `{"kind":"user","id":ACCOUNT-ID}` or `{"kind":"unit","id":"IPS"}`.
    package struct OwnerBody: Encodable, Sendable {
        package var kind: String
        package var id: String
    }

    package init(_ list: DistributionList) {
        id = list.id
        name = list.name
        description = list.description
        members = list.members.map(MemberBody.init)
        owner = OwnerBody(kind: list.owner.kind.rawValue, id: list.owner.id)
        version = list.version
    }
}

package struct CopyBody: Encodable, Sendable {
    package var id: String
    package var member: MemberBody
    package var copyNumber: Int
    package var receiptRequired: Bool
    package var acknowledgedBy: String?
    package var acknowledgedAt: String?

    package init(_ copy: DistributionReport.Copy) {
        id = copy.id
        member = MemberBody(copy.member)
        copyNumber = copy.number
        receiptRequired = copy.receiptRequired
        acknowledgedBy = copy.acknowledgedBy
        acknowledgedAt = copy.acknowledgedAt.map(Clock.iso8601)
    }
}

package struct RefusalBody: Encodable, Sendable {
    package var member: MemberBody
    package var reason: String
    package var via: MemberBody?

    package init(_ refusal: DistributionReport.Refusal) {
        member = MemberBody(refusal.member)
        reason = refusal.reason
        via = refusal.via.map(MemberBody.init)
    }
}

/// The answer to a distribution: `{"granted":[…],"refused":[{"member","reason"}]}`.
package struct ReportBody: Encodable, Sendable {
    package var distribution: String
    package var granted: [CopyBody]
    package var refused: [RefusalBody]

    package init(_ report: DistributionReport) {
        distribution = report.distributionID
        granted = report.granted.map(CopyBody.init)
        refused = report.refused.map(RefusalBody.init)
    }
}

package struct DistributionBody: Encodable, Sendable {
    package var id: String
    package var list: String
    package var listName: String
    package var distributedBy: String
    package var distributedAt: String
    package var copies: [CopyBody]
    package var refused: [RefusalBody]
    /// Copies of the record in all, for "Copy 3 of 12".
    package var copiesOfRecord: Int

    package init(_ distribution: Distribution, total: Int) {
        id = distribution.id
        list = distribution.listID
        listName = distribution.listName
        distributedBy = distribution.distributedBy
        distributedAt = Clock.iso8601(distribution.distributedAt)
        copies = distribution.copies.map(CopyBody.init)
        refused = distribution.refused.map(RefusalBody.init)
        copiesOfRecord = total
    }
}

package struct ReceiptBody: Encodable, Sendable {
    package var copy: CopyBody
    package var copiesOfRecord: Int
    package var recordId: String
    package var reference: String
    package var title: String
    package var banner: String

    package init(_ receipt: Receipt) {
        copy = CopyBody(receipt.copy)
        copiesOfRecord = receipt.copiesOfRecord
        recordId = receipt.record.object.id
        reference = receipt.record.reference
        title = receipt.record.object.title
        banner = receipt.record.object.label.banner
    }
}
