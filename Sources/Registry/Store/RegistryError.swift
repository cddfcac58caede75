import ChanceryKit
import ChancerySpine

/// The registry's refusals, each a sentence in the localisation table.
package enum RegistryError {
    package static func seriesExists(_ code: String) -> AppError {
        AppError(.conflict, type: "series-exists", key: "registry.error.seriesExists", ["code": code], field: "code")
    }

    package static func unknownSeries(_ code: String) -> AppError {
        AppError(
            .notFound, type: "series-not-found", key: "registry.error.unknownSeries", ["code": code], field: "series")
    }

    package static func inactiveSeries(_ code: String) -> AppError {
        AppError(
            .conflict, type: "series-inactive", key: "registry.error.inactiveSeries", ["code": code], field: "series")
    }

    package static func templateTaken(_ template: String, by code: String) -> AppError {
        AppError(
            .conflict, type: "template-taken", key: "registry.error.templateTaken",
            ["template": template, "code": code],
            field: "template")
    }

    package static func referenceTaken(_ reference: String) -> AppError {
        AppError(
            .conflict, type: "reference-taken", key: "registry.error.referenceTaken", ["reference": reference],
            field: "series")
    }

    package static func invalidTemplate(_ error: ReferenceTemplateError) -> AppError {
        let (reason, value): (String, String) =
            switch error {
            case .length: ("registry.template.length", String(ReferenceTemplate.maximumLength))
            case .unclosedPlaceholder: ("registry.template.unclosed", "")
            case .unknownPlaceholder(let name): ("registry.template.unknown", name)
            case .repeatedPlaceholder(let name): ("registry.template.repeated", name)
            case .missingSequence: ("registry.template.noSequence", "")
            case .missingYear: ("registry.template.noYear", "")
            case .invalidCharacter(let character): ("registry.template.character", character)
            }
        return AppError(
            .unprocessableContent, type: "invalid-template", key: "registry.error.template", ["value": value],
            localizing: ["reason": reason], field: "template")
    }

    package static let verificationFailed = AppError(
        .unprocessableContent, type: "verification-failed", key: "registry.error.verificationFailed")

    package static func notARecord(_ id: String) -> AppError { .objectNotFound(id) }
}

extension RegistryError {
    package static func finalState(_ state: RecordState) -> AppError {
        AppError(
            .conflict, type: "record-closed-for-edits", key: "registry.error.finalState",
            localizing: ["state": "registry.state.\(state.rawValue)"])
    }
}

extension RegistryError {
    package static func unknownList(_ id: String) -> AppError {
        AppError(.notFound, type: "list-not-found", key: "registry.error.unknownList", ["id": id], field: "list")
    }

    package static func listNameTaken(_ name: String) -> AppError {
        AppError(.conflict, type: "list-name-taken", key: "registry.error.listNameTaken", ["name": name], field: "name")
    }

    package static func unknownMember(_ id: String) -> AppError {
        AppError(
            .unprocessableContent, type: "unknown-member", key: "registry.error.unknownMember", ["id": id],
            field: "members")
    }

    package static func unknownGroup(_ name: String) -> AppError {
        AppError(
            .unprocessableContent, type: "unknown-member", key: "registry.error.unknownGroup", ["id": name],
            field: "members")
    }

    /// A change to a list by someone who neither owns it nor supervises the registry.
    package static func listNotYours(unit: String) -> AppError {
        AppError(.forbidden, type: "list-not-yours", key: "registry.error.listNotYours.unit", ["owner": unit])
    }

    package static func listNotYours(user: String) -> AppError {
        AppError(.forbidden, type: "list-not-yours", key: "registry.error.listNotYours.user", ["owner": user])
    }

    package static func unknownOwner(_ id: String) -> AppError {
        AppError(
            .unprocessableContent, type: "unknown-owner", key: "registry.error.unknownOwner", ["id": id],
            field: "owner.id")
    }

    package static func ownerNotYourUnit(_ principal: Principal) -> AppError {
        AppError(
            .forbidden, type: "not-your-unit", key: "registry.error.ownerUnit",
            ["units": principal.units.sorted().joined(separator: ", ")], field: "owner.id")
    }

    /// An access control entry naming nobody: no such account, or no such group. Nothing is granted.
    package static func unknownGrantee(_ grantee: Grantee, field: String) -> AppError {
        let key =
            if case .group = grantee { "registry.error.unknownGranteeGroup" } else {
                "registry.error.unknownGranteeUser"
            }
        return AppError(.badRequest, type: "unknown-grantee", key: key, ["id": grantee.name], field: field)
    }

    package static let receiptNotYours = AppError(
        .notFound, type: "receipt-not-found", key: "registry.error.receiptNotFound")
    package static let receiptDone = AppError(
        .conflict, type: "receipt-acknowledged", key: "registry.error.receiptDone")
}

extension RegistryError {
    package static let folderNeedsRule = AppError(
        .badRequest, type: "invalid-field", key: "registry.error.folderNeedsRule", field: "retentionYears")

    package static func badParent(_ id: String) -> AppError {
        AppError(
            .unprocessableContent, type: "invalid-parent", key: "registry.error.badParent", ["id": id], field: "parent")
    }

    package static func codeTaken(_ code: String) -> AppError {
        AppError(.conflict, type: "code-taken", key: "registry.error.codeTaken", ["code": code], field: "code")
    }

    package static func unknownNode(_ id: String) -> AppError {
        AppError(.notFound, type: "node-not-found", key: "registry.error.unknownNode", ["id": id])
    }

    /// Retiring a node whose children are still in use: they go first.
    package static func liveChildren(_ code: String, _ children: [String]) -> AppError {
        AppError(
            .conflict, type: "node-has-live-children", key: "registry.error.liveChildren",
            ["code": code, "count": String(children.count), "children": children.prefix(10).joined(separator: ", ")])
    }

    package static func retiredFolder(_ code: String) -> AppError {
        AppError(
            .conflict, type: "folder-retired", key: "registry.error.retiredFolder", ["code": code], field: "folder")
    }

    package static func unknownFolder(_ id: String) -> AppError {
        AppError(
            .unprocessableContent, type: "unknown-folder", key: "registry.error.unknownFolder", ["id": id],
            field: "folder")
    }

    package static func wrongState(_ state: RecordState, action: String) -> AppError {
        AppError(
            .conflict, type: "wrong-state", key: "registry.error.wrongState",
            localizing: ["state": "registry.state.\(state.rawValue)", "action": "registry.action.\(action)"])
    }

    package static func notDue(_ due: String?) -> AppError {
        AppError(
            .conflict, type: "not-due", key: due == nil ? "registry.error.noDisposalDate" : "registry.error.notDue",
            ["due": due ?? ""])
    }

    package static let onHold = AppError(.conflict, type: "legal-hold", key: "registry.error.onHold")
    package static let witnessRequired = AppError(
        .badRequest, type: "missing-field", key: "registry.error.witnessRequired", field: "witness")
    /// The supervisor who destroys an item may not also be its witness (four eyes).
    package static let ownWitness = AppError(
        .forbidden, type: "separation-of-duties", key: "registry.error.ownWitness", field: "witness")
    package static let notLower = AppError(
        .conflict, type: "not-a-downgrade", key: "registry.error.notLower", field: "label")
    package static func holdNotFound(_ id: String) -> AppError {
        AppError(.notFound, type: "hold-not-found", key: "registry.error.holdNotFound", ["id": id])
    }
}

extension RegistryError {
    package static let notFiled = AppError(
        .conflict, type: "not-filed", key: "registry.error.notFiled", field: "folder")
}
