import ChanceryKit
import ChancerySpine

/// A case in a list: what identifies it and where it stands.
package struct CaseSummaryBody: Encodable, Sendable {
    package var id: String
    package var title: String
    package var type: String
    package var state: String
    package var openedOn: String
    package var outcome: String?
    package var banner: String

    package init(_ hrCase: HRCase) {
        id = hrCase.object.id
        title = hrCase.title
        type = hrCase.caseType
        state = hrCase.object.state
        openedOn = hrCase.openedOn
        outcome = hrCase.outcome
        banner = hrCase.object.label.banner
    }
}

/// A case as its officer reads it: the summary, the contested decision, the parties, the articles, the label.
package struct CaseBody: Encodable, Sendable {
    package struct Party: Encodable, Sendable {
        package var username: String
        package var displayName: String
        package var part: String
    }

    package var id: String
    package var title: String
    package var type: String
    package var state: String
    @ExplicitNull package var outcome: String?
    package var openedOn: String
    @ExplicitNull package var decisionWhat: String?
    @ExplicitNull package var decisionBy: String?
    @ExplicitNull package var decisionNotifiedOn: String?
    package var articles: [String]
    package var parties: [Party]
    package var label: SecurityLabelForm
    package var banner: String
    package var version: Int64
    package var createdAt: String

    package init(_ hrCase: HRCase, parties: [CaseParty]) {
        id = hrCase.object.id
        title = hrCase.title
        type = hrCase.caseType
        state = hrCase.object.state
        outcome = hrCase.outcome
        openedOn = hrCase.openedOn
        decisionWhat = hrCase.decisionWhat
        decisionBy = hrCase.decisionBy
        decisionNotifiedOn = hrCase.decisionNotifiedOn
        articles = hrCase.articles
        self.parties = parties.map { Party(username: $0.username, displayName: $0.displayName, part: $0.part.rawValue) }
        label = SecurityLabelForm(hrCase.object.label)
        banner = hrCase.object.label.banner
        version = hrCase.object.version
        createdAt = Clock.iso8601(hrCase.object.createdAt)
    }
}
