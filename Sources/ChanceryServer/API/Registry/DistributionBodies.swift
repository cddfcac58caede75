import ChanceryKit

/// A member of a distribution list, as the API shows it.
struct MemberBody: Codable, Sendable {
    var kind: String
    var id: String
    var role: String

    init(_ member: DistributionList.Member) {
        kind = member.kind.rawValue
        id = member.id
        role = member.role.rawValue
    }
}

struct DistributionListBody: Encodable, Sendable {
    var id: String
    var name: String
    var description: String
    var members: [MemberBody]
    var owner: OwnerBody
    var version: Int64

    /// Who keeps the list: `{"kind":"user","id":ACCOUNT-ID}` or `{"kind":"unit","id":"IPS"}`.
    struct OwnerBody: Encodable, Sendable {
        var kind: String
        var id: String
    }

    init(_ list: DistributionList) {
        id = list.id
        name = list.name
        description = list.description
        members = list.members.map(MemberBody.init)
        owner = OwnerBody(kind: list.owner.kind.rawValue, id: list.owner.id)
        version = list.version
    }
}

struct CopyBody: Encodable, Sendable {
    var id: String
    var member: MemberBody
    var copyNumber: Int
    var receiptRequired: Bool
    var acknowledgedBy: String?
    var acknowledgedAt: String?

    init(_ copy: DistributionReport.Copy) {
        id = copy.id
        member = MemberBody(copy.member)
        copyNumber = copy.number
        receiptRequired = copy.receiptRequired
        acknowledgedBy = copy.acknowledgedBy
        acknowledgedAt = copy.acknowledgedAt.map(Clock.iso8601)
    }
}

struct RefusalBody: Encodable, Sendable {
    var member: MemberBody
    var reason: String
    var via: MemberBody?

    init(_ refusal: DistributionReport.Refusal) {
        member = MemberBody(refusal.member)
        reason = refusal.reason
        via = refusal.via.map(MemberBody.init)
    }
}

/// The answer to a distribution: `{"granted":[…],"refused":[{"member","reason"}]}`.
struct ReportBody: Encodable, Sendable {
    var distribution: String
    var granted: [CopyBody]
    var refused: [RefusalBody]

    init(_ report: DistributionReport) {
        distribution = report.distributionID
        granted = report.granted.map(CopyBody.init)
        refused = report.refused.map(RefusalBody.init)
    }
}

struct DistributionBody: Encodable, Sendable {
    var id: String
    var list: String
    var listName: String
    var distributedBy: String
    var distributedAt: String
    var copies: [CopyBody]
    var refused: [RefusalBody]
    /// Copies of the record in all, for "Copy 3 of 12".
    var copiesOfRecord: Int

    init(_ distribution: Distribution, total: Int) {
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

struct ReceiptBody: Encodable, Sendable {
    var copy: CopyBody
    var copiesOfRecord: Int
    var recordId: String
    var reference: String
    var title: String
    var banner: String

    init(_ receipt: Receipt) {
        copy = CopyBody(receipt.copy)
        copiesOfRecord = receipt.copiesOfRecord
        recordId = receipt.record.object.id
        reference = receipt.record.reference
        title = receipt.record.object.title
        banner = receipt.record.object.label.banner
    }
}
