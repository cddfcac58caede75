import ChancerySpine

extension OpenAPIDocument {
    /// The medical advisor's queue of suspected duplicate patients, with the merge and the dismissal.
    package static let patientDuplicates = #"""
    {
      "paths": {
        "/api/v1/health/duplicates": {
          "get": {
            "summary": "The medical advisor's queue of suspected duplicate patients (all=true: decided ones too), oldest first",
            "description": "A record opened (or changed) with the same names and date of birth, or the same staff number, as a record on file is not refused — the refusal would tell the clerk that a record they may not read exists — but linked here to the record it matched. The advisor sees the suspicions of records whose labels they could read (clearance, nation, MEDICAL); each record in full only where they may read it (an audited read of the records shown).",
            "operationId": "listSuspectedDuplicates",
            "parameters": [
              { "name": "all", "in": "query", "description": "true: every suspicion, merged and dismissed ones too.", "schema": { "type": "boolean" } },
              { "name": "limit", "in": "query", "description": "At most this many, oldest first.", "schema": { "type": "integer", "minimum": 1, "maximum": 500, "default": 100 } }
            ],
            "responses": {
              "200": { "description": "The suspicions", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SuspectedDuplicateList" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required (health.advisor)." }
            }
          }
        },
        "/api/v1/health/duplicates/{suspicionId}/merge": {
          "parameters": [{ "name": "suspicionId", "in": "path", "required": true, "description": "The suspicion's id.", "schema": { "$ref": "#/components/schemas/Id" } }],
          "post": {
            "summary": "Merge the suspected duplicate into the record it matched, with a note",
            "description": "One transaction: every object of the duplicate (entries, consents, appointments, waitlist, referrals, releases, POD requests) moves to the surviving record and takes its access, never wider than it had (the dominant label of both, closed to the unit when either is, the survivor's access entries); the duplicate keeps its details as history, in the state merged, with mergedInto naming the survivor and the survivor's access; its accounting of disclosures is listed with the survivor's. Audited as health.patient.merge on both records and every object moved. Nobody decides a suspicion raised by a record they opened (403 separation-of-duties, audited).",
            "operationId": "mergeSuspectedDuplicate",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ReviewRequest" } } } },
            "responses": {
              "200": { "description": "The decided suspicion", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SuspectedDuplicate" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required (health.advisor), not-your-unit, separation-of-duties (the caller opened the duplicate)." },
              "404": { "$ref": "#/components/responses/NotFound", "description": "No such suspicion, or one of records whose labels the caller could not read." },
              "409": { "$ref": "#/components/responses/Conflict", "description": "duplicate-decided: merged or dismissed already." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" }
            }
          }
        },
        "/api/v1/health/duplicates/{suspicionId}/dismissal": {
          "parameters": [{ "name": "suspicionId", "in": "path", "required": true, "description": "The suspicion's id.", "schema": { "$ref": "#/components/schemas/Id" } }],
          "post": {
            "summary": "Not a duplicate: the two records are of two people; both stay, with a note",
            "description": "The pair is not suspected again when either record changes. Audited as health.patient.distinct on the existing record. Nobody decides a suspicion raised by a record they opened (403 separation-of-duties, audited).",
            "operationId": "dismissSuspectedDuplicate",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ReviewRequest" } } } },
            "responses": {
              "200": { "description": "The decided suspicion", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SuspectedDuplicate" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required (health.advisor), not-your-unit, separation-of-duties (the caller opened the duplicate)." },
              "404": { "$ref": "#/components/responses/NotFound" },
              "409": { "$ref": "#/components/responses/Conflict", "description": "duplicate-decided." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" }
            }
          }
        }
      },
      "components": {
        "schemas": {
          "SuspectedDuplicate": {
            "type": "object", "additionalProperties": false,
            "required": ["id", "duplicateId", "existingId", "matchedOn", "flaggedBy", "flaggedAt"],
            "properties": {
              "id": { "$ref": "#/components/schemas/Id" },
              "duplicateId": { "$ref": "#/components/schemas/Id", "description": "The newer record, which merges into the other." },
              "existingId": { "$ref": "#/components/schemas/Id", "description": "The record it matched, which survives a merge." },
              "matchedOn": { "type": "string", "enum": ["identity", "staff-number"], "description": "identity: the same names and date of birth (case, accents, spaces and hyphens aside)." },
              "flaggedBy": { "type": "string", "description": "Who opened (or changed) the duplicate." },
              "flaggedAt": { "$ref": "#/components/schemas/Timestamp" },
              "duplicate": { "$ref": "#/components/schemas/Patient", "description": "Only where the caller may read it." },
              "existing": { "$ref": "#/components/schemas/Patient", "description": "Only where the caller may read it." },
              "awaitingAnotherAdvisor": { "type": "boolean", "description": "On an undecided suspicion of a record the caller opened: another medical advisor decides it." },
              "resolution": { "type": "string", "enum": ["merged", "distinct"] },
              "resolvedBy": { "type": "string" }, "resolvedAt": { "$ref": "#/components/schemas/Timestamp" }, "note": { "type": "string" }
            }
          },
          "SuspectedDuplicateList": {
            "type": "object", "additionalProperties": false, "required": ["items"],
            "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/SuspectedDuplicate" } } }
          }
        }
      }
    }
    """#
}
