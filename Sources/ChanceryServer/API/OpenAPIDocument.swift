import Foundation

/// The OpenAPI 3.1 description of the JSON API, served at `GET /api/v1/openapi.json`.
///
/// Kept by hand next to the controllers; a test checks every route is described, and the test script
/// validates the document with `openapi-spec-validator`.
enum OpenAPIDocument {
    /// The whole document: the spine's part with every office's paths and components merged in.
    static let json: String = merge(spine, fragments: [registry, search])

    /// Adds the `paths` and `components` of each fragment to the base document.
    static func merge(_ base: String, fragments: [String]) -> String {
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

    static let spine = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "Chancery API",
        "version": "1.0.0",
        "description": "Registry and casework of the headquarters' administrative offices. Every list is security-trimmed: it shows only what the caller may read. Errors are RFC 9457 problem details with a sentence in the caller's language."
      },
      "servers": [{ "url": "/" }],
      "security": [{ "bearer": [] }],
      "paths": {
        "/api/v1/auth/token": {
          "post": {
            "summary": "Issue an API bearer token",
            "operationId": "issueToken",
            "security": [],
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/TokenRequest" } } } },
            "responses": {
              "201": { "description": "A token", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Token" } } } },
              "400": { "$ref": "#/components/responses/Problem" },
              "401": { "$ref": "#/components/responses/Problem" },
              "403": { "$ref": "#/components/responses/Problem" },
              "429": { "$ref": "#/components/responses/Problem" }
            }
          },
          "delete": {
            "summary": "Revoke the token used for this request",
            "operationId": "revokeToken",
            "responses": { "204": { "description": "Revoked" }, "401": { "$ref": "#/components/responses/Problem" } }
          }
        },
        "/api/v1/me": {
          "get": {
            "summary": "The authenticated principal",
            "operationId": "getMe",
            "responses": {
              "200": { "description": "The principal", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Principal" } } } },
              "401": { "$ref": "#/components/responses/Problem" }
            }
          }
        },
        "/api/v1/objects": {
          "get": {
            "summary": "List the objects the caller may read, newest first",
            "operationId": "listObjects",
            "parameters": [
              { "name": "kind", "in": "query", "schema": { "type": "string" } },
              { "$ref": "#/components/parameters/Limit" },
              { "$ref": "#/components/parameters/Cursor" },
              { "name": "withTotal", "in": "query", "description": "Also count every readable object (trimmed).", "schema": { "type": "boolean" } }
            ],
            "responses": {
              "200": { "description": "A page of objects", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ObjectList" } } } },
              "400": { "$ref": "#/components/responses/Problem" },
              "401": { "$ref": "#/components/responses/Problem" }
            }
          },
          "post": {
            "summary": "Create a working note",
            "operationId": "createObject",
            "parameters": [{ "$ref": "#/components/parameters/IdempotencyKey" }],
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/CreateObject" } } } },
            "responses": {
              "201": {
                "description": "Created (or the recorded answer to an earlier request with the same Idempotency-Key)",
                "headers": { "ETag": { "schema": { "type": "string" } }, "Location": { "schema": { "type": "string" } } },
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Object" } } }
              },
              "400": { "$ref": "#/components/responses/Problem" },
              "401": { "$ref": "#/components/responses/Problem" },
              "403": { "$ref": "#/components/responses/Problem" },
              "422": { "$ref": "#/components/responses/Problem" }
            }
          }
        },
        "/api/v1/objects/{id}": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "get": {
            "summary": "Read one object (reads of NATO CONFIDENTIAL and above, or of compartmented objects, are audited)",
            "operationId": "getObject",
            "responses": {
              "200": { "description": "The object", "headers": { "ETag": { "schema": { "type": "string" } } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Object" } } } },
              "401": { "$ref": "#/components/responses/Problem" },
              "404": { "$ref": "#/components/responses/Problem" }
            }
          },
          "patch": {
            "summary": "Change an object's title or raise its label",
            "operationId": "updateObject",
            "parameters": [{ "name": "If-Match", "in": "header", "required": true, "schema": { "type": "string" }, "description": "The ETag the change is based on." }],
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/UpdateObject" } } } },
            "responses": {
              "200": { "description": "The changed object", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Object" } } } },
              "400": { "$ref": "#/components/responses/Problem" },
              "403": { "$ref": "#/components/responses/Problem" },
              "404": { "$ref": "#/components/responses/Problem" },
              "409": { "$ref": "#/components/responses/Problem" },
              "412": { "$ref": "#/components/responses/Problem" },
              "422": { "$ref": "#/components/responses/Problem" },
              "428": { "$ref": "#/components/responses/Problem" }
            }
          }
        },
        "/api/v1/objects/{id}/label.xml": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "get": {
            "summary": "The object's label as an ADatP-4774 confidentiality label",
            "operationId": "getObjectLabelXML",
            "responses": {
              "200": { "description": "The label", "content": { "application/xml": { "schema": { "type": "string" } } } },
              "404": { "$ref": "#/components/responses/Problem" }
            }
          }
        },
        "/api/v1/labels/check": {
          "post": {
            "summary": "Check a label given as JSON or as ADatP-4774 XML",
            "operationId": "checkLabel",
            "requestBody": {
              "required": true,
              "content": {
                "application/json": { "schema": { "$ref": "#/components/schemas/Label" } },
                "application/xml": { "schema": { "type": "string" } }
              }
            },
            "responses": {
              "200": { "description": "The canonical label", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/CheckedLabel" } } } },
              "400": { "$ref": "#/components/responses/Problem" },
              "422": { "$ref": "#/components/responses/Problem" }
            }
          }
        },
        "/api/v1/audit": {
          "get": {
            "summary": "The audit events of one object (auditor role; the auditor must be able to read the object)",
            "operationId": "listAuditEvents",
            "parameters": [
              { "name": "object", "in": "query", "required": true, "schema": { "type": "string" } },
              { "$ref": "#/components/parameters/Limit" },
              { "name": "cursor", "in": "query", "description": "The last sequence number of the previous page.", "schema": { "type": "string" } }
            ],
            "responses": {
              "200": { "description": "Events, oldest first", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/AuditEventList" } } } },
              "400": { "$ref": "#/components/responses/Problem" },
              "403": { "$ref": "#/components/responses/Problem" },
              "404": { "$ref": "#/components/responses/Problem" }
            }
          }
        },
        "/api/v1/openapi.json": {
          "get": {
            "summary": "This document",
            "operationId": "getOpenAPI",
            "security": [],
            "responses": { "200": { "description": "The OpenAPI document", "content": { "application/json": { "schema": { "type": "object" } } } } }
          }
        }
      },
      "components": {
        "securitySchemes": { "bearer": { "type": "http", "scheme": "bearer" } },
        "parameters": {
          "ObjectId": { "name": "id", "in": "path", "required": true, "schema": { "type": "string", "pattern": "^[0-9A-HJKMNP-TV-Z]{26}$" } },
          "Limit": { "name": "limit", "in": "query", "schema": { "type": "integer", "minimum": 1, "maximum": 200, "default": 50 } },
          "Cursor": { "name": "cursor", "in": "query", "description": "nextCursor of the previous page.", "schema": { "type": "string" } },
          "IdempotencyKey": { "name": "Idempotency-Key", "in": "header", "description": "A retried request with the same key gets the same answer and creates nothing more.", "schema": { "type": "string", "maxLength": 255 } }
        },
        "responses": {
          "Problem": { "description": "RFC 9457 problem details", "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } }
        },
        "schemas": {
          "Problem": {
            "type": "object",
            "required": ["type", "title", "status", "detail"],
            "properties": {
              "type": { "type": "string" }, "title": { "type": "string" }, "status": { "type": "integer" },
              "detail": { "type": "string" }, "instance": { "type": "string" }, "field": { "type": "string" },
              "errors": {
                "type": "array", "description": "Each problem when there are several (e.g. every failed verification check).",
                "items": { "type": "object", "required": ["field", "detail"], "properties": { "field": { "type": "string" }, "code": { "type": "string" }, "detail": { "type": "string" } } }
              }
            }
          },
          "TokenRequest": {
            "type": "object", "required": ["username", "password"],
            "properties": { "username": { "type": "string" }, "password": { "type": "string" } }
          },
          "Token": {
            "type": "object", "required": ["token", "expiresAt", "tokenType"],
            "properties": { "token": { "type": "string" }, "expiresAt": { "type": "string", "format": "date-time" }, "tokenType": { "type": "string", "const": "Bearer" } }
          },
          "Label": {
            "type": "object", "required": ["classification"],
            "properties": {
              "classification": { "type": "string", "examples": ["NATO SECRET", "NS"] },
              "releasableTo": { "type": "array", "items": { "type": "string" }, "examples": [["NATO"], ["BEL", "FRA"]] },
              "categories": { "type": "array", "items": { "type": "string" } },
              "informative": { "type": "array", "items": { "type": "string" } }
            }
          },
          "CheckedLabel": {
            "type": "object", "required": ["label", "banner", "xml"],
            "properties": { "label": { "$ref": "#/components/schemas/Label" }, "banner": { "type": "string" }, "xml": { "type": "string" } }
          },
          "Principal": {
            "type": "object",
            "required": ["id", "username", "displayName", "clearance", "nationality", "categories", "roles", "units", "groups"],
            "properties": {
              "id": { "type": "string" }, "username": { "type": "string" }, "displayName": { "type": "string" },
              "clearance": { "type": "string" }, "nationality": { "type": "string" },
              "categories": { "type": "array", "items": { "type": "string" } },
              "roles": { "type": "array", "items": { "type": "string" } },
              "units": { "type": "array", "items": { "type": "string" } },
              "groups": { "type": "array", "items": { "type": "string" } },
              "language": { "type": ["string", "null"] }
            }
          },
          "Object": {
            "type": "object",
            "required": ["id", "kind", "title", "label", "banner", "owningUnit", "openToUnit", "state", "version", "createdBy", "createdAt", "updatedAt"],
            "properties": {
              "id": { "type": "string" }, "kind": { "type": "string" }, "title": { "type": "string" },
              "label": { "$ref": "#/components/schemas/Label" }, "banner": { "type": "string" },
              "owningUnit": { "type": "string" }, "openToUnit": { "type": "boolean" }, "state": { "type": "string" },
              "version": { "type": "integer" }, "createdBy": { "type": "string" },
              "createdAt": { "type": "string", "format": "date-time" }, "updatedAt": { "type": "string", "format": "date-time" }
            }
          },
          "CreateObject": {
            "type": "object", "required": ["title", "label"],
            "properties": {
              "kind": { "type": "string", "const": "note" }, "title": { "type": "string", "minLength": 1, "maxLength": 500 },
              "label": { "$ref": "#/components/schemas/Label" }, "owningUnit": { "type": "string" }, "openToUnit": { "type": "boolean" }
            }
          },
          "UpdateObject": {
            "type": "object",
            "properties": { "title": { "type": "string", "minLength": 1, "maxLength": 500 }, "label": { "$ref": "#/components/schemas/Label" } }
          },
          "ObjectList": {
            "type": "object", "required": ["items"],
            "properties": {
              "items": { "type": "array", "items": { "$ref": "#/components/schemas/Object" } },
              "nextCursor": { "type": ["string", "null"] }, "total": { "type": ["integer", "null"] }
            }
          },
          "AuditEvent": {
            "type": "object", "required": ["sequence", "occurredAt", "actor", "action", "outcome", "details", "hash"],
            "properties": {
              "sequence": { "type": "integer" }, "occurredAt": { "type": "string", "format": "date-time" },
              "actor": { "type": "string" }, "action": { "type": "string" }, "objectID": { "type": ["string", "null"] },
              "outcome": { "type": "string", "enum": ["success", "denied", "failure"] },
              "details": { "type": "object", "additionalProperties": { "type": "string" } }, "hash": { "type": "string" }
            }
          },
          "AuditEventList": {
            "type": "object", "required": ["items"],
            "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/AuditEvent" } }, "nextCursor": { "type": ["string", "null"] } }
          }
        }
      }
    }
    """#
}
