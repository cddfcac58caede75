import ChancerySpine

extension OpenAPIDocument {
    /// Record QA audits and medical supplies: paths and schemas.
    package static let healthAuditsSupplies = #"""
    {
      "paths": {
        "/api/v1/health/audits": {
          "get": {
            "summary": "Record QA audits the caller may read (MEDICAL), newest first",
            "description": "Trimmed: a principal without the MEDICAL category, or outside the Health Office, sees none and a total of 0. A page is an audited read of the audits it shows.",
            "operationId": "listHealthAudits",
            "parameters": [{ "$ref": "#/components/parameters/Limit" }, { "$ref": "#/components/parameters/Cursor" }],
            "responses": {
              "200": { "description": "A page of audits", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/HealthAuditList" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "invalid-limit, invalid-cursor." },
              "401": { "$ref": "#/components/responses/Unauthorized" }
            }
          },
          "post": {
            "summary": "Start an audit: draw a random sample of the patient records the caller may read",
            "description": "The draw is security-trimmed (only patients the caller may read) and ordered by the seed (random when absent), which is kept: the same seed over the same records draws the same sample. Fewer records than asked are drawn when fewer are readable. The audit carries the dominant label of the sampled records, MEDICAL included.",
            "operationId": "startHealthAudit",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/HealthAuditRequest" } } } },
            "responses": {
              "201": { "description": "The audit with its checklist", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/HealthAuditDetail" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "A malformed body, or invalid-field: title, sampleSize, seed." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required (health.clinician or health.advisor), not-your-unit." },
              "409": { "$ref": "#/components/responses/Conflict", "description": "nothing-to-sample: no readable patient record." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" }
            }
          }
        },
        "/api/v1/health/audits/{id}": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "get": {
            "summary": "An audit with its checklist per sampled record",
            "description": "An audited MEDICAL read naming the patients shown. An item whose patient the caller may not read shows only its position.",
            "operationId": "getHealthAudit",
            "responses": {
              "200": { "description": "The audit", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/HealthAuditDetail" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "404": { "$ref": "#/components/responses/NotFound" }
            }
          }
        },
        "/api/v1/health/audits/{id}/items/{patientId}": {
          "parameters": [
            { "$ref": "#/components/parameters/ObjectId" },
            { "name": "patientId", "in": "path", "required": true, "description": "The sampled patient's id", "schema": { "$ref": "#/components/schemas/Id" } }
          ],
          "put": {
            "summary": "Record the auditor's answers for one sampled record (replacing earlier answers)",
            "operationId": "answerHealthAuditItem",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/HealthAuditAnswer" } } } },
            "responses": {
              "200": { "description": "The item", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/HealthAuditItem" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "A malformed body, or invalid-field: finding, followUp, followUpDue, followUpStatus." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "write-denied (an auditor's role and write need-to-know), separation-of-duties (the caller wrote or signed an entry of this record: another auditor answers it; audited)." },
              "404": { "$ref": "#/components/responses/NotFound", "description": "No such audit, or the patient is not in its sample or not readable by the caller." },
              "409": { "$ref": "#/components/responses/Conflict", "description": "audit-closed: once closed, only followUpStatus may change (the rest of the answer must be sent as it is)." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" }
            }
          }
        },
        "/api/v1/health/audits/{id}/closure": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "post": {
            "summary": "Close an audit once every sampled record has been answered",
            "operationId": "closeHealthAudit",
            "responses": {
              "200": { "description": "The closed audit", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/HealthAuditDetail" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "write-denied." },
              "404": { "$ref": "#/components/responses/NotFound" },
              "409": { "$ref": "#/components/responses/Conflict", "description": "audit-closed, audit-unanswered." }
            }
          }
        },
        "/api/v1/health/supplies": {
          "get": {
            "summary": "Medical supply items with their stock on hand (Health Office staff only)",
            "description": "Supplies are not patient data: items are NATO UNCLASSIFIED without categories, owned by HEALTH and open to it. Stock on hand is the sum of the item's movements.",
            "operationId": "listHealthSupplies",
            "parameters": [{ "$ref": "#/components/parameters/Limit" }, { "$ref": "#/components/parameters/Cursor" }],
            "responses": {
              "200": { "description": "A page of items", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SupplyItemList" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "invalid-limit, invalid-cursor." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required (a Health Office role)." }
            }
          },
          "post": {
            "summary": "Add a supply item",
            "operationId": "createHealthSupply",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SupplyItemRequest" } } } },
            "responses": {
              "201": { "description": "The item", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SupplyItem" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "A malformed body, or invalid-field: name, form, unitOfIssue, reorderLevel, reorderQuantity, location." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required, not-your-unit." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" }
            }
          }
        },
        "/api/v1/health/supplies/reorder": {
          "get": {
            "summary": "Items whose stock on hand is at or below their reorder level, with a suggested quantity",
            "operationId": "listHealthSuppliesToReorder",
            "responses": {
              "200": { "description": "The reorder list, by name", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SupplyReorderList" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required." }
            }
          }
        },
        "/api/v1/health/supplies/expiring": {
          "get": {
            "summary": "Lots still holding stock that expire within the given number of days (or have expired)",
            "operationId": "listExpiringHealthSupplyLots",
            "parameters": [{ "name": "days", "in": "query", "description": "How many days ahead (default 60).", "schema": { "type": "integer", "minimum": 0, "maximum": 730, "default": 60 } }],
            "responses": {
              "200": { "description": "The lots, soonest expiry first", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SupplyExpiringList" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "invalid-query: days." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required." }
            }
          }
        },
        "/api/v1/health/supplies/{id}": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "get": {
            "summary": "An item with its lots (soonest expiry first) and its latest movements",
            "operationId": "getHealthSupply",
            "responses": {
              "200": { "description": "The item's stock", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SupplyStock" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required." },
              "404": { "$ref": "#/components/responses/NotFound" }
            }
          }
        },
        "/api/v1/health/supplies/{id}/lots": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "post": {
            "summary": "Add a lot with its expiry; a quantity above 0 is recorded as its first receipt",
            "operationId": "addHealthSupplyLot",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SupplyLotRequest" } } } },
            "responses": {
              "201": { "description": "The item's stock", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SupplyStock" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "A malformed body, or invalid-field: lot, expires, quantity." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required, write-denied." },
              "404": { "$ref": "#/components/responses/NotFound" },
              "409": { "$ref": "#/components/responses/Conflict", "description": "lot-exists." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" }
            }
          }
        },
        "/api/v1/health/supplies/{id}/movements": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "post": {
            "summary": "Record a stock movement of a lot; a lot never goes below zero",
            "description": "receipt, issue and disposal take a positive quantity; an adjustment a signed one. Movements of one item take turns (the item is locked), so two issues of the last units cannot both succeed.",
            "operationId": "recordHealthSupplyMovement",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SupplyMovementRequest" } } } },
            "responses": {
              "201": { "description": "The movement", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SupplyMovement" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "A malformed body, or invalid-field: lot, kind, quantity, note." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required, write-denied." },
              "404": { "$ref": "#/components/responses/NotFound" },
              "409": { "$ref": "#/components/responses/Conflict", "description": "insufficient-stock: the lot holds less than asked (the detail says how much)." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" },
              "422": { "$ref": "#/components/responses/UnprocessableContent", "description": "lot-not-found." }
            }
          }
        }
      },
      "components": {
        "schemas": {
          "HealthAuditRequest": {
            "type": "object", "additionalProperties": false, "required": ["title", "sampleSize"],
            "properties": {
              "title": { "type": "string", "minLength": 1, "maxLength": 200 },
              "sampleSize": { "type": "integer", "minimum": 1, "maximum": 100 },
              "seed": { "type": "integer", "minimum": 0, "maximum": 9007199254740991, "description": "Fixes the random order; random when absent" }
            }
          },
          "HealthAudit": {
            "type": "object", "additionalProperties": false,
            "required": ["id", "title", "state", "seed", "requestedSize", "sampled", "reviewed", "openFollowUps", "createdBy", "createdAt", "label", "banner"],
            "properties": {
              "id": { "$ref": "#/components/schemas/Id" },
              "title": { "type": "string" },
              "state": { "type": "string", "enum": ["open", "closed"] },
              "seed": { "type": "integer", "minimum": 0 },
              "requestedSize": { "type": "integer", "minimum": 1 },
              "sampled": { "type": "integer", "minimum": 0, "description": "How many records were drawn" },
              "reviewed": { "type": "integer", "minimum": 0, "description": "How many have the auditor's answers" },
              "openFollowUps": { "type": "integer", "minimum": 0 },
              "createdBy": { "type": "string" },
              "createdAt": { "$ref": "#/components/schemas/Timestamp" },
              "closedBy": { "type": "string" },
              "closedAt": { "$ref": "#/components/schemas/Timestamp" },
              "label": { "$ref": "#/components/schemas/Label" },
              "banner": { "type": "string" }
            }
          },
          "HealthAuditList": {
            "type": "object", "additionalProperties": false, "required": ["items", "total"],
            "properties": {
              "items": { "type": "array", "items": { "$ref": "#/components/schemas/HealthAudit" } },
              "total": { "type": "integer", "minimum": 0, "description": "How many audits the caller may read" },
              "next": { "type": "string", "description": "Cursor of the next page; absent on the last" }
            }
          },
          "HealthAuditChecks": {
            "type": "object", "additionalProperties": false,
            "description": "The four questions: true is a pass, false a fail, absent not answered.",
            "properties": {
              "completeness": { "type": "boolean" },
              "consent": { "type": "boolean" },
              "codes": { "type": "boolean" },
              "signatures": { "type": "boolean" }
            }
          },
          "HealthAuditAutomaticChecks": {
            "type": "object", "additionalProperties": false,
            "required": ["completeness", "missing", "consent", "codes", "signatures"],
            "description": "Computed from the record as the caller may read it: demographics complete (date of birth, nationality, emergency contact, insurer), a non-revoked consent, codes present (an administrative-code entry or coded observations), every clinical entry names its clinician.",
            "properties": {
              "completeness": { "type": "boolean" },
              "missing": { "type": "array", "items": { "type": "string", "enum": ["dateOfBirth", "nationality", "emergencyContact", "insurer"] } },
              "consent": { "type": "boolean" },
              "codes": { "type": "boolean" },
              "signatures": { "type": "boolean" }
            }
          },
          "HealthAuditItem": {
            "type": "object", "additionalProperties": false, "required": ["position", "readable"],
            "description": "A sampled record. When readable is false (the caller may not read the patient), nothing else is shown.",
            "properties": {
              "position": { "type": "integer", "minimum": 1 },
              "readable": { "type": "boolean" },
              "patientId": { "$ref": "#/components/schemas/Id" },
              "patientName": { "type": "string" },
              "automatic": { "$ref": "#/components/schemas/HealthAuditAutomaticChecks" },
              "checks": { "$ref": "#/components/schemas/HealthAuditChecks" },
              "finding": { "type": "string" },
              "followUp": { "type": "string" },
              "followUpDue": { "$ref": "#/components/schemas/Day" },
              "followUpStatus": { "type": "string", "enum": ["open", "done"] },
              "reviewedBy": { "type": "string" },
              "reviewedAt": { "$ref": "#/components/schemas/Timestamp" }
            }
          },
          "HealthAuditDetail": {
            "type": "object", "additionalProperties": false, "required": ["audit", "items"],
            "properties": {
              "audit": { "$ref": "#/components/schemas/HealthAudit" },
              "items": { "type": "array", "items": { "$ref": "#/components/schemas/HealthAuditItem" } }
            }
          },
          "HealthAuditAnswer": {
            "type": "object", "additionalProperties": false,
            "description": "Replaces the earlier answer whole. A follow-up is open unless followUpStatus says done; a status or due date needs a follow-up.",
            "properties": {
              "checks": { "$ref": "#/components/schemas/HealthAuditChecks" },
              "finding": { "type": "string", "maxLength": 4000 },
              "followUp": { "type": "string", "maxLength": 2000 },
              "followUpDue": { "$ref": "#/components/schemas/Day" },
              "followUpStatus": { "type": "string", "enum": ["open", "done"] }
            }
          },
          "SupplyItemRequest": {
            "type": "object", "additionalProperties": false,
            "required": ["name", "form", "unitOfIssue", "reorderLevel", "reorderQuantity", "location"],
            "properties": {
              "name": { "type": "string", "minLength": 1, "maxLength": 200 },
              "form": { "type": "string", "minLength": 1, "maxLength": 60, "description": "e.g. tablet, ampoule, dressing" },
              "unitOfIssue": { "type": "string", "minLength": 1, "maxLength": 60, "description": "e.g. box of 20" },
              "reorderLevel": { "type": "integer", "minimum": 0, "maximum": 1000000 },
              "reorderQuantity": { "type": "integer", "minimum": 1, "maximum": 1000000 },
              "location": { "type": "string", "minLength": 1, "maxLength": 200 }
            }
          },
          "SupplyItem": {
            "type": "object", "additionalProperties": false,
            "required": ["id", "name", "form", "unitOfIssue", "reorderLevel", "reorderQuantity", "location", "onHand", "needsReorder", "label", "banner"],
            "properties": {
              "id": { "$ref": "#/components/schemas/Id" },
              "name": { "type": "string" },
              "form": { "type": "string" },
              "unitOfIssue": { "type": "string" },
              "reorderLevel": { "type": "integer", "minimum": 0 },
              "reorderQuantity": { "type": "integer", "minimum": 1 },
              "location": { "type": "string" },
              "onHand": { "type": "integer", "minimum": 0, "description": "The sum of the item's movements" },
              "needsReorder": { "type": "boolean", "description": "onHand is at or below reorderLevel" },
              "label": { "$ref": "#/components/schemas/Label" },
              "banner": { "type": "string" }
            }
          },
          "SupplyItemList": {
            "type": "object", "additionalProperties": false, "required": ["items"],
            "properties": {
              "items": { "type": "array", "items": { "$ref": "#/components/schemas/SupplyItem" } },
              "next": { "type": "string", "description": "Cursor of the next page; absent on the last" }
            }
          },
          "SupplyLot": {
            "type": "object", "additionalProperties": false, "required": ["lot", "expires", "onHand"],
            "properties": {
              "lot": { "type": "string" },
              "expires": { "$ref": "#/components/schemas/Day" },
              "onHand": { "type": "integer", "minimum": 0 }
            }
          },
          "SupplyMovement": {
            "type": "object", "additionalProperties": false, "required": ["id", "lot", "kind", "quantity", "recordedBy", "recordedAt"],
            "properties": {
              "id": { "$ref": "#/components/schemas/Id" },
              "lot": { "type": "string" },
              "kind": { "type": "string", "enum": ["receipt", "issue", "adjustment", "disposal"] },
              "quantity": { "type": "integer", "description": "Signed: positive into stock, negative out of it" },
              "note": { "type": "string" },
              "recordedBy": { "type": "string" },
              "recordedAt": { "$ref": "#/components/schemas/Timestamp" }
            }
          },
          "SupplyStock": {
            "type": "object", "additionalProperties": false, "required": ["item", "lots", "movements"],
            "properties": {
              "item": { "$ref": "#/components/schemas/SupplyItem" },
              "lots": { "type": "array", "items": { "$ref": "#/components/schemas/SupplyLot" } },
              "movements": { "type": "array", "description": "The latest 200, newest first", "items": { "$ref": "#/components/schemas/SupplyMovement" } }
            }
          },
          "SupplyReorderList": {
            "type": "object", "additionalProperties": false, "required": ["items"],
            "properties": {
              "items": {
                "type": "array",
                "items": {
                  "type": "object", "additionalProperties": false, "required": ["item", "suggestedQuantity"],
                  "properties": {
                    "item": { "$ref": "#/components/schemas/SupplyItem" },
                    "suggestedQuantity": { "type": "integer", "minimum": 1, "description": "The reorder quantity, or more if that would not lift stock above the reorder level" }
                  }
                }
              }
            }
          },
          "SupplyExpiringList": {
            "type": "object", "additionalProperties": false, "required": ["days", "lots"],
            "properties": {
              "days": { "type": "integer", "minimum": 0 },
              "lots": {
                "type": "array",
                "items": {
                  "type": "object", "additionalProperties": false, "required": ["item", "lot", "expired"],
                  "properties": {
                    "item": { "$ref": "#/components/schemas/SupplyItem" },
                    "lot": { "$ref": "#/components/schemas/SupplyLot" },
                    "expired": { "type": "boolean" }
                  }
                }
              }
            }
          },
          "SupplyLotRequest": {
            "type": "object", "additionalProperties": false, "required": ["lot", "expires"],
            "properties": {
              "lot": { "type": "string", "minLength": 1, "maxLength": 60 },
              "expires": { "$ref": "#/components/schemas/Day" },
              "quantity": { "type": "integer", "minimum": 0, "maximum": 1000000, "description": "Received into the lot now (default 0)" }
            }
          },
          "SupplyMovementRequest": {
            "type": "object", "additionalProperties": false, "required": ["lot", "kind", "quantity"],
            "properties": {
              "lot": { "type": "string", "minLength": 1, "maxLength": 60 },
              "kind": { "type": "string", "enum": ["receipt", "issue", "adjustment", "disposal"] },
              "quantity": { "type": "integer", "minimum": -1000000, "maximum": 1000000, "not": { "const": 0 }, "description": "Positive for receipt, issue and disposal; signed for an adjustment" },
              "note": { "type": "string", "maxLength": 500 }
            }
          }
        }
      }
    }
    """#
}
