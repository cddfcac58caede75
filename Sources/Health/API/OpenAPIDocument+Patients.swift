import ChancerySpine

extension OpenAPIDocument {
    /// The Health Office's patients, record entries and break-glass openings.
    package static let patients = #"""
    {
      "paths": {
        "/api/v1/health/patients": {
          "get": {
            "summary": "Patients the caller may read (MEDICAL and need-to-know), newest first; an audited read",
            "operationId": "listPatients",
            "parameters": [
              { "name": "q", "in": "query", "description": "Start of a family or given name (any case), or a staff number exactly.", "schema": { "type": "string", "maxLength": 100 } },
              { "$ref": "#/components/parameters/Limit" }, { "$ref": "#/components/parameters/Cursor" }, { "$ref": "#/components/parameters/WithTotal" }
            ],
            "responses": {
              "200": { "description": "A page", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/PatientList" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "invalid-field (q), invalid-limit, invalid-cursor, invalid-query." },
              "401": { "$ref": "#/components/responses/Unauthorized" }
            }
          },
          "post": {
            "summary": "Open a patient's record (Health Office roles, HEALTH unit); the label always carries MEDICAL",
            "description": "The same names and date of birth, or the same staff number, as a record on file do not refuse the request: a refusal would tell the caller that a record exists, even one they may not read. The record is opened all the same and, unseen by the caller, linked as a suspected duplicate to the record it matched for the medical advisor to merge or dismiss (GET /api/v1/health/duplicates); the answer is the same whether or not a match exists. A restricted record is open only to its care team (and its creator), not to the whole Health Office.",
            "operationId": "createPatient",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/PatientRequest" } } } },
            "responses": {
              "201": { "description": "The patient", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "Location": { "$ref": "#/components/headers/Location" }, "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Patient" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "missing-field, invalid-field (names, dateOfBirth, sex, nationality, contact fields, careTeam)." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required (a Health Office role), not-your-unit (HEALTH), label-above-principal." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" },
              "422": { "$ref": "#/components/responses/UnprocessableContent", "description": "invalid-label." }
            }
          }
        },
        "/api/v1/health/patients/{id}": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "get": {
            "summary": "A patient (an audited read, flagged when it rests on a break-glass opening)",
            "operationId": "getPatient",
            "responses": {
              "200": { "description": "The patient", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Patient" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "404": { "$ref": "#/components/responses/NotFound", "description": "object-not-found: no such patient, or one the caller may not read." }
            }
          },
          "patch": {
            "summary": "Change a patient's details (the fields given); the restriction and the label are not changed here",
            "description": "The body is a JSON Merge Patch (RFC 7396): members not sent are kept, null clears an optional detail, and emergencyContact merges member by member (send only its phone to change the phone). Names, date of birth, sex and nationality cannot be removed. A changed identity (names, date of birth, staff number) that matches another record is saved all the same and linked as a suspected duplicate for the medical advisor, like a new record; unless the advisor found the two to be two people.",
            "operationId": "updatePatient",
            "parameters": [{ "$ref": "#/components/parameters/IfMatch" }],
            "requestBody": { "required": true, "content": { "application/merge-patch+json": { "schema": { "$ref": "#/components/schemas/PatientUpdate" } }, "application/json": { "schema": { "$ref": "#/components/schemas/PatientUpdate" } } } },
            "responses": {
              "200": { "description": "The patient", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Patient" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "write-denied." },
              "404": { "$ref": "#/components/responses/NotFound" },
              "409": { "$ref": "#/components/responses/Conflict", "description": "patient-merged: the record was merged into another (work in that one)." },
              "412": { "$ref": "#/components/responses/PreconditionFailed" },
              "413": { "$ref": "#/components/responses/ContentTooLarge" },
              "415": { "$ref": "#/components/responses/UnsupportedMediaType", "description": "unsupported-media-type: the body is neither application/merge-patch+json nor application/json." },
              "428": { "$ref": "#/components/responses/PreconditionRequired" }
            }
          }
        },
        "/api/v1/health/patients/{id}/break-glass": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "post": {
            "summary": "Break the glass: a clinician opens a record outside their need-to-know, stating a reason",
            "description": "Allowed only where the label lets the clinician read (clearance, nation, MEDICAL) and only need-to-know is missing. Read access to the patient and every object of theirs lasts four hours; the opening is a flagged audit event and waits in the medical advisor's review queue.",
            "operationId": "breakGlass",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ReasonRequest" } } } },
            "responses": {
              "201": { "description": "The opening", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/BreakGlassOpening" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required (health.clinician)." },
              "404": { "$ref": "#/components/responses/NotFound", "description": "No such patient, or one whose label the caller could not read." },
              "409": { "$ref": "#/components/responses/Conflict", "description": "break-glass-needless: the caller may read the record already." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" }
            }
          }
        },
        "/api/v1/health/break-glass": {
          "get": {
            "summary": "The medical advisor's review queue of break-glass openings (all=true: reviewed ones too)",
            "operationId": "listBreakGlass",
            "parameters": [
              { "name": "all", "in": "query", "description": "true: every opening, reviewed or not.", "schema": { "type": "boolean" } },
              { "name": "limit", "in": "query", "description": "At most this many, oldest first.", "schema": { "type": "integer", "minimum": 1, "maximum": 500, "default": 100 } }
            ],
            "responses": {
              "200": { "description": "The openings; a patient's name only where the advisor may read the patient", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/BreakGlassList" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required (health.advisor)." }
            }
          }
        },
        "/api/v1/health/break-glass/{openingId}/review": {
          "parameters": [{ "name": "openingId", "in": "path", "required": true, "description": "The opening's id.", "schema": { "$ref": "#/components/schemas/Id" } }],
          "post": {
            "summary": "The medical advisor's review of an opening, once, by an advisor other than the one who opened it",
            "description": "Separation of duties: an advisor who broke the glass themselves (advisors are often clinicians too) is refused with 403 separation-of-duties, the attempt is audited as a denial, and the opening stays in the queue for another medical advisor.",
            "operationId": "reviewBreakGlass",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ReviewRequest" } } } },
            "responses": {
              "200": { "description": "The reviewed opening", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/BreakGlassOpening" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required (health.advisor), not-your-unit, separation-of-duties (the caller opened it)." },
              "404": { "$ref": "#/components/responses/NotFound" },
              "409": { "$ref": "#/components/responses/Conflict", "description": "already-reviewed." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" }
            }
          }
        },
        "/api/v1/health/patients/{id}/entries": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "get": {
            "summary": "The entries of a patient's record that the caller may read, newest first",
            "operationId": "listEntries",
            "parameters": [
              { "name": "type", "in": "query", "description": "Only entries of this type.", "schema": { "$ref": "#/components/schemas/EntryType" } },
              { "$ref": "#/components/parameters/Limit" }, { "$ref": "#/components/parameters/Cursor" }, { "$ref": "#/components/parameters/WithTotal" }
            ],
            "responses": {
              "200": { "description": "A page", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/EntryList" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "invalid-query (type), invalid-limit, invalid-cursor." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "404": { "$ref": "#/components/responses/NotFound" }
            }
          },
          "post": {
            "summary": "Add an entry: lab result (coded observations with reference ranges), report, note, consent, codes or correspondence",
            "description": "Physician notes and diagnostic reports need a clinical role (health.clinician or health.advisor). A consent entry carries its terms. The first version is kept like every later correction.",
            "operationId": "addEntry",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/EntryRequest" } } } },
            "responses": {
              "201": { "description": "The entry", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "Location": { "$ref": "#/components/headers/Location" }, "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Entry" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "missing-field, invalid-field (type, summary, date, text, codes, observations, consent, direction)." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "write-denied, clinical-role-required, label-above-principal." },
              "404": { "$ref": "#/components/responses/NotFound" },
              "409": { "$ref": "#/components/responses/Conflict", "description": "label-lowered, patient-merged (the record was merged into another)." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" },
              "422": { "$ref": "#/components/responses/UnprocessableContent", "description": "invalid-label." }
            }
          }
        },
        "/api/v1/health/patients/{id}/entries/{entryId}": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }, { "name": "entryId", "in": "path", "required": true, "description": "The entry's id.", "schema": { "$ref": "#/components/schemas/Id" } }],
          "get": {
            "summary": "An entry with every version of it (an audited read)",
            "operationId": "getEntry",
            "responses": {
              "200": { "description": "The entry", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Entry" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "404": { "$ref": "#/components/responses/NotFound" }
            }
          }
        },
        "/api/v1/health/patients/{id}/entries/{entryId}/corrections": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }, { "name": "entryId", "in": "path", "required": true, "description": "The entry's id.", "schema": { "$ref": "#/components/schemas/Id" } }],
          "post": {
            "summary": "Correct an entry: the new content becomes the next version, with its reason; earlier versions stay",
            "operationId": "correctEntry",
            "parameters": [{ "$ref": "#/components/parameters/IfMatch" }],
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/EntryCorrection" } } } },
            "responses": {
              "200": { "description": "The corrected entry", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Entry" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "write-denied, clinical-role-required." },
              "404": { "$ref": "#/components/responses/NotFound" },
              "409": { "$ref": "#/components/responses/Conflict", "description": "consent-revoked." },
              "412": { "$ref": "#/components/responses/PreconditionFailed" },
              "413": { "$ref": "#/components/responses/ContentTooLarge" },
              "422": { "$ref": "#/components/responses/UnprocessableContent", "description": "correction-unchanged." },
              "428": { "$ref": "#/components/responses/PreconditionRequired" }
            }
          }
        },
        "/api/v1/health/patients/{id}/entries/{entryId}/attachments": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }, { "name": "entryId", "in": "path", "required": true, "description": "The entry's id.", "schema": { "$ref": "#/components/schemas/Id" } }],
          "get": {
            "summary": "The entry's files the caller may read (an audited read of the entry); recordId is the entry's id",
            "operationId": "listEntryAttachments",
            "responses": {
              "200": { "description": "The attachments, by name and version", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/AttachmentList" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "404": { "$ref": "#/components/responses/NotFound" }
            }
          },
          "post": {
            "summary": "Attach a file to an entry (a scanned consent form, a lab report, a letter), as for a record's attachments",
            "operationId": "uploadEntryAttachment",
            "parameters": [
              { "name": "filename", "in": "query", "required": true, "description": "A plain file name (no folder, no control characters), at most 200 characters; never used as a path.", "schema": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^/\\\\\\s\\u0000-\\u001F\\u007F-\\u009F]([^/\\\\\\u0000-\\u001F\\u007F-\\u009F]*[^/\\\\\\s\\u0000-\\u001F\\u007F-\\u009F])?$" } },
              { "name": "label", "in": "query", "description": "The file's label in its JSON form, when higher than the entry's.", "schema": { "type": "string" } }
            ],
            "requestBody": { "required": true, "content": { \#(fileTypeContent) } },
            "responses": {
              "201": {
                "description": "The attachment",
                "headers": {
                  "ETag": { "description": "The file's SHA-256.", "required": true, "schema": { "type": "string", "pattern": "^\"[0-9a-f]{64}\"$" } },
                  "Location": { "$ref": "#/components/headers/Location" }, "X-Classification": { "$ref": "#/components/headers/Classification" }
                },
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Attachment" } } }
              },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "invalid-query (filename, label), empty-file." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "write-denied, label-above-principal." },
              "404": { "$ref": "#/components/responses/NotFound" },
              "409": { "$ref": "#/components/responses/Conflict", "description": "attachment-label-too-low." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" },
              "415": { "$ref": "#/components/responses/UnsupportedMediaType" }
            }
          }
        },
        "/api/v1/health/patients/{id}/entries/{entryId}/attachments/{attachmentId}": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }, { "name": "entryId", "in": "path", "required": true, "description": "The entry's id.", "schema": { "$ref": "#/components/schemas/Id" } }, { "$ref": "#/components/parameters/AttachmentId" }],
          "get": {
            "summary": "Download a file of an entry (audited); its label banner is in X-Classification",
            "operationId": "downloadEntryAttachment",
            "responses": {
              "200": {
                "description": "The file, with the type it was uploaded as",
                "headers": {
                  "X-Classification": { "$ref": "#/components/headers/Classification" },
                  "Content-Disposition": { "required": true, "schema": { "type": "string", "pattern": "^attachment; filename=" } },
                  "ETag": { "description": "The file's SHA-256.", "required": true, "schema": { "type": "string", "pattern": "^\"[0-9a-f]{64}\"$" } }
                },
                "content": { \#(fileTypeContent) }
              },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "404": { "$ref": "#/components/responses/NotFound" },
              "500": { "$ref": "#/components/responses/InternalServerError", "description": "file-missing." }
            }
          }
        },
        "/api/v1/health/patients/{id}/entries/{entryId}/revocation": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }, { "name": "entryId", "in": "path", "required": true, "description": "The consent entry's id.", "schema": { "$ref": "#/components/schemas/Id" } }],
          "post": {
            "summary": "Revoke a consent from now on; releases relying on it are refused afterwards",
            "operationId": "revokeConsent",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ReasonRequest" } } } },
            "responses": {
              "200": { "description": "The revoked consent", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Entry" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "write-denied." },
              "404": { "$ref": "#/components/responses/NotFound" },
              "409": { "$ref": "#/components/responses/Conflict", "description": "not-a-consent, consent-revoked." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" }
            }
          }
        }
      },
      "components": {
        "schemas": {
          "EmergencyContact": {
            "type": "object", "additionalProperties": false, "required": ["name"],
            "properties": { "name": { "type": "string", "maxLength": 200 }, "phone": { "type": "string", "maxLength": 40 } }
          },
          "PatientUpdate": {
            "type": "object", "additionalProperties": false,
            "description": "A JSON Merge Patch (RFC 7396): only the members present change; null clears an optional detail.",
            "properties": {
              "familyName": { "type": "string", "minLength": 1, "maxLength": 100 },
              "givenNames": { "type": "string", "minLength": 1, "maxLength": 100 },
              "dateOfBirth": { "$ref": "#/components/schemas/Day" },
              "sex": { "type": "string", "enum": ["female", "male", "other", "unknown"] },
              "staffNumber": { "type": ["string", "null"], "maxLength": 20 },
              "staffUserId": { "type": ["string", "null"], "maxLength": 40 },
              "staffUnit": { "type": ["string", "null"], "maxLength": 20 },
              "nationality": { "$ref": "#/components/schemas/ReleasabilityCode" },
              "phone": { "type": ["string", "null"], "maxLength": 40 },
              "email": { "type": ["string", "null"], "maxLength": 200 },
              "address": { "type": ["string", "null"], "maxLength": 300 },
              "emergencyContact": {
                "type": ["object", "null"], "additionalProperties": false,
                "description": "Merges with the current contact: a new contact needs a name.",
                "properties": { "name": { "type": "string", "maxLength": 200 }, "phone": { "type": ["string", "null"], "maxLength": 40 } }
              },
              "insurer": { "type": ["string", "null"], "maxLength": 200 },
              "insurerNumber": { "type": ["string", "null"], "maxLength": 60 }
            }
          },
          "PatientRequest": {
            "type": "object", "additionalProperties": false,
            "required": ["familyName", "givenNames", "dateOfBirth", "nationality"],
            "properties": {
              "familyName": { "type": "string", "minLength": 1, "maxLength": 100 },
              "givenNames": { "type": "string", "minLength": 1, "maxLength": 100 },
              "dateOfBirth": { "$ref": "#/components/schemas/Day" },
              "sex": { "type": "string", "enum": ["female", "male", "other", "unknown"], "default": "unknown" },
              "staffNumber": { "type": "string", "maxLength": 20 },
              "staffUserId": { "type": "string", "maxLength": 40 },
              "staffUnit": { "type": "string", "maxLength": 20 },
              "nationality": { "$ref": "#/components/schemas/ReleasabilityCode" },
              "phone": { "type": "string", "maxLength": 40 },
              "email": { "type": "string", "maxLength": 200 },
              "address": { "type": "string", "maxLength": 300 },
              "emergencyContact": { "$ref": "#/components/schemas/EmergencyContact" },
              "insurer": { "type": "string", "maxLength": 200 },
              "insurerNumber": { "type": "string", "maxLength": 60 },
              "restricted": { "type": "boolean", "default": false, "description": "Open only to the care team, not to the whole Health Office." },
              "careTeam": { "type": "array", "maxItems": 20, "items": { "type": "string", "minLength": 1, "maxLength": 40 }, "description": "User ids given write access to a restricted record." },
              "label": { "$ref": "#/components/schemas/LabelInput" }
            }
          },
          "Patient": {
            "type": "object", "additionalProperties": false,
            "required": ["id", "name", "familyName", "givenNames", "dateOfBirth", "sex", "nationality", "restricted", "label", "banner", "version", "createdAt", "updatedAt"],
            "properties": {
              "id": { "$ref": "#/components/schemas/Id" },
              "name": { "type": "string", "description": "FAMILY, Given" },
              "familyName": { "type": "string" }, "givenNames": { "type": "string" },
              "dateOfBirth": { "$ref": "#/components/schemas/Day" },
              "sex": { "type": "string", "enum": ["female", "male", "other", "unknown"] },
              "staffNumber": { "type": "string" }, "staffUserId": { "type": "string" }, "staffUnit": { "type": "string" },
              "nationality": { "type": "string" },
              "phone": { "type": "string" }, "email": { "type": "string" }, "address": { "type": "string" },
              "emergencyContact": { "$ref": "#/components/schemas/EmergencyContact" },
              "insurer": { "type": "string" }, "insurerNumber": { "type": "string" },
              "restricted": { "type": "boolean" },
              "label": { "$ref": "#/components/schemas/Label" }, "banner": { "type": "string" },
              "version": { "type": "integer", "minimum": 1 },
              "createdAt": { "$ref": "#/components/schemas/Timestamp" }, "updatedAt": { "$ref": "#/components/schemas/Timestamp" },
              "mergedInto": { "$ref": "#/components/schemas/Id", "description": "Present when the medical advisor merged this record into another: its entries, consents and appointments are in that one now, and this one takes no more changes (409 patient-merged)." }
            }
          },
          "PatientList": {
            "type": "object", "additionalProperties": false, "required": ["items"],
            "properties": {
              "items": { "type": "array", "items": { "$ref": "#/components/schemas/Patient" } },
              "next": { "type": "string" }, "total": { "type": "integer", "minimum": 0 }
            }
          },
          "EntryType": { "type": "string", "enum": ["lab-result", "diagnostic-report", "physician-note", "consent", "administrative-code", "correspondence"] },
          "Coding": {
            "type": "object", "additionalProperties": false, "required": ["system", "code"],
            "properties": {
              "system": { "type": "string", "minLength": 1, "maxLength": 200, "description": "e.g. http://loinc.org, http://hl7.org/fhir/sid/icd-10" },
              "code": { "type": "string", "minLength": 1, "maxLength": 60 }, "display": { "type": "string", "maxLength": 200 }
            }
          },
          "ObservationInput": {
            "type": "object", "additionalProperties": false, "required": ["code"],
            "description": "A numeric value (with unit and reference range low/high) or a text value.",
            "properties": {
              "code": { "$ref": "#/components/schemas/Coding" }, "value": { "type": "number" }, "valueText": { "type": "string", "maxLength": 200 },
              "unit": { "type": "string", "maxLength": 30 }, "low": { "type": "number" }, "high": { "type": "number" }
            }
          },
          "Observation": {
            "type": "object", "additionalProperties": false, "required": ["code"],
            "properties": {
              "code": { "$ref": "#/components/schemas/Coding" }, "value": { "type": "number" }, "valueText": { "type": "string" },
              "unit": { "type": "string" }, "low": { "type": "number" }, "high": { "type": "number" },
              "interpretation": { "type": "string", "enum": ["L", "N", "H"], "description": "Against the reference range" }
            }
          },
          "ConsentTerms": {
            "type": "object", "additionalProperties": false, "required": ["recipient", "scope", "purpose", "validFrom", "validUntil"],
            "properties": {
              "recipient": { "type": "string", "minLength": 1, "maxLength": 200 }, "scope": { "type": "string", "minLength": 1, "maxLength": 500 },
              "purpose": { "type": "string", "minLength": 1, "maxLength": 300 },
              "validFrom": { "$ref": "#/components/schemas/Day" }, "validUntil": { "$ref": "#/components/schemas/Day" }
            }
          },
          "EntryRequest": {
            "type": "object", "additionalProperties": false, "required": ["type", "summary", "date"],
            "properties": {
              "type": { "$ref": "#/components/schemas/EntryType" },
              "summary": { "type": "string", "minLength": 1, "maxLength": 300 },
              "date": { "$ref": "#/components/schemas/Day" },
              "clinician": { "type": "string", "maxLength": 40, "description": "The responsible clinician's user id" },
              "text": { "type": "string", "maxLength": 50000 },
              "codes": { "type": "array", "maxItems": 50, "items": { "$ref": "#/components/schemas/Coding" } },
              "observations": { "type": "array", "maxItems": 100, "items": { "$ref": "#/components/schemas/ObservationInput" }, "description": "Required (at least one) for a lab-result" },
              "correspondent": { "type": "string", "maxLength": 200 },
              "direction": { "type": "string", "enum": ["in", "out"] },
              "consent": { "$ref": "#/components/schemas/ConsentTerms" },
              "label": { "$ref": "#/components/schemas/LabelInput" }
            }
          },
          "EntryCorrection": {
            "type": "object", "additionalProperties": false, "required": ["summary", "date", "reason"],
            "properties": {
              "type": { "$ref": "#/components/schemas/EntryType" },
              "summary": { "type": "string", "minLength": 1, "maxLength": 300 },
              "date": { "$ref": "#/components/schemas/Day" },
              "clinician": { "type": "string", "maxLength": 40 },
              "text": { "type": "string", "maxLength": 50000 },
              "codes": { "type": "array", "maxItems": 50, "items": { "$ref": "#/components/schemas/Coding" } },
              "observations": { "type": "array", "maxItems": 100, "items": { "$ref": "#/components/schemas/ObservationInput" } },
              "correspondent": { "type": "string", "maxLength": 200 },
              "direction": { "type": "string", "enum": ["in", "out"] },
              "consent": { "$ref": "#/components/schemas/ConsentTerms" },
              "reason": { "type": "string", "minLength": 1, "maxLength": 500 }
            }
          },
          "Entry": {
            "type": "object", "additionalProperties": false,
            "required": ["id", "patient", "type", "summary", "date", "text", "codes", "observations", "author", "label", "banner", "version", "createdAt", "updatedAt"],
            "properties": {
              "id": { "$ref": "#/components/schemas/Id" }, "patient": { "$ref": "#/components/schemas/Id" },
              "type": { "$ref": "#/components/schemas/EntryType" }, "summary": { "type": "string" },
              "date": { "$ref": "#/components/schemas/Day" }, "clinician": { "type": "string" }, "text": { "type": "string" },
              "codes": { "type": "array", "items": { "$ref": "#/components/schemas/Coding" } },
              "observations": { "type": "array", "items": { "$ref": "#/components/schemas/Observation" } },
              "correspondent": { "type": "string" }, "direction": { "type": "string", "enum": ["in", "out"] },
              "consent": {
                "type": "object", "additionalProperties": false, "required": ["recipient", "scope", "purpose", "validFrom", "validUntil", "revoked"],
                "properties": {
                  "recipient": { "type": "string" }, "scope": { "type": "string" }, "purpose": { "type": "string" },
                  "validFrom": { "$ref": "#/components/schemas/Day" }, "validUntil": { "$ref": "#/components/schemas/Day" },
                  "revoked": { "type": "boolean" }, "revokedAt": { "$ref": "#/components/schemas/Timestamp" },
                  "revokedBy": { "type": "string" }, "revocationReason": { "type": "string" }
                }
              },
              "author": { "type": "string" },
              "label": { "$ref": "#/components/schemas/Label" }, "banner": { "type": "string" },
              "version": { "type": "integer", "minimum": 1 },
              "createdAt": { "$ref": "#/components/schemas/Timestamp" }, "updatedAt": { "$ref": "#/components/schemas/Timestamp" },
              "versions": {
                "type": "array", "description": "Every version, oldest first (one entry's answer only)",
                "items": {
                  "type": "object", "additionalProperties": false, "required": ["version", "summary", "date", "text", "author", "recordedAt"],
                  "properties": {
                    "version": { "type": "integer", "minimum": 1 }, "summary": { "type": "string" }, "date": { "$ref": "#/components/schemas/Day" },
                    "text": { "type": "string" }, "reason": { "type": "string" }, "author": { "type": "string" },
                    "recordedAt": { "$ref": "#/components/schemas/Timestamp" }
                  }
                }
              }
            }
          },
          "EntryList": {
            "type": "object", "additionalProperties": false, "required": ["items"],
            "properties": {
              "items": { "type": "array", "items": { "$ref": "#/components/schemas/Entry" } },
              "next": { "type": "string" }, "total": { "type": "integer", "minimum": 0 }
            }
          },
          "ReasonRequest": {
            "type": "object", "additionalProperties": false, "required": ["reason"],
            "properties": { "reason": { "type": "string", "minLength": 1, "maxLength": 500 } }
          },
          "ReviewRequest": {
            "type": "object", "additionalProperties": false, "required": ["note"],
            "properties": { "note": { "type": "string", "minLength": 1, "maxLength": 1000 } }
          },
          "BreakGlassOpening": {
            "type": "object", "additionalProperties": false, "required": ["id", "patient", "user", "reason", "openedAt", "expiresAt"],
            "properties": {
              "id": { "$ref": "#/components/schemas/Id" }, "patient": { "$ref": "#/components/schemas/Id" },
              "patientName": { "type": "string", "description": "Only where the reader may read the patient" },
              "user": { "type": "string" }, "reason": { "type": "string" },
              "openedAt": { "$ref": "#/components/schemas/Timestamp" }, "expiresAt": { "$ref": "#/components/schemas/Timestamp" },
              "reviewedBy": { "type": "string" }, "reviewedAt": { "$ref": "#/components/schemas/Timestamp" }, "reviewNote": { "type": "string" },
              "awaitingAnotherAdvisor": { "type": "boolean", "description": "In the queue, on an opening the caller made and nobody has reviewed: another medical advisor must review it (nobody reviews their own)." }
            }
          },
          "BreakGlassList": {
            "type": "object", "additionalProperties": false, "required": ["items"],
            "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/BreakGlassOpening" } } }
          }
        }
      }
    }
    """#
}
