import ChanceryKit
import HTTPTypes

/// An error a user may see: an HTTP status, a problem type and a sentence from the localisation table.
///
/// Rendered as RFC 9457 problem details on the API and as an error page on the web. Anything thrown that is
/// not an `AppError` is logged and becomes a 500 that says nothing was changed.
public struct AppError: Error, Sendable {
    public var status: HTTPResponse.Status
    /// Short machine-readable problem type, e.g. `not-found`; the problem's `type` is `urn:chancery:problem:<type>`.
    public var type: String
    /// Localisation key of the sentence.
    public var key: String
    public var arguments: [String: String]
    /// Arguments that are themselves localisation keys (a reason, an expected type), so that the whole
    /// sentence is in the reader's language and no English fragment lands in a French sentence.
    public var localizedArguments: [String: String]
    /// The request field the problem is about, when there is one.
    public var field: String?
    /// Several problems at once (e.g. every failed check of a verification), each with its field and sentence.
    public var errors: [Item] = []
    /// The roles any one of which would allow what was refused (`role-required`); the sentence names their jobs.
    public var requiredRoles: [Role] = []
    /// Seconds to wait before trying again, sent as `Retry-After` (a throttled sign-in).
    public var retryAfter: Int?

    /// One of several problems: a field, a localisation key and its arguments, and an optional code.
    public struct Item: Sendable, Equatable {
        public var field: String
        public var code: String?
        public var key: String
        public var arguments: [String: String]
        public var localizedArguments: [String: String]

        public init(
            field: String, code: String? = nil, key: String, _ arguments: [String: String] = [:],
            localizing localizedArguments: [String: String] = [:]
        ) {
            self.field = field
            self.code = code
            self.key = key
            self.arguments = arguments
            self.localizedArguments = localizedArguments
        }

        public func detail(_ localizer: Localizer) -> String {
            localizer(
                key, arguments.merging(localizedArguments.mapValues { localizer($0, arguments) }) { _, new in new })
        }
    }

    public init(
        _ status: HTTPResponse.Status, type: String, key: String, _ arguments: [String: String] = [:],
        localizing localizedArguments: [String: String] = [:], field: String? = nil
    ) {
        self.status = status
        self.type = type
        self.key = key
        self.arguments = arguments
        self.localizedArguments = localizedArguments
        self.field = field
    }

    /// The sentence in the given language.
    public func detail(_ localizer: Localizer) -> String {
        var values = arguments.merging(localizedArguments.mapValues { localizer($0, arguments) }) { _, localized in
            localized
        }
        if !requiredRoles.isEmpty { values["jobs"] = JobNames.list(requiredRoles, localizer) }
        return localizer(key, values)
    }

    public static let unauthenticated = AppError(.unauthorized, type: "unauthenticated", key: "error.unauthenticated")
    public static let badCredentials = AppError(.unauthorized, type: "bad-credentials", key: "error.badCredentials")
    public static let accountDisabled = AppError(.forbidden, type: "account-disabled", key: "error.disabled")
    public static let csrf = AppError(.forbidden, type: "csrf", key: "error.csrf")
    public static let notFound = AppError(.notFound, type: "not-found", key: "error.notFound")
    public static let writeDenied = AppError(.forbidden, type: "write-denied", key: "error.writeDenied")
    public static let ifMatchRequired = AppError(
        .init(code: 428, reasonPhrase: "Precondition Required"), type: "if-match-required", key: "error.ifMatchRequired"
    )
    public static let idempotencyMismatch = AppError(
        .conflict, type: "idempotency-key-reused", key: "error.idempotencyMismatch")
    public static let invalidIdempotencyKey = AppError(
        .badRequest, type: "invalid-idempotency-key", key: "error.idempotencyKey")
    public static let labelLowered = AppError(
        .conflict, type: "label-lowered", key: "error.labelLowered", field: "label")
    public static let labelAboveYou = AppError(
        .forbidden, type: "label-above-principal", key: "error.labelAboveYou", field: "label")
    public static let badCursor = AppError(.badRequest, type: "invalid-cursor", key: "error.badCursor", field: "cursor")
    /// A `limit` outside 1...`max`: the sentence names the maximum of this list, as its OpenAPI operation does.
    /// A refusal that lists every field to correct at once: its sentence counts them (`{count}`) and names `field`,
    /// or the one field when there is only one.
    public static func fields(
        _ status: HTTPResponse.Status, type: String, key: String, _ items: [Item], field: String? = nil
    ) -> AppError {
        var error = AppError(
            status, type: type, key: key, ["count": String(items.count)],
            field: field ?? (items.count == 1 ? items[0].field : nil))
        error.errors = items
        return error
    }

    public static func badLimit(max: Int) -> AppError {
        AppError(.badRequest, type: "invalid-limit", key: "error.badLimit", ["max": String(max)], field: "limit")
    }

    /// An item of an office (a registry record, key material…) sent to the generic notes endpoint.
    package static func editElsewhere(_ object: LabelledObject) -> AppError {
        AppError(
            .conflict, type: "edit-elsewhere", key: "error.editElsewhere",
            ["path": InstalledOffices.apiPath(kind: object.kind, id: object.id) ?? "/api/v1/\(object.kind)"])
    }

    public static func objectNotFound(_ id: String) -> AppError {
        AppError(.notFound, type: "object-not-found", key: "error.objectNotFound", ["id": id])
    }

    /// An object placed in a unit the principal does not belong to.
    public static func notYourUnit(_ principal: Principal) -> AppError {
        AppError(
            .forbidden, type: "not-your-unit", key: "error.notYourUnit",
            ["units": principal.units.sorted().joined(separator: ", ")], field: "owningUnit")
    }

    /// A sign-in attempt refused unchecked while the throttle holds its name or address (the same answer whether the
    /// name is an account or not, and whatever the password).
    public static func signInThrottled(retryAfter seconds: Int) -> AppError {
        var error = AppError(
            .tooManyRequests, type: "sign-in-throttled", key: "error.throttled", ["seconds": String(seconds)])
        error.retryAfter = seconds
        return error
    }

    /// Refuses a principal who holds none of `roles`; the sentence names the jobs that may do it, never a role id.
    public static func roleRequired(_ roles: Set<Role>) -> AppError {
        var error = AppError(.forbidden, type: "role-required", key: "error.forbiddenRole")
        error.requiredRoles = JobNames.ordered(roles)
        return error
    }

    public static func roleRequired(_ role: Role) -> AppError { roleRequired([role]) }

    public static func stale(currentVersion: Int64) -> AppError {
        AppError(.preconditionFailed, type: "stale-version", key: "error.stale", ["version": String(currentVersion)])
    }

    /// A field of a JSON body that the request does not accept (misspelt, or not changeable here).
    public static func unknownField(_ field: String) -> AppError {
        AppError(.badRequest, type: "unknown-field", key: "error.unknownField", ["field": field], field: field)
    }

    /// A query parameter the operation does not take (misspelt, or another operation's), with those it takes.
    public static func unknownParameter(_ name: String, allowed: [String]) -> AppError {
        let name = String(name.prefix(60))
        guard !allowed.isEmpty else {
            return AppError(
                .badRequest, type: "unknown-parameter", key: "error.unknownParameterNone", ["name": name], field: name)
        }
        return AppError(
            .badRequest, type: "unknown-parameter", key: "error.unknownParameter",
            ["name": name, "allowed": allowed.joined(separator: ", ")], field: name)
    }

    public static func missingField(_ field: String) -> AppError {
        AppError(.badRequest, type: "missing-field", key: "error.missingField", ["field": field], field: field)
    }

    public static func invalidField(_ field: String, reason: String) -> AppError {
        AppError(
            .badRequest, type: "invalid-field", key: "error.invalidField", ["field": field, "reason": reason],
            field: field)
    }

    /// A field refused for a reason given as a localisation key.
    public static func invalidField(_ field: String, reasonKey: String) -> AppError {
        AppError(
            .badRequest, type: "invalid-field", key: "error.invalidField", ["field": field],
            localizing: ["reason": reasonKey], field: field)
    }

    public static func invalidQuery(_ name: String, reason: String) -> AppError {
        AppError(
            .badRequest, type: "invalid-query", key: "error.badQuery", ["name": name, "reason": reason], field: name)
    }

    /// A list field holding more than `count` items.
    public static func tooMany(_ field: String, max count: Int) -> AppError {
        AppError(
            .badRequest, type: "invalid-field", key: "field.tooMany", ["field": field, "count": String(count)],
            field: field)
    }

    /// A query parameter refused for a reason given as a localisation key.
    public static func invalidQuery(_ name: String, reasonKey: String) -> AppError {
        AppError(
            .badRequest, type: "invalid-query", key: "error.badQuery", ["name": name],
            localizing: ["reason": reasonKey],
            field: name)
    }

    /// A request body over the limit of its route, e.g. "1 MB".
    public static func bodyTooLarge(_ limit: String) -> AppError {
        AppError(.contentTooLarge, type: "body-too-large", key: "error.bodyTooLarge", ["limit": limit])
    }

    /// A request body that is not JSON, with the reason as a localisation key.
    public static func badJSON(reasonKey: String) -> AppError {
        AppError(.badRequest, type: "invalid-json", key: "error.badJSON", localizing: ["reason": reasonKey])
    }

    /// A malformed ADatP-4774 document, with the reason in the user's language.
    package static func invalidLabelXML(_ problem: XMLLabelProblem) -> AppError {
        let (reasonKey, arguments): (String, [String: String]) =
            switch problem {
            case .notWellFormed(let line): ("xml.notWellFormed", ["line": String(line)])
            case .wrongRoot(let name): ("xml.wrongRoot", ["name": name])
            case .wrongNamespace: ("xml.wrongNamespace", [:])
            case .categoryWithoutAttributes: ("xml.categoryWithoutAttributes", [:])
            case .valueOutsideCategory: ("xml.valueOutsideCategory", [:])
            case .policyMissing: ("xml.policyMissing", [:])
            case .categoryNotUnderstood(let tag, let type): ("xml.categoryNotUnderstood", ["tag": tag, "type": type])
            }
        return AppError(
            .unprocessableContent, type: "invalid-label", key: "label.malformedXML", arguments,
            localizing: ["value": reasonKey], field: "label")
    }

    /// A refused label, with the sentence of the label rules in the user's language.
    public static func invalidLabel(_ error: LabelError, field: String = "label") -> AppError {
        if case .malformedXML(let problem) = error { return invalidLabelXML(problem) }
        let (key, value): (String, String?) =
            switch error {
            case .unknownClassification(let text): ("label.unknownClassification", text)
            case .missingClassification: ("label.missingClassification", nil)
            case .emptyReleasability: ("label.emptyReleasability", nil)
            case .unknownReleasabilityCode(let code): ("label.unknownReleasabilityCode", code)
            case .natoMixedWithList: ("label.natoMixedWithList", nil)
            case .unknownCategory(let name): ("label.unknownCategory", name)
            case .invalidInformativeMarking(let text): ("label.invalidInformativeMarking", text)
            case .tooManyCategories: ("label.tooManyCategories", nil)
            case .sharedCategoryBit: ("label.sharedCategoryBit", nil)
            case .tooManyInformativeMarkings: ("label.tooManyInformativeMarkings", nil)
            case .malformedXML: ("label.malformedXML", nil)  // answered above
            case .unsupportedPolicy(let policy): ("label.unsupportedPolicy", policy)
            case .emptySet: ("label.emptySet", nil)
            }
        return AppError(
            .unprocessableContent, type: "invalid-label", key: key, value.map { ["value": $0] } ?? [:], field: field)
    }
}
