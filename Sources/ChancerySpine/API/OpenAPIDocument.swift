import Foundation

/// The OpenAPI 3.1 description of the JSON API, served at `GET /api/v1/openapi.json`.
///
/// Kept by hand next to the controllers; a test checks every route is described, the test script validates
/// the document with `openapi-spec-validator`, and `scripts/fuzz-api.sh` runs schemathesis against a live
/// server to check that every answer (status, content type, headers, body) is the one described here.
///
/// Conventions of the document:
/// - every request body is a closed object (`additionalProperties: false`): an unknown field is a 400
///   `unknown-field`; every response body is closed too, so that an undocumented field fails the fuzzing;
/// - every error an operation can give is listed with one of the shared responses (`#/components/responses`),
///   whose description names its problem types; an operation's own description says which of them it gives;
/// - a text that the server trims and refuses empty or with control characters (`FieldRules.text`) carries the
///   pattern `^[^\s\u0000-\u001F\u007F-\u009F\u2028\u2029][^\u0000-\u001F\u007F-\u009F\u2028\u2029]*$`
///   (a visible first character, no control character) and its maximum length; it is written out at each use
///   because a `$ref` with a sibling `maxLength` is not understood by every tool.
package enum OpenAPIDocument {
    /// The whole document: the spine's part with every office's paths and components merged in.
    package static var json: String { InstalledOffices.catalog.openAPI }

    /// The document of the spine with these offices' fragments.
    package static func build(offices: [any Office]) -> String {
        withUnknownParameterRefusals(merge(spine, fragments: [search, accounts] + offices.flatMap(\.openAPIFragments)), offices: offices)
    }

    /// Adds the `paths` and `components` of each fragment to the base document.
    package static func merge(_ base: String, fragments: [String]) -> String {
        func object(_ text: String) -> [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
        }
        var document = object(base)
        for fragment in fragments.map(object) {
            var paths = document["paths"] as? [String: Any] ?? [:]
            paths.merge(fragment["paths"] as? [String: Any] ?? [:]) { base, _ in base }
            document["paths"] = paths
            var components = document["components"] as? [String: Any] ?? [:]
            for (section, entries) in fragment["components"] as? [String: [String: Any]] ?? [:] {
                var merged = components[section] as? [String: Any] ?? [:]
                merged.merge(entries) { base, _ in base }
                components[section] = merged
            }
            document["components"] = components
        }
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes]))
        return data.map { String(decoding: $0, as: UTF8.self) } ?? base
    }

    package static let spine = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "Chancery API",
        "version": "1.0.0",
        "description": "Registry and casework of the headquarters' administrative offices. Every list is security-trimmed: it shows only what the caller may read, and an object the caller may not read answers 404 exactly like one that does not exist. Errors are RFC 9457 problem details (application/problem+json) with a `type` urn:chancery:problem:<name>, a sentence in the caller's language and, when one field is at fault, its name in `field`; a refused request changes nothing. Request bodies are closed: an unknown field is refused (400 unknown-field), and so is a query parameter the operation does not take (400 unknown-parameter; on the FHIR routes an OperationOutcome). Edits need `If-Match` with the ETag of the version they change (missing: 428, stale: 412); creations accept an `Idempotency-Key` (the same key with another body: 409 idempotency-key-reused)."
      },
      "servers": [{ "url": "/" }],
      "security": [{ "bearer": [] }],
      "paths": {
        "/api/v1/auth/token": {
          "post": {
            "summary": "Issue an API bearer token (12 hours); every sign-in is audited, and throttled by name and by client address",
            "operationId": "issueToken",
            "security": [],
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/TokenRequest" } } } },
            "responses": {
              "201": { "description": "A token", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Token" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" },
              "401": { "$ref": "#/components/responses/Unauthorized", "description": "bad-credentials: unknown user name or wrong password (the same answer)." },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "account-disabled." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" },
              "429": { "$ref": "#/components/responses/TooManyRequests" }
            }
          },
          "delete": {
            "summary": "Revoke the token used for this request",
            "operationId": "revokeToken",
            "responses": {
              "204": { "description": "Revoked" },
              "401": { "$ref": "#/components/responses/Unauthorized" }
            }
          }
        },
        "/api/v1/me": {
          "get": {
            "summary": "The authenticated principal",
            "operationId": "getMe",
            "responses": {
              "200": { "description": "The principal", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Principal" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" }
            }
          }
        },
        "/api/v1/objects": {
          "get": {
            "summary": "List the objects the caller may read, newest first (a page showing NC+ or compartmented objects is an audited read)",
            "operationId": "listObjects",
            "parameters": [
              { "name": "kind", "in": "query", "description": "Only objects of this kind, e.g. note or record.", "schema": { "type": "string" } },
              { "$ref": "#/components/parameters/Limit" },
              { "$ref": "#/components/parameters/Cursor" },
              { "$ref": "#/components/parameters/WithTotal" }
            ],
            "responses": {
              "200": { "description": "A page of objects", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ObjectList" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "invalid-limit, invalid-cursor." },
              "401": { "$ref": "#/components/responses/Unauthorized" }
            }
          },
          "post": {
            "summary": "Create a working note in one of the caller's units, with a label the caller could read",
            "operationId": "createObject",
            "parameters": [{ "$ref": "#/components/parameters/IdempotencyKey" }],
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/CreateObject" } } } },
            "responses": {
              "201": {
                "description": "Created (or the recorded answer to an earlier request with the same Idempotency-Key)",
                "links": { "GetObject": { "$ref": "#/components/links/GetObject" }, "UpdateObject": { "$ref": "#/components/links/UpdateObject" }, "GetObjectLabelXML": { "$ref": "#/components/links/GetObjectLabelXML" }, "ListObjectAuditEvents": { "$ref": "#/components/links/ListObjectAuditEvents" } },
                "headers": {
                  "ETag": { "$ref": "#/components/headers/ETag" }, "Location": { "$ref": "#/components/headers/Location" },
                  "X-Classification": { "$ref": "#/components/headers/Classification" }, "Idempotent-Replayed": { "$ref": "#/components/headers/IdempotentReplayed" }
                },
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Object" } } }
              },
              "400": { "$ref": "#/components/responses/BadRequest" },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "not-your-unit (owningUnit is not one of the caller's units), label-above-principal (a label the caller could not read)." },
              "409": { "$ref": "#/components/responses/Conflict", "description": "idempotency-key-reused: the Idempotency-Key was used with another body." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" },
              "422": { "$ref": "#/components/responses/UnprocessableContent", "description": "invalid-label, unsupported-kind (only notes are created here)." }
            }
          }
        },
        "/api/v1/objects/{id}": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "get": {
            "summary": "Read one object (reads of NATO CONFIDENTIAL and above, or of compartmented objects, are audited)",
            "operationId": "getObject",
            "responses": {
              "200": { "description": "The object", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Object" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "404": { "$ref": "#/components/responses/NotFound" }
            }
          },
          "patch": {
            "summary": "Change a note's title or raise its label (lowering is a downgrade, refused here; an office's item is edited through its office's endpoint)",
            "description": "The body is a JSON Merge Patch (RFC 7396) of the note's title and label: members not sent are kept, and the label merges member by member (send only classification to raise it, keeping releasability, categories and informative markings).",
            "operationId": "updateObject",
            "parameters": [{ "$ref": "#/components/parameters/IfMatch" }],
            "requestBody": { "required": true, "content": { "application/merge-patch+json": { "schema": { "$ref": "#/components/schemas/UpdateObject" } }, "application/json": { "schema": { "$ref": "#/components/schemas/UpdateObject" } } } },
            "responses": {
              "200": { "description": "The changed object", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Object" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "A malformed body or If-Match header (invalid-field with field If-Match)." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "write-denied, label-above-principal." },
              "404": { "$ref": "#/components/responses/NotFound" },
              "409": { "$ref": "#/components/responses/Conflict", "description": "label-lowered: the new label is lower than the current one; edit-elsewhere: an office's item (a record, key material) changes through its own endpoint." },
              "412": { "$ref": "#/components/responses/PreconditionFailed" },
              "413": { "$ref": "#/components/responses/ContentTooLarge" },
              "415": { "$ref": "#/components/responses/UnsupportedMediaType", "description": "unsupported-media-type: the body is neither application/merge-patch+json nor application/json." },
              "422": { "$ref": "#/components/responses/UnprocessableContent", "description": "invalid-label." },
              "428": { "$ref": "#/components/responses/PreconditionRequired" }
            }
          }
        },
        "/api/v1/objects/{id}/label.xml": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "get": {
            "summary": "The object's label as an ADatP-4774 confidentiality label",
            "operationId": "getObjectLabelXML",
            "responses": {
              "200": { "description": "The label", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/xml": { "schema": { "type": "string" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "404": { "$ref": "#/components/responses/NotFound" }
            }
          }
        },
        "/api/v1/labels/check": {
          "post": {
            "summary": "Check a label given as JSON or as ADatP-4774 XML (any Content-Type containing xml)",
            "operationId": "checkLabel",
            "requestBody": {
              "required": true,
              "content": {
                "application/json": { "schema": { "$ref": "#/components/schemas/LabelInput" } },
                "application/xml": { "schema": { "type": "string", "description": "An ADatP-4774 ConfidentialityLabel document." } }
              }
            },
            "responses": {
              "200": { "description": "The canonical label", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/CheckedLabel" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "413": { "$ref": "#/components/responses/ContentTooLarge" },
              "422": { "$ref": "#/components/responses/UnprocessableContent", "description": "invalid-label: the sentence says what is wrong with the label or the XML." }
            }
          }
        },
        "/api/v1/audit": {
          "get": {
            "summary": "The audit events of one object, oldest first (auditor role; the auditor must be able to read the object; the consultation is audited)",
            "operationId": "listAuditEvents",
            "parameters": [
              { "name": "object", "in": "query", "required": true, "description": "The object's id.", "schema": { "type": "string", "minLength": 1 } },
              { "$ref": "#/components/parameters/Limit" },
              { "name": "cursor", "in": "query", "description": "nextCursor of the previous page (the last sequence number it showed).", "schema": { "type": "string", "pattern": "^[0-9]{1,18}$" } }
            ],
            "responses": {
              "200": { "description": "Events, oldest first", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/AuditEventList" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "invalid-query (object missing), invalid-limit, invalid-cursor." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required: the auditor role." },
              "404": { "$ref": "#/components/responses/NotFound", "description": "object-not-found: no such object, or one the auditor may not read." }
            }
          }
        },
        "/api/v1/openapi.json": {
          "get": {
            "summary": "This document",
            "operationId": "getOpenAPI",
            "security": [],
            "responses": { "200": { "description": "The OpenAPI document", "content": { "application/json": { "schema": { "type": "object", "required": ["openapi", "info", "paths", "components"] } } } } }
          }
        }
      },
      "components": {
        "securitySchemes": {
          "bearer": { "type": "http", "scheme": "bearer", "description": "A token from POST /api/v1/auth/token; it lasts 12 hours, DELETE /api/v1/auth/token revokes it." }
        },
        "parameters": {
          "ObjectId": { "name": "id", "in": "path", "required": true, "description": "An object id (26 characters, Crockford base 32); a malformed id is answered like an unknown one (404).", "schema": { "$ref": "#/components/schemas/Id" } },
          "Limit": { "name": "limit", "in": "query", "description": "Items per page.", "schema": { "type": "integer", "minimum": 1, "maximum": 200, "default": 50 } },
          "Cursor": { "name": "cursor", "in": "query", "description": "The cursor of the next page, as the previous page gave it (opaque).", "schema": { "type": "string" } },
          "WithTotal": { "name": "withTotal", "in": "query", "description": "true: also count every readable match (trimmed). Any other value: no count.", "schema": { "type": "boolean" } },
          "IdempotencyKey": { "name": "Idempotency-Key", "in": "header", "description": "Printable ASCII, 1 to 255 characters. A retried request with the same key and body gets the recorded answer (Idempotent-Replayed: true) and creates nothing more; the same key with another body is refused (409 idempotency-key-reused).", "schema": { "type": "string", "pattern": "^[ -~]{1,255}$" } },
          "IfMatch": { "name": "If-Match", "in": "header", "required": true, "description": "The ETag of the version being changed, e.g. \"v3\" (W/\"v3\" is accepted too). Missing: 428; malformed: 400; not the current version: 412.", "schema": { "type": "string", "pattern": "^(W/)?\"v[0-9]{1,18}\"$" } }
        },
        "headers": {
          "ETag": { "description": "The version of what the answer shows, for If-Match.", "required": true, "schema": { "type": "string", "pattern": "^\"v[0-9]+\"$" } },
          "Location": { "description": "Where the created resource is read.", "required": true, "schema": { "type": "string", "pattern": "^/api/v1/" } },
          "Classification": { "description": "The banner of the (dominant) label of what the answer shows.", "required": true, "schema": { "type": "string", "minLength": 1 } },
          "IdempotentReplayed": { "description": "true when this is the recorded answer to an earlier request with the same Idempotency-Key.", "schema": { "type": "string", "const": "true" } },
          "ContentLanguage": { "description": "The language of the problem's detail: the account's choice, else Accept-Language.", "required": true, "schema": { "type": "string", "enum": ["en", "fr"] } },
          "WWWAuthenticate": { "description": "The bearer challenge.", "required": true, "schema": { "type": "string", "pattern": "^Bearer " } },
          "RetryAfter": { "description": "Seconds to wait before trying again.", "required": true, "schema": { "type": "string", "pattern": "^[1-9][0-9]*$" } }
        },
        "responses": {
          "BadRequest": {
            "description": "A malformed request; nothing was changed. Problem types: invalid-json (not JSON, empty, or not an object), unknown-field (a field this operation does not take), unknown-parameter (a query parameter this operation does not take: `field` names it), missing-field, wrong-type, invalid-field (`field` names it), invalid-query (a query parameter), invalid-limit, invalid-cursor, invalid-idempotency-key.",
            "headers": { "Content-Language": { "$ref": "#/components/headers/ContentLanguage" } },
            "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } }
          },
          "Unauthorized": {
            "description": "unauthenticated: no bearer token, or one that is unknown, expired, revoked, or of a disabled account.",
            "headers": { "Content-Language": { "$ref": "#/components/headers/ContentLanguage" }, "WWW-Authenticate": { "$ref": "#/components/headers/WWWAuthenticate" } },
            "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } }
          },
          "Forbidden": {
            "description": "The caller may not do this; the denial is audited. Problem types: role-required, write-denied (no write need-to-know), label-above-principal, not-your-unit, account-disabled.",
            "headers": { "Content-Language": { "$ref": "#/components/headers/ContentLanguage" } },
            "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } }
          },
          "NotFound": {
            "description": "object-not-found: no such object, or one the caller may not read (the same answer, so that nothing leaks).",
            "headers": { "Content-Language": { "$ref": "#/components/headers/ContentLanguage" } },
            "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } }
          },
          "Conflict": {
            "description": "The request contradicts the current state; nothing was changed.",
            "headers": { "Content-Language": { "$ref": "#/components/headers/ContentLanguage" } },
            "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } }
          },
          "PreconditionFailed": {
            "description": "stale-version: If-Match names a version that is no longer the current one; nothing was changed.",
            "headers": { "Content-Language": { "$ref": "#/components/headers/ContentLanguage" } },
            "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } }
          },
          "ContentTooLarge": {
            "description": "body-too-large: a JSON body over 1 MB (an attachment over CHANCERY_MAX_UPLOAD_MB).",
            "headers": { "Content-Language": { "$ref": "#/components/headers/ContentLanguage" } },
            "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } }
          },
          "UnsupportedMediaType": {
            "description": "file-type-not-allowed, file-content-mismatch (the file's first bytes, or the structure of an office document's ZIP container, are not of the declared type), unsupported-media-type (a PATCH body that is not JSON).",
            "headers": { "Content-Language": { "$ref": "#/components/headers/ContentLanguage" } },
            "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } }
          },
          "UnprocessableContent": {
            "description": "Well-formed but refused by the rules; nothing was changed. Problem types: invalid-label and the operation's own.",
            "headers": { "Content-Language": { "$ref": "#/components/headers/ContentLanguage" } },
            "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } }
          },
          "PreconditionRequired": {
            "description": "if-match-required: an edit without If-Match.",
            "headers": { "Content-Language": { "$ref": "#/components/headers/ContentLanguage" } },
            "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } }
          },
          "TooManyRequests": {
            "description": "sign-in-throttled: too many failed sign-ins for this name or from this address (docs/security-model.md states the policy). The attempt was not checked: the same answer whatever the password, and whether or not the name is an account. Retry-After says how many seconds to wait.",
            "headers": { "Content-Language": { "$ref": "#/components/headers/ContentLanguage" }, "Retry-After": { "$ref": "#/components/headers/RetryAfter" } },
            "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } }
          },
          "InternalServerError": {
            "description": "A fault of the server, not of the request (its incident id is in the detail); nothing was changed.",
            "headers": { "Content-Language": { "$ref": "#/components/headers/ContentLanguage" } },
            "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } }
          }
        },
        "links": {
          "GetObject": { "operationId": "getObject", "parameters": { "path.id": "$response.body#/id" }, "description": "Read the object." },
          "UpdateObject": { "operationId": "updateObject", "parameters": { "path.id": "$response.body#/id", "header.If-Match": "$response.header.ETag" }, "description": "Change the version just read." },
          "GetObjectLabelXML": { "operationId": "getObjectLabelXML", "parameters": { "path.id": "$response.body#/id" }, "description": "The object's label in XML." },
          "ListObjectAuditEvents": { "operationId": "listAuditEvents", "parameters": { "query.object": "$response.body#/id" }, "description": "The object's audit trail." }
        },
        "schemas": {
          "Id": { "type": "string", "pattern": "^[0-9A-HJKMNP-TV-Z]{26}$", "description": "An object id (ULID)." },
          "Timestamp": { "type": "string", "format": "date-time", "pattern": "Z$", "description": "UTC, e.g. 2026-11-23T14:05:00Z." },
          "Day": { "type": "string", "format": "date", "pattern": "^(19|2[0-9])[0-9]{2}-[0-9]{2}-[0-9]{2}$", "description": "A calendar day YYYY-MM-DD, years 1900 to 2999." },
          "Classification": { "type": "string", "enum": ["NATO UNCLASSIFIED", "NATO RESTRICTED", "NATO CONFIDENTIAL", "NATO SECRET", "COSMIC TOP SECRET"] },
          "ClassificationInput": {
            "type": "string", "description": "A marking or its abbreviation (any case).",
            "enum": ["NATO UNCLASSIFIED", "NATO RESTRICTED", "NATO CONFIDENTIAL", "NATO SECRET", "COSMIC TOP SECRET", "NU", "NR", "NC", "NS", "CTS"]
          },
          "ReleasabilityCode": {
            "type": "string", "description": "NATO (every member nation, alone), a member nation's ISO 3166 alpha-3 code or an organisation.",
            "enum": ["NATO", "ALB", "BEL", "BGR", "CAN", "HRV", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "ISL", "ITA", "LVA", "LTU", "LUX", "MNE", "NLD", "MKD", "NOR", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE", "TUR", "GBR", "USA", "EU", "UN", "KFOR", "EAPC"]
          },
          "Problem": {
            "type": "object", "additionalProperties": false,
            "required": ["type", "title", "status", "detail", "instance"],
            "properties": {
              "type": { "type": "string", "pattern": "^urn:chancery:problem:[a-z0-9-]+$" },
              "title": { "type": "string", "description": "The status's reason phrase." },
              "status": { "type": "integer", "minimum": 400, "maximum": 599 },
              "detail": { "type": "string", "description": "What is wrong and what to do, in the caller's language." },
              "instance": { "type": "string", "description": "The request's path." },
              "field": { "type": "string", "description": "The request field (or parameter, or header) at fault." },
              "errors": { "type": "array", "description": "Each problem when there are several (e.g. every failed verification check).", "items": { "$ref": "#/components/schemas/ProblemItem" } },
              "roles": { "type": "array", "description": "role-required: the roles any one of which allows the request (the detail names their jobs in the caller's language).", "items": { "type": "string", "examples": ["health.clerk"] } }
            }
          },
          "ProblemItem": {
            "type": "object", "additionalProperties": false, "required": ["field", "detail"],
            "properties": { "field": { "type": "string" }, "code": { "type": "string" }, "detail": { "type": "string" } }
          },
          "TokenRequest": {
            "type": "object", "additionalProperties": false, "required": ["username", "password"],
            "properties": { "username": { "type": "string", "examples": ["registry"] }, "password": { "type": "string", "format": "password" } }
          },
          "Token": {
            "type": "object", "additionalProperties": false, "required": ["token", "expiresAt", "tokenType"],
            "properties": { "token": { "type": "string", "minLength": 1 }, "expiresAt": { "$ref": "#/components/schemas/Timestamp" }, "tokenType": { "type": "string", "const": "Bearer" } }
          },
          "Label": {
            "type": "object", "additionalProperties": false, "required": ["classification", "releasableTo", "categories", "informative"],
            "description": "A NATO security label, in its canonical form.",
            "properties": {
              "classification": { "$ref": "#/components/schemas/Classification" },
              "releasableTo": { "type": "array", "minItems": 1, "items": { "$ref": "#/components/schemas/ReleasabilityCode" }, "examples": [["NATO"], ["BEL", "FRA"]] },
              "categories": { "type": "array", "items": { "type": "string" }, "description": "Special categories, e.g. MEDICAL." },
              "informative": { "type": "array", "maxItems": 8, "items": { "type": "string" }, "description": "Informative markings (no effect on access)." }
            }
          },
          "LabelInput": {
            "type": "object", "additionalProperties": false, "required": ["classification"],
            "description": "A label as a request gives it: releasableTo defaults to NATO, missing lists are empty. A label that breaks the rules (unknown category, NATO mixed with nations, …) is a 422 invalid-label.",
            "properties": {
              "classification": { "$ref": "#/components/schemas/ClassificationInput" },
              "releasableTo": { "type": "array", "minItems": 1, "items": { "$ref": "#/components/schemas/ReleasabilityCode" }, "examples": [["NATO"], ["BEL", "FRA"]] },
              "categories": { "type": "array", "items": { "type": "string", "examples": ["MEDICAL", "STAFF", "LEGAL", "RECRUITMENT", "INTEL"] }, "description": "Special categories of the installation's catalogue." },
              "informative": {
                "type": "array", "maxItems": 8,
                "items": { "type": "string", "minLength": 1, "maxLength": 64, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F]([^\\u0000-\\u001F\\u007F-\\u009F]*[^\\s\\u0000-\\u001F\\u007F-\\u009F])?$" },
                "description": "At most 8 informative markings of 1 to 64 characters, without control characters or spaces at either end."
              }
            },
            "examples": [{ "classification": "NATO SECRET", "releasableTo": ["BEL", "FRA"], "categories": [], "informative": [] }]
          },
          "LabelPatch": {
            "type": "object", "additionalProperties": false,
            "description": "A label in a JSON Merge Patch: the members sent replace the current label's (lists are replaced whole), the others are kept. The result must still be a label the rules accept, and may only be raised.",
            "properties": {
              "classification": { "$ref": "#/components/schemas/ClassificationInput" },
              "releasableTo": { "type": "array", "minItems": 1, "items": { "$ref": "#/components/schemas/ReleasabilityCode" } },
              "categories": { "type": ["array", "null"], "items": { "type": "string" } },
              "informative": { "type": ["array", "null"], "maxItems": 8, "items": { "type": "string", "minLength": 1, "maxLength": 64 } }
            }
          },
          "CheckedLabel": {
            "type": "object", "additionalProperties": false, "required": ["label", "banner", "xml"],
            "properties": { "label": { "$ref": "#/components/schemas/Label" }, "banner": { "type": "string" }, "xml": { "type": "string" } }
          },
          "Principal": {
            "type": "object", "additionalProperties": false,
            "required": ["id", "username", "displayName", "clearance", "nationality", "categories", "roles", "units", "groups"],
            "properties": {
              "id": { "$ref": "#/components/schemas/Id" }, "username": { "type": "string" }, "displayName": { "type": "string" },
              "clearance": { "$ref": "#/components/schemas/Classification" }, "nationality": { "type": "string" },
              "categories": { "type": "array", "items": { "type": "string" } },
              "roles": { "type": "array", "items": { "type": "string" } },
              "units": { "type": "array", "items": { "type": "string" } },
              "groups": { "type": "array", "items": { "type": "string" } },
              "language": { "type": "string", "enum": ["en", "fr"], "description": "Absent when the account has not chosen." }
            }
          },
          "Object": {
            "type": "object", "additionalProperties": false,
            "required": ["id", "kind", "title", "label", "banner", "owningUnit", "openToUnit", "state", "version", "createdBy", "createdAt", "updatedAt"],
            "properties": {
              "id": { "$ref": "#/components/schemas/Id" }, "kind": { "type": "string" }, "title": { "type": "string" },
              "label": { "$ref": "#/components/schemas/Label" }, "banner": { "type": "string" },
              "owningUnit": { "type": "string" }, "openToUnit": { "type": "boolean" }, "state": { "type": "string" },
              "version": { "type": "integer", "minimum": 1 }, "createdBy": { "type": "string" },
              "createdAt": { "$ref": "#/components/schemas/Timestamp" }, "updatedAt": { "$ref": "#/components/schemas/Timestamp" }
            }
          },
          "CreateObject": {
            "type": "object", "additionalProperties": false, "required": ["title", "label"],
            "properties": {
              "kind": { "type": "string", "const": "note", "description": "Only notes are created here (the default)." },
              "title": { "type": "string", "maxLength": 500, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$", "description": "Trimmed; 1 to 500 characters, no control characters." },
              "label": { "$ref": "#/components/schemas/LabelInput" },
              "owningUnit": { "type": "string", "description": "One of the caller's units (default: the first)." },
              "openToUnit": { "type": "boolean", "description": "Whether every member of the owning unit has need-to-know (default true)." }
            }
          },
          "UpdateObject": {
            "type": "object", "additionalProperties": false, "description": "A JSON Merge Patch (RFC 7396): only the members present change; title and label cannot be removed (null).",
            "properties": {
              "title": { "type": "string", "maxLength": 500, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$" },
              "label": { "$ref": "#/components/schemas/LabelPatch" }
            }
          },
          "ObjectList": {
            "type": "object", "additionalProperties": false, "required": ["items"],
            "properties": {
              "items": { "type": "array", "items": { "$ref": "#/components/schemas/Object" } },
              "nextCursor": { "type": "string", "description": "The cursor of the next page; absent on the last." },
              "total": { "type": "integer", "minimum": 0, "description": "With withTotal=true: every readable match." }
            }
          },
          "AuditEvent": {
            "type": "object", "additionalProperties": false, "required": ["sequence", "occurredAt", "actor", "action", "outcome", "details", "hash"],
            "properties": {
              "sequence": { "type": "integer", "minimum": 0 }, "occurredAt": { "$ref": "#/components/schemas/Timestamp" },
              "actor": { "type": "string" }, "action": { "type": "string" }, "objectID": { "type": "string" },
              "outcome": { "type": "string", "enum": ["success", "denied", "failure"] },
              "details": { "type": "object", "additionalProperties": { "type": "string" } },
              "hash": { "type": "string", "pattern": "^([0-9a-f]{64})?$", "description": "The event's link in the chain; empty when the event is shown redacted (a list or search shows only the objects the auditor may read and never its query; a label the auditor could not hold is left out)." }
            }
          },
          "AuditEventList": {
            "type": "object", "additionalProperties": false, "required": ["items"],
            "properties": {
              "items": { "type": "array", "items": { "$ref": "#/components/schemas/AuditEvent" } },
              "nextCursor": { "type": "string", "pattern": "^[0-9]+$", "description": "Absent on the last page." }
            }
          }
        }
      }
    }
    """#
}
