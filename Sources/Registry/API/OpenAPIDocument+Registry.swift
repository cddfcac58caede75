import ChancerySpine
import ChanceryKit

extension OpenAPIDocument {
    /// The registry's paths and schemas.
    package static let registry = #"""
    {
      "paths": {
        "/api/v1/reference-series": {
          "get": {
            "summary": "List the reference series (configuration: every signed-in user may read it)",
            "operationId": "listReferenceSeries",
            "responses": {
              "200": { "description": "Every series", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SeriesList" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" }
            }
          },
          "post": {
            "summary": "Create a reference series (registry supervisor)",
            "operationId": "createReferenceSeries",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/CreateSeries" } } } },
            "responses": {
              "201": {
                "description": "The series",
                "links": { "GetReferenceSeries": { "$ref": "#/components/links/GetReferenceSeries" }, "UpdateReferenceSeries": { "$ref": "#/components/links/UpdateReferenceSeries" } },
                "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "Location": { "$ref": "#/components/headers/Location" } },
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Series" } } }
              },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "A malformed body, or invalid-field: code, title or an unknown check." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required: registry.supervisor." },
              "409": { "$ref": "#/components/responses/Conflict", "description": "series-exists, template-taken (another series has the same template)." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" },
              "422": { "$ref": "#/components/responses/UnprocessableContent", "description": "invalid-template: the sentence says what is wrong with it." }
            }
          }
        },
        "/api/v1/reference-series/{code}": {
          "parameters": [{ "$ref": "#/components/parameters/SeriesCode" }],
          "get": {
            "summary": "One reference series",
            "operationId": "getReferenceSeries",
            "responses": {
              "200": { "description": "The series", "headers": { "ETag": { "$ref": "#/components/headers/ETag" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Series" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "404": { "$ref": "#/components/responses/NotFound", "description": "series-not-found." }
            }
          },
          "patch": {
            "summary": "Edit a reference series (registry supervisor; If-Match required)",
            "description": "The body is a JSON Merge Patch (RFC 7396): members not sent are kept; none may be removed (null).",
            "operationId": "updateReferenceSeries",
            "parameters": [{ "$ref": "#/components/parameters/IfMatch" }],
            "requestBody": { "required": true, "content": { "application/merge-patch+json": { "schema": { "$ref": "#/components/schemas/UpdateSeries" } }, "application/json": { "schema": { "$ref": "#/components/schemas/UpdateSeries" } } } },
            "responses": {
              "200": { "description": "The edited series", "headers": { "ETag": { "$ref": "#/components/headers/ETag" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Series" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "A malformed body or If-Match header, or invalid-field: title or an unknown check." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required: registry.supervisor." },
              "404": { "$ref": "#/components/responses/NotFound", "description": "series-not-found." },
              "409": { "$ref": "#/components/responses/Conflict", "description": "template-taken." },
              "412": { "$ref": "#/components/responses/PreconditionFailed" },
              "413": { "$ref": "#/components/responses/ContentTooLarge" },
              "415": { "$ref": "#/components/responses/UnsupportedMediaType", "description": "unsupported-media-type: the body is neither application/merge-patch+json nor application/json." },
              "422": { "$ref": "#/components/responses/UnprocessableContent", "description": "invalid-template." },
              "428": { "$ref": "#/components/responses/PreconditionRequired" }
            }
          }
        },
        "/api/v1/records": {
          "get": {
            "summary": "List the records the caller may read, newest first",
            "operationId": "listRecords",
            "parameters": [
              { "name": "series", "in": "query", "description": "Only this series (any case).", "schema": { "type": "string" } },
              { "name": "state", "in": "query", "schema": { "$ref": "#/components/schemas/RecordState" } },
              { "name": "year", "in": "query", "description": "Only the references of this year.", "schema": { "type": "integer", "minimum": 1900, "maximum": 2999 } },
              { "$ref": "#/components/parameters/Limit" },
              { "$ref": "#/components/parameters/Cursor" },
              { "$ref": "#/components/parameters/WithTotal" }
            ],
            "responses": {
              "200": { "description": "A page of records", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/RecordList" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "invalid-query (state, year), invalid-limit, invalid-cursor." },
              "401": { "$ref": "#/components/responses/Unauthorized" }
            }
          },
          "post": {
            "summary": "Register an item (registry clerk or supervisor): it receives the next reference of its series",
            "description": "As JSON (the record), or as multipart/form-data with its files: the record's JSON in a part named record, first, then one to 20 files in parts named file (each a plain file name, an accepted type matching its first bytes, within the upload limit). With files, the record, its reference, the attachments (with the record's label) and their text in the search index are written in one transaction: any refusal stores nothing, takes no reference and keeps no file, and a text file is searchable (its words, and its name through filename:) when the 201 comes back. An Idempotency-Key covers the record's JSON and each file's name, type and SHA-256 (not the multipart boundary): a retry with the same parts gets the recorded answer.",
            "operationId": "registerRecord",
            "parameters": [{ "$ref": "#/components/parameters/IdempotencyKey" }],
            "requestBody": {
              "required": true,
              "content": {
                "application/json": { "schema": { "$ref": "#/components/schemas/RegisterRecord" } },
                "multipart/form-data": {
                  "schema": {
                    "type": "object", "additionalProperties": false, "required": ["record", "file"],
                    "properties": {
                      "record": { "$ref": "#/components/schemas/RegisterRecord" },
                      "file": { "type": "array", "minItems": 1, "maxItems": 20, "items": { "type": "string", "format": "binary" }, "description": "The files, each with its file name and Content-Type in its part's headers." }
                    }
                  },
                  "encoding": {
                    "record": { "contentType": "application/json" },
                    "file": { "contentType": "\#(FileType.allCases.map(\.rawValue).joined(separator: ", "))" }
                  }
                }
              }
            },
            "responses": {
              "201": {
                "description": "The registered record, with its attachments when files were sent (or the recorded answer to an earlier request with the same Idempotency-Key)",
                "links": { "GetRecord": { "$ref": "#/components/links/GetRecord" }, "UpdateRecord": { "$ref": "#/components/links/UpdateRecord" }, "VerifyRecord": { "$ref": "#/components/links/VerifyRecord" }, "FileRecord": { "$ref": "#/components/links/FileRecord" }, "DistributeRecord": { "$ref": "#/components/links/DistributeRecord" }, "PlaceHold": { "$ref": "#/components/links/PlaceHold" }, "UploadAttachment": { "$ref": "#/components/links/UploadAttachment" }, "ReplaceRecordACL": { "$ref": "#/components/links/ReplaceRecordACL" }, "DowngradeRecord": { "$ref": "#/components/links/DowngradeRecord" } },
                "headers": {
                  "ETag": { "$ref": "#/components/headers/ETag" }, "Location": { "$ref": "#/components/headers/Location" },
                  "X-Classification": { "$ref": "#/components/headers/Classification" }, "Idempotent-Replayed": { "$ref": "#/components/headers/IdempotentReplayed" }
                },
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Record" } } }
              },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "A malformed body, missing-field (label or originatorLabelXML; record: a form without its record part), invalid-field (each field's rule; file: a file name with a folder), invalid-idempotency-key. With files: not-multipart, record-not-first, no-file, too-many-files, unknown-field (a part other than record and file), empty-file." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required (a registry role), label-above-principal, not-your-unit." },
              "404": { "$ref": "#/components/responses/NotFound", "description": "series-not-found." },
              "409": { "$ref": "#/components/responses/Conflict", "description": "series-inactive, reference-taken, label-lowered (label lower than the originator's), idempotency-key-reused." },
              "413": { "$ref": "#/components/responses/ContentTooLarge", "description": "body-too-large: a record over 1 MB, a file over CHANCERY_MAX_UPLOAD_MB." },
              "415": { "$ref": "#/components/responses/UnsupportedMediaType" },
              "422": { "$ref": "#/components/responses/UnprocessableContent", "description": "invalid-label (label or originatorLabelXML)." }
            }
          }
        },
        "/api/v1/records/{id}": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "get": {
            "summary": "One record (404 when it does not exist or may not be read)",
            "operationId": "getRecord",
            "responses": {
              "200": { "description": "The record", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Record" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "404": { "$ref": "#/components/responses/NotFound" }
            }
          },
          "patch": {
            "summary": "Correct a record's metadata (If-Match required; the label may only be raised; the previous version stays in the history)",
            "description": "The body is a JSON Merge Patch (RFC 7396), as application/merge-patch+json or application/json: members not sent are kept, a member set to null is removed (an optional field cleared, a list or the metadata emptied), and objects merge member by member at any depth: {\"metadata\":{\"case_ref\":\"X\",\"old\":null}} sets case_ref, removes old and keeps every other metadata key; {\"label\":{\"classification\":\"NS\"}} raises the classification and keeps releasability, categories and informative markings. Lists (addressees, keywords, releasableTo) are replaced whole. title, label, direction and recordType cannot be removed.",
            "operationId": "updateRecord",
            "parameters": [{ "$ref": "#/components/parameters/IfMatch" }],
            "requestBody": { "required": true, "content": { "application/merge-patch+json": { "schema": { "$ref": "#/components/schemas/UpdateRecord" } }, "application/json": { "schema": { "$ref": "#/components/schemas/UpdateRecord" } } } },
            "responses": {
              "200": { "description": "The corrected record", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Record" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "A malformed body or If-Match header, or invalid-field (each field's rule)." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "write-denied, label-above-principal." },
              "404": { "$ref": "#/components/responses/NotFound" },
              "409": { "$ref": "#/components/responses/Conflict", "description": "label-lowered, record-closed-for-edits (destroyed or transferred)." },
              "412": { "$ref": "#/components/responses/PreconditionFailed" },
              "413": { "$ref": "#/components/responses/ContentTooLarge" },
              "415": { "$ref": "#/components/responses/UnsupportedMediaType", "description": "unsupported-media-type: the body is neither application/merge-patch+json nor application/json." },
              "422": { "$ref": "#/components/responses/UnprocessableContent", "description": "invalid-label." },
              "428": { "$ref": "#/components/responses/PreconditionRequired" }
            }
          }
        },
        "/api/v1/records/{id}/label.xml": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "get": {
            "summary": "The record's label as an ADatP-4774 confidentiality label",
            "operationId": "getRecordLabelXML",
            "responses": {
              "200": { "description": "The label", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/xml": { "schema": { "type": "string" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "404": { "$ref": "#/components/responses/NotFound" }
            }
          }
        },
        "/api/v1/records/{id}/history": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "get": {
            "summary": "Every version of the record's metadata, oldest first",
            "operationId": "getRecordHistory",
            "responses": {
              "200": { "description": "The versions", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/RecordHistory" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "404": { "$ref": "#/components/responses/NotFound" }
            }
          }
        },
        "/api/v1/records/{id}/verification": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "post": {
            "summary": "Verify a received item against its series' checklist; it becomes registered (422 lists each failed check)",
            "operationId": "verifyRecord",
            "responses": {
              "200": {
                "description": "The verified (registered) record",
                "links": { "FileRecord": { "$ref": "#/components/links/FileRecord" }, "DistributeRecord": { "$ref": "#/components/links/DistributeRecord" } },
                "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "X-Classification": { "$ref": "#/components/headers/Classification" } },
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Record" } } }
              },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "write-denied." },
              "404": { "$ref": "#/components/responses/NotFound", "description": "object-not-found, series-not-found." },
              "409": { "$ref": "#/components/responses/Conflict", "description": "wrong-state: only a received item is verified." },
              "412": { "$ref": "#/components/responses/PreconditionFailed", "description": "stale-version: changed by someone else meanwhile." },
              "422": { "$ref": "#/components/responses/UnprocessableContent", "description": "verification-failed: `errors` lists each failed check with its field, code and reason; the failure is audited." }
            }
          }
        },
        "/api/v1/records/{id}/attachments": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "get": {
            "summary": "The record's attachments the caller may read (their own labels are trimmed too)",
            "operationId": "listAttachments",
            "responses": {
              "200": { "description": "The attachments, by name and version", "headers": { "X-Classification": { "description": "The banner of the record's and the listed attachments' dominant label.", "schema": { "type": "string" } } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/AttachmentList" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "404": { "$ref": "#/components/responses/NotFound" }
            }
          },
          "post": {
            "summary": "Attach a file (the request body, streamed; its declared type must match its first bytes); the same name again is a new version",
            "operationId": "uploadAttachment",
            "parameters": [
              { "name": "filename", "in": "query", "required": true, "description": "The name shown to people; never used as a path. A plain file name: no folder (/ or \\), no control characters, no spaces at either end, not . or .., at most 200 characters; anything else is a 400 invalid-query.", "schema": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^/\\\\\\s\\u0000-\\u001F\\u007F-\\u009F]([^/\\\\\\u0000-\\u001F\\u007F-\\u009F]*[^/\\\\\\s\\u0000-\\u001F\\u007F-\\u009F])?$" } },
              { "name": "label", "in": "query", "description": "The attachment's label in its JSON form (a LabelInput), when higher than the record's.", "schema": { "type": "string" } }
            ],
            "requestBody": {
              "required": true,
              "content": {
                \#(fileTypeContent)
              }
            },
            "responses": {
              "201": {
                "description": "The attachment",
                "links": { "DownloadAttachment": { "$ref": "#/components/links/DownloadAttachment" }, "ListAttachments": { "$ref": "#/components/links/ListAttachments" } },
                "headers": {
                  "ETag": { "description": "The file's SHA-256.", "required": true, "schema": { "type": "string", "pattern": "^\"[0-9a-f]{64}\"$" } },
                  "Location": { "$ref": "#/components/headers/Location" }, "X-Classification": { "$ref": "#/components/headers/Classification" }
                },
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Attachment" } } }
              },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "invalid-query (filename missing or not a plain file name, label not a JSON label), empty-file." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "write-denied, label-above-principal." },
              "404": { "$ref": "#/components/responses/NotFound" },
              "409": { "$ref": "#/components/responses/Conflict", "description": "attachment-label-too-low (below the record's), record-closed-for-edits." },
              "413": { "$ref": "#/components/responses/ContentTooLarge", "description": "body-too-large: over CHANCERY_MAX_UPLOAD_MB (default 100 MB)." },
              "415": { "$ref": "#/components/responses/UnsupportedMediaType" },
              "422": { "$ref": "#/components/responses/UnprocessableContent", "description": "invalid-label." }
            }
          }
        },
        "/api/v1/records/{id}/attachments/{attachmentId}": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }, { "$ref": "#/components/parameters/AttachmentId" }],
          "get": {
            "summary": "Download an attachment (audited); its label banner is in X-Classification",
            "operationId": "downloadAttachment",
            "responses": {
              "200": {
                "description": "The file, with the type it was uploaded as",
                "headers": {
                  "X-Classification": { "$ref": "#/components/headers/Classification" },
                  "Content-Disposition": { "required": true, "schema": { "type": "string", "pattern": "^attachment; filename=" } },
                  "ETag": { "description": "The file's SHA-256.", "required": true, "schema": { "type": "string", "pattern": "^\"[0-9a-f]{64}\"$" } }
                },
                "content": {
                  \#(fileTypeContent)
                }
              },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "404": { "$ref": "#/components/responses/NotFound", "description": "object-not-found: no such record or attachment, or one the caller may not read." },
              "500": { "$ref": "#/components/responses/InternalServerError", "description": "file-missing: the database knows the file but the disk has lost it (chancery verify-blobs says which)." }
            }
          }
        },
        "/api/v1/distribution-lists": {
          "get": {
            "summary": "List the distribution lists (registry roles and administrators)",
            "operationId": "listDistributionLists",
            "responses": {
              "200": { "description": "Every list", "content": { "application/json": { "schema": { "type": "object", "additionalProperties": false, "required": ["items"], "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/DistributionList" } } } } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required: a registry role or admin." }
            }
          },
          "post": {
            "summary": "Create a distribution list (registry roles and administrators); it belongs to its creator unless owner names another person or one of the creator's units",
            "operationId": "createDistributionList",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/DistributionListRequest" } } } },
            "responses": {
              "201": {
                "description": "The list",
                "links": { "GetDistributionList": { "$ref": "#/components/links/GetDistributionList" }, "ReplaceDistributionList": { "$ref": "#/components/links/ReplaceDistributionList" } },
                "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "Location": { "$ref": "#/components/headers/Location" } },
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/DistributionList" } } }
              },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "A malformed body, or invalid-field: name, description, a member's kind, id or role, too many members." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required: a registry role or admin; not-your-unit: owner names a unit the creator does not belong to (supervisors and administrators may)." },
              "409": { "$ref": "#/components/responses/Conflict", "description": "list-name-taken." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" },
              "422": { "$ref": "#/components/responses/UnprocessableContent", "description": "unknown-member: a user or group that does not exist; unknown-owner." }
            }
          }
        },
        "/api/v1/distribution-lists/{listId}": {
          "parameters": [{ "$ref": "#/components/parameters/ListId" }],
          "get": {
            "summary": "One distribution list (registry roles and administrators)",
            "operationId": "getDistributionList",
            "responses": {
              "200": { "description": "The list", "headers": { "ETag": { "$ref": "#/components/headers/ETag" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/DistributionList" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required: a registry role or admin." },
              "404": { "$ref": "#/components/responses/NotFound", "description": "list-not-found." }
            }
          },
          "put": {
            "summary": "Replace a distribution list's name, description, members and (when given) owner: only its owner (the person, or a member of the owning unit), a registry supervisor or an administrator; If-Match required; audited with the members before and after",
            "operationId": "replaceDistributionList",
            "parameters": [{ "$ref": "#/components/parameters/IfMatch" }],
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/DistributionListRequest" } } } },
            "responses": {
              "200": { "description": "The list", "headers": { "ETag": { "$ref": "#/components/headers/ETag" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/DistributionList" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "A malformed body or If-Match header, or invalid-field (as for creation)." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required: a registry role or admin; list-not-yours: the caller neither owns the list nor is a registry supervisor or an administrator (the refusal is audited); not-your-unit: owner names a unit the caller does not belong to." },
              "404": { "$ref": "#/components/responses/NotFound", "description": "list-not-found." },
              "409": { "$ref": "#/components/responses/Conflict", "description": "list-name-taken." },
              "412": { "$ref": "#/components/responses/PreconditionFailed" },
              "413": { "$ref": "#/components/responses/ContentTooLarge" },
              "422": { "$ref": "#/components/responses/UnprocessableContent", "description": "unknown-member (a user or a newly added group that does not exist), unknown-owner." },
              "428": { "$ref": "#/components/responses/PreconditionRequired" }
            }
          }
        },
        "/api/v1/records/{id}/distributions": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "get": {
            "summary": "The record's distributions with their numbered copies and receipts",
            "operationId": "listDistributions",
            "responses": {
              "200": { "description": "The distributions", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "type": "object", "additionalProperties": false, "required": ["items"], "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/Distribution" } } } } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "404": { "$ref": "#/components/responses/NotFound" }
            }
          },
          "post": {
            "summary": "Distribute a registered or active record to a list: read access for exactly the members who pass the label check; the others are reported",
            "operationId": "distributeRecord",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/DistributeRequest" } } } },
            "responses": {
              "201": {
                "description": "What was done",
                "links": { "AcknowledgeReceipt": { "$ref": "#/components/links/AcknowledgeReceipt" }, "ListDistributions": { "$ref": "#/components/links/ListDistributions" } },
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/DistributionReport" } } }
              },
              "400": { "$ref": "#/components/responses/BadRequest" },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "write-denied." },
              "404": { "$ref": "#/components/responses/NotFound", "description": "object-not-found, list-not-found." },
              "409": { "$ref": "#/components/responses/Conflict", "description": "wrong-state: only registered or active records are distributed." },
              "412": { "$ref": "#/components/responses/PreconditionFailed", "description": "stale-version: the record changed meanwhile." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" }
            }
          }
        },
        "/api/v1/registry/distributions": {
          "post": {
            "summary": "Distribute several items (the queue of received messages) to one list in one step; each is reported on its own",
            "operationId": "distributeBatch",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/DistributeBatchRequest" } } } },
            "responses": {
              "200": { "description": "One result per item: its status and either the distribution or the problem's sentence", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/DistributeBatchResults" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "A malformed body, or invalid-field: records must hold 1 to 200 ids." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required: the caller holds no registry role; refused before any item is looked at." },
              "404": { "$ref": "#/components/responses/NotFound", "description": "list-not-found: list is not an id. An unknown list with a well-formed id is reported for each item (404)." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" }
            }
          }
        },
        "/api/v1/receipts": {
          "get": {
            "summary": "Outstanding receipts the caller may read (all of them for the registry; mine=true: those addressed to me, my groups or units)",
            "operationId": "listReceipts",
            "parameters": [{ "name": "mine", "in": "query", "description": "true: only the copies addressed to the caller.", "schema": { "type": "boolean" } }],
            "responses": {
              "200": { "description": "The receipts", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ReceiptList" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "invalid-query: mine is neither true nor false." },
              "401": { "$ref": "#/components/responses/Unauthorized" }
            }
          }
        },
        "/api/v1/receipts/{copyId}/acknowledgement": {
          "parameters": [{ "$ref": "#/components/parameters/CopyId" }],
          "post": {
            "summary": "Acknowledge receipt of a copy addressed to the caller (or the caller's group or unit)",
            "operationId": "acknowledgeReceipt",
            "responses": {
              "200": { "description": "The acknowledged receipt", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Receipt" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "404": { "$ref": "#/components/responses/NotFound", "description": "receipt-not-found: no such copy, or not addressed to the caller." },
              "409": { "$ref": "#/components/responses/Conflict", "description": "receipt-acknowledged: already acknowledged, or no receipt is required." }
            }
          }
        },
        "/api/v1/registry/muster": {
          "get": {
            "summary": "Every copy of NS and CTS items still held, to be accounted for (registry roles)",
            "operationId": "getMuster",
            "responses": {
              "200": { "description": "The copies", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ReceiptList" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required: a registry role." }
            }
          }
        },
        "/api/v1/records/{id}/acl": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "get": {
            "summary": "The record's access control entries",
            "operationId": "getRecordACL",
            "responses": {
              "200": { "description": "The entries", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ACL" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "404": { "$ref": "#/components/responses/NotFound" }
            }
          },
          "put": {
            "summary": "Replace the record's access control entries (registry roles with write need-to-know; If-Match of the record); a person may be named by user name or id, and the answer shows the account each entry resolved to",
            "operationId": "replaceRecordACL",
            "parameters": [{ "$ref": "#/components/parameters/IfMatch" }],
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ACLRequest" } } } },
            "responses": {
              "200": { "description": "The entries now", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ACL" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "A malformed body or If-Match header; invalid-field: an entry's kind, id or permission, a grantee twice, more than 500 entries; unknown-grantee: an entry names no existing account or group (field entries[N].id; nothing is stored)." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "write-denied." },
              "404": { "$ref": "#/components/responses/NotFound" },
              "409": { "$ref": "#/components/responses/Conflict", "description": "record-closed-for-edits." },
              "412": { "$ref": "#/components/responses/PreconditionFailed" },
              "413": { "$ref": "#/components/responses/ContentTooLarge" },
              "428": { "$ref": "#/components/responses/PreconditionRequired" }
            }
          }
        },
        "/api/v1/file-plan": {
          "get": {
            "summary": "The file plan, by code",
            "operationId": "getFilePlan",
            "responses": {
              "200": { "description": "Every node", "content": { "application/json": { "schema": { "type": "object", "additionalProperties": false, "required": ["items"], "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/FilePlanNode" } } } } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" }
            }
          },
          "post": {
            "summary": "Add a category or a folder with its retention rule (registry supervisor)",
            "operationId": "createFilePlanNode",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/FilePlanNodeRequest" } } } },
            "responses": {
              "201": { "description": "The node", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/FilePlanNode" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "A malformed body, or invalid-field: kind, code, title, retentionYears, disposition, a folder without its retention rule." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required: registry.supervisor." },
              "409": { "$ref": "#/components/responses/Conflict", "description": "code-taken." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" },
              "422": { "$ref": "#/components/responses/UnprocessableContent", "description": "invalid-parent: no such category (a folder needs one, a category has none)." }
            }
          }
        },
        "/api/v1/records/{id}/filing": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "post": {
            "summary": "File the record in a folder (registered becomes active)",
            "operationId": "fileRecord",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/FilingRequest" } } } },
            "responses": {
              "200": {
                "description": "The record",
                "links": { "CloseRecord": { "$ref": "#/components/links/CloseRecord" }, "GetRecordHistory": { "$ref": "#/components/links/GetRecordHistory" } },
                "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "X-Classification": { "$ref": "#/components/headers/Classification" } },
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Record" } } }
              },
              "400": { "$ref": "#/components/responses/BadRequest" },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "write-denied." },
              "404": { "$ref": "#/components/responses/NotFound" },
              "409": { "$ref": "#/components/responses/Conflict", "description": "wrong-state: only registered or active records are filed." },
              "412": { "$ref": "#/components/responses/PreconditionFailed", "description": "stale-version: the record changed meanwhile." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" },
              "422": { "$ref": "#/components/responses/UnprocessableContent", "description": "unknown-folder." }
            }
          }
        },
        "/api/v1/records/{id}/closure": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "post": {
            "summary": "Cut the record off; its retention period starts",
            "operationId": "closeRecord",
            "responses": {
              "200": {
                "description": "The record",
                "links": { "ArchiveRecord": { "$ref": "#/components/links/ArchiveRecord" }, "DisposeRecord": { "$ref": "#/components/links/DisposeRecord" } },
                "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "X-Classification": { "$ref": "#/components/headers/Classification" } },
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Record" } } }
              },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "write-denied." },
              "404": { "$ref": "#/components/responses/NotFound" },
              "409": { "$ref": "#/components/responses/Conflict", "description": "wrong-state, not-filed (no folder with a retention rule)." },
              "412": { "$ref": "#/components/responses/PreconditionFailed", "description": "stale-version: the record changed meanwhile." }
            }
          }
        },
        "/api/v1/records/{id}/archiving": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "post": {
            "summary": "Move a closed record to the archive",
            "operationId": "archiveRecord",
            "responses": {
              "200": {
                "description": "The record",
                "links": { "DisposeRecord": { "$ref": "#/components/links/DisposeRecord" } },
                "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "X-Classification": { "$ref": "#/components/headers/Classification" } },
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Record" } } }
              },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "write-denied." },
              "404": { "$ref": "#/components/responses/NotFound" },
              "409": { "$ref": "#/components/responses/Conflict", "description": "wrong-state: only closed records are archived." },
              "412": { "$ref": "#/components/responses/PreconditionFailed", "description": "stale-version: the record changed meanwhile." }
            }
          }
        },
        "/api/v1/records/{id}/downgrade": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "post": {
            "summary": "Lower the label with its authority and reason (registry supervisor)",
            "operationId": "downgradeRecord",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/DowngradeRequest" } } } },
            "responses": {
              "200": { "description": "The record", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Record" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "A malformed body, or invalid-field: authority, reason, reviewDue." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "write-denied (the supervisor role with write need-to-know)." },
              "404": { "$ref": "#/components/responses/NotFound" },
              "409": { "$ref": "#/components/responses/Conflict", "description": "wrong-state, not-a-downgrade (the new label must be lower)." },
              "412": { "$ref": "#/components/responses/PreconditionFailed", "description": "stale-version: the record changed meanwhile." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" },
              "422": { "$ref": "#/components/responses/UnprocessableContent", "description": "invalid-label." }
            }
          }
        },
        "/api/v1/records/{id}/disposition": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "post": {
            "summary": "Destroy or transfer a closed or archived record that is due and not on hold (registry supervisor)",
            "operationId": "disposeRecord",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/DispositionRequest" } } } },
            "responses": {
              "200": {
                "description": "The record and, for a destruction from NATO SECRET up, the destruction certificate",
                "links": { "GetDestructionCertificate": { "$ref": "#/components/links/GetDestructionCertificate" } },
                "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "X-Classification": { "$ref": "#/components/headers/Classification" } },
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/DispositionResult" } } }
              },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "A malformed body, invalid-field (action, witness, method), missing-field: witness (destruction from NATO SECRET up)." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "write-denied (the supervisor role with write need-to-know), separation-of-duties (the witness named is the supervisor themselves: user name, id or display name; audited)." },
              "404": { "$ref": "#/components/responses/NotFound" },
              "409": { "$ref": "#/components/responses/Conflict", "description": "wrong-state, not-due, legal-hold." },
              "412": { "$ref": "#/components/responses/PreconditionFailed", "description": "stale-version: the record changed meanwhile." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" }
            }
          }
        },
        "/api/v1/records/{id}/certificate": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "get": {
            "summary": "The destruction certificate of a destroyed record (readers of the certificate)",
            "operationId": "getDestructionCertificate",
            "responses": {
              "200": { "description": "The certificate", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/DestructionCertificate" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "404": { "$ref": "#/components/responses/NotFound", "description": "object-not-found: no such record, no certificate, or one the caller may not read." }
            }
          }
        },
        "/api/v1/records/{id}/holds": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "get": {
            "summary": "The record's legal holds",
            "operationId": "listHolds",
            "responses": {
              "200": { "description": "The holds", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "type": "object", "additionalProperties": false, "required": ["items"], "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/Hold" } } } } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "404": { "$ref": "#/components/responses/NotFound" }
            }
          },
          "post": {
            "summary": "Place a legal hold (registry roles): it blocks disposition",
            "operationId": "placeHold",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/HoldRequest" } } } },
            "responses": {
              "201": {
                "description": "The hold",
                "links": { "ReleaseHold": { "$ref": "#/components/links/ReleaseHold" }, "ListHolds": { "$ref": "#/components/links/ListHolds" } },
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Hold" } } }
              },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "A malformed body, or invalid-field: reason." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "write-denied." },
              "404": { "$ref": "#/components/responses/NotFound" },
              "409": { "$ref": "#/components/responses/Conflict", "description": "record-closed-for-edits." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" }
            }
          }
        },
        "/api/v1/holds/{holdId}/release": {
          "parameters": [{ "$ref": "#/components/parameters/HoldId" }],
          "post": {
            "summary": "Release a legal hold (registry supervisor)",
            "operationId": "releaseHold",
            "responses": {
              "200": { "description": "The released hold", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Hold" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required: registry.supervisor." },
              "404": { "$ref": "#/components/responses/NotFound", "description": "hold-not-found: no such hold, released already, or on a record the caller may not read." }
            }
          }
        },
        "/api/v1/registry/queues/{queue}": {
          "parameters": [{ "$ref": "#/components/parameters/Queue" }],
          "get": {
            "summary": "A registry work queue (trimmed), with its total",
            "operationId": "getRegistryQueue",
            "parameters": [{ "$ref": "#/components/parameters/Limit" }, { "$ref": "#/components/parameters/Cursor" }],
            "responses": {
              "200": { "description": "A page of the queue", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/RecordQueue" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "invalid-query (no such queue), invalid-limit, invalid-cursor." },
              "401": { "$ref": "#/components/responses/Unauthorized" }
            }
          }
        },
        "/api/v1/key-material": {
          "get": {
            "summary": "The key material register (trimmed), by due date; due=true for the updates due",
            "operationId": "listKeyMaterial",
            "parameters": [
              { "name": "due", "in": "query", "description": "true: only the items whose update is due.", "schema": { "type": "boolean" } },
              { "$ref": "#/components/parameters/Limit" },
              { "$ref": "#/components/parameters/Cursor" }
            ],
            "responses": {
              "200": { "description": "A page", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/KeyMaterialList" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "invalid-limit, invalid-cursor." },
              "401": { "$ref": "#/components/responses/Unauthorized" }
            }
          },
          "post": {
            "summary": "Register an item of key material (registry roles), in the caller's first unit",
            "operationId": "registerKeyMaterial",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/KeyMaterialRequest" } } } },
            "responses": {
              "201": {
                "description": "The item",
                "links": { "RecordKeyUpdate": { "$ref": "#/components/links/RecordKeyUpdate" } },
                "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } },
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/KeyMaterial" } } }
              },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "A malformed body, or invalid-field: shortTitle, edition, custodian, periodMonths, nextDue." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required (a registry role), label-above-principal, not-your-unit (the caller has no unit)." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" },
              "422": { "$ref": "#/components/responses/UnprocessableContent", "description": "invalid-label." }
            }
          }
        },
        "/api/v1/key-material/{id}/updates": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "post": {
            "summary": "Record that the key was updated: who, when, the new edition; the next due date moves one period on",
            "operationId": "recordKeyUpdate",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/KeyUpdateRequest" } } } },
            "responses": {
              "200": { "description": "The item", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/KeyMaterial" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "A malformed body, or invalid-field: edition." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "write-denied." },
              "404": { "$ref": "#/components/responses/NotFound" },
              "412": { "$ref": "#/components/responses/PreconditionFailed", "description": "stale-version: the item changed meanwhile." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" }
            }
          }
        }
      },
      "components": {
        "parameters": {
          "SeriesCode": { "name": "code", "in": "path", "required": true, "description": "A series code; a malformed one is answered like an unknown one (404).", "schema": { "type": "string", "pattern": "^[A-Z][A-Z0-9]{0,11}$" } },
          "AttachmentId": { "name": "attachmentId", "in": "path", "required": true, "schema": { "$ref": "#/components/schemas/Id" } },
          "ListId": { "name": "listId", "in": "path", "required": true, "description": "A distribution list's id; a malformed one is answered like an unknown one (404).", "schema": { "$ref": "#/components/schemas/Id" } },
          "CopyId": { "name": "copyId", "in": "path", "required": true, "description": "A copy's id; a malformed one is answered like an unknown one (404).", "schema": { "$ref": "#/components/schemas/Id" } },
          "HoldId": { "name": "holdId", "in": "path", "required": true, "description": "A hold's id; a malformed one is answered like an unknown one (404).", "schema": { "$ref": "#/components/schemas/Id" } },
          "Queue": { "name": "queue", "in": "path", "required": true, "description": "Another name is a 400 invalid-query.", "schema": { "type": "string", "enum": ["to-verify", "to-distribute", "disposition-due", "review-due"] } }
        },
        "links": {
          "GetRecord": { "operationId": "getRecord", "parameters": { "path.id": "$response.body#/id" }, "description": "Read the record." },
          "UpdateRecord": { "operationId": "updateRecord", "parameters": { "path.id": "$response.body#/id", "header.If-Match": "$response.header.ETag" }, "description": "Correct the version just read." },
          "VerifyRecord": { "operationId": "verifyRecord", "parameters": { "path.id": "$response.body#/id" }, "description": "Verify a received record." },
          "FileRecord": { "operationId": "fileRecord", "parameters": { "path.id": "$response.body#/id" }, "description": "File the record." },
          "CloseRecord": { "operationId": "closeRecord", "parameters": { "path.id": "$response.body#/id" }, "description": "Cut the filed record off." },
          "ArchiveRecord": { "operationId": "archiveRecord", "parameters": { "path.id": "$response.body#/id" }, "description": "Archive the closed record." },
          "DisposeRecord": { "operationId": "disposeRecord", "parameters": { "path.id": "$response.body#/id" }, "description": "Dispose of the closed or archived record." },
          "DowngradeRecord": { "operationId": "downgradeRecord", "parameters": { "path.id": "$response.body#/id" }, "description": "Lower the record's label." },
          "DistributeRecord": { "operationId": "distributeRecord", "parameters": { "path.id": "$response.body#/id" }, "description": "Distribute the record." },
          "ListDistributions": { "operationId": "listDistributions", "parameters": { "path.id": "$request.path.id" }, "description": "The record's distributions." },
          "PlaceHold": { "operationId": "placeHold", "parameters": { "path.id": "$response.body#/id" }, "description": "Place a legal hold on the record." },
          "ListHolds": { "operationId": "listHolds", "parameters": { "path.id": "$request.path.id" }, "description": "The record's holds." },
          "ReleaseHold": { "operationId": "releaseHold", "parameters": { "path.holdId": "$response.body#/id" }, "description": "Release the hold just placed." },
          "UploadAttachment": { "operationId": "uploadAttachment", "parameters": { "path.id": "$response.body#/id" }, "description": "Attach a file to the record." },
          "ListAttachments": { "operationId": "listAttachments", "parameters": { "path.id": "$request.path.id" }, "description": "The record's attachments." },
          "DownloadAttachment": { "operationId": "downloadAttachment", "parameters": { "path.id": "$request.path.id", "path.attachmentId": "$response.body#/id" }, "description": "Download the file just attached." },
          "ReplaceRecordACL": { "operationId": "replaceRecordACL", "parameters": { "path.id": "$response.body#/id", "header.If-Match": "$response.header.ETag" }, "description": "Replace the access entries of the version just read." },
          "GetRecordHistory": { "operationId": "getRecordHistory", "parameters": { "path.id": "$response.body#/id" }, "description": "The record's versions." },
          "GetDestructionCertificate": { "operationId": "getDestructionCertificate", "parameters": { "path.id": "$response.body#/record/id" }, "description": "The certificate of the destroyed record." },
          "AcknowledgeReceipt": { "operationId": "acknowledgeReceipt", "parameters": { "path.copyId": "$response.body#/granted/0/id" }, "description": "Acknowledge the first copy." },
          "GetDistributionList": { "operationId": "getDistributionList", "parameters": { "path.listId": "$response.body#/id" }, "description": "Read the list." },
          "ReplaceDistributionList": { "operationId": "replaceDistributionList", "parameters": { "path.listId": "$response.body#/id", "header.If-Match": "$response.header.ETag" }, "description": "Replace the version just read." },
          "RecordKeyUpdate": { "operationId": "recordKeyUpdate", "parameters": { "path.id": "$response.body#/id" }, "description": "Record an update of the key." },
          "GetReferenceSeries": { "operationId": "getReferenceSeries", "parameters": { "path.code": "$response.body#/code" }, "description": "Read the series." },
          "UpdateReferenceSeries": { "operationId": "updateReferenceSeries", "parameters": { "path.code": "$response.body#/code", "header.If-Match": "$response.header.ETag" }, "description": "Edit the version just read." }
        },
        "schemas": {
          "RecordState": { "type": "string", "enum": ["received", "registered", "active", "closed", "archived", "destroyed", "transferred"] },
          "RecordCheck": { "type": "string", "enum": ["label", "originator", "documentDate", "originatorReference", "addressees", "attachments"] },
          "RecordType": { "type": "string", "enum": ["memorandum", "message", "report", "minutes", "letter", "directive", "agreement", "note", "form", "other"] },
          "Direction": { "type": "string", "enum": ["incoming", "outgoing", "internal"] },
          "Metadata": {
            "type": "object", "maxProperties": 50, "description": "Free metadata: at most 50 entries, keys of 1 to 60 letters, digits, '.', '_' or '-', values of at most 2,000 characters (line breaks allowed, no other control characters).",
            "propertyNames": { "pattern": "^[A-Za-z0-9._-]{1,60}$" },
            "additionalProperties": { "type": "string", "maxLength": 2000, "pattern": "^[^\\u0000-\\u0009\\u000B-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$" }
          },
          "Series": {
            "type": "object", "additionalProperties": false, "required": ["code", "template", "title", "requiresVerification", "checks", "active", "example", "version"],
            "properties": {
              "code": { "type": "string" }, "template": { "type": "string", "examples": ["IMSM-{seq:4}-{year}"] },
              "title": { "type": "string" }, "requiresVerification": { "type": "boolean" },
              "checks": { "type": "array", "items": { "$ref": "#/components/schemas/RecordCheck" } },
              "active": { "type": "boolean" }, "example": { "type": "string", "description": "The first reference of this year.", "examples": ["IMSM-0001-2026"] },
              "version": { "type": "integer", "minimum": 1 }
            }
          },
          "SeriesList": { "type": "object", "additionalProperties": false, "required": ["items"], "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/Series" } } } },
          "CreateSeries": {
            "type": "object", "additionalProperties": false, "required": ["code", "template", "title"],
            "examples": [{ "code": "LEGAD", "template": "LEGAD/{yy}/{seq:3}", "title": "Legal advice", "checks": ["label", "originator"] }],
            "properties": {
              "code": { "type": "string", "pattern": "^[A-Z][A-Z0-9]{0,11}$", "description": "1 to 12 capital letters and digits, a letter first." },
              "template": { "type": "string", "minLength": 1, "maxLength": 60, "pattern": "^([A-Za-z0-9/().:_ -]|\\{(seq(:[1-9])?|year|yy)\\})+$", "description": "Literal text (letters, digits, - / ( ) . : _ and spaces) with {seq} or {seq:N} (N from 1 to 9) and {year} or {yy}, each exactly once.", "examples": ["IMSM-{seq:4}-{year}"] },
              "title": { "type": "string", "maxLength": 200, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$" },
              "requiresVerification": { "type": "boolean", "description": "Defaults to true when checks are given." },
              "checks": { "type": "array", "items": { "$ref": "#/components/schemas/RecordCheck" } }
            }
          },
          "UpdateSeries": {
            "type": "object", "additionalProperties": false, "description": "A JSON Merge Patch (RFC 7396): only the members present change; none may be removed.",
            "properties": {
              "template": { "type": "string", "minLength": 1, "maxLength": 60, "pattern": "^([A-Za-z0-9/().:_ -]|\\{(seq(:[1-9])?|year|yy)\\})+$" },
              "title": { "type": "string", "maxLength": 200, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$" },
              "requiresVerification": { "type": "boolean" }, "checks": { "type": "array", "items": { "$ref": "#/components/schemas/RecordCheck" } },
              "active": { "type": "boolean" }
            }
          },
          "Record": {
            "type": "object", "additionalProperties": false,
            "required": ["id", "reference", "series", "year", "sequence", "direction", "state", "title", "recordType", "label", "banner", "addressees", "receivedDate", "keywords", "metadata", "owningUnit", "openToUnit", "version", "createdBy", "createdAt", "updatedAt"],
            "properties": {
              "id": { "$ref": "#/components/schemas/Id" }, "reference": { "type": "string" }, "series": { "type": "string" },
              "year": { "type": "integer" }, "sequence": { "type": "integer", "minimum": 1 },
              "direction": { "$ref": "#/components/schemas/Direction" },
              "state": { "$ref": "#/components/schemas/RecordState" }, "title": { "type": "string" },
              "recordType": { "$ref": "#/components/schemas/RecordType" },
              "label": { "$ref": "#/components/schemas/Label" }, "banner": { "type": "string" },
              "originator": { "type": "string" }, "originatorReference": { "type": "string" },
              "addressees": { "type": "array", "items": { "type": "string" } },
              "documentDate": { "$ref": "#/components/schemas/Day" }, "receivedDate": { "$ref": "#/components/schemas/Day" },
              "language": { "type": "string" }, "contentMarking": { "$ref": "#/components/schemas/Classification" },
              "keywords": { "type": "array", "items": { "type": "string" } },
              "metadata": { "type": "object", "additionalProperties": { "type": "string" } },
              "owningUnit": { "type": "string" }, "openToUnit": { "type": "boolean" }, "version": { "type": "integer", "minimum": 1 },
              "createdBy": { "type": "string" }, "createdAt": { "$ref": "#/components/schemas/Timestamp" },
              "updatedAt": { "$ref": "#/components/schemas/Timestamp" },
              "verifiedBy": { "type": "string" }, "verifiedAt": { "$ref": "#/components/schemas/Timestamp" },
              "folder": { "type": "string", "description": "The file plan folder's id, once filed." },
              "closedOn": { "$ref": "#/components/schemas/Day" },
              "disposalDue": { "$ref": "#/components/schemas/Day" },
              "reviewDue": { "$ref": "#/components/schemas/Day" },
              "attachments": { "type": "array", "items": { "$ref": "#/components/schemas/Attachment" }, "description": "Only in the answer of a registration with files: the attachments stored with it." }
            }
          },
          "RegisterRecord": {
            "type": "object", "additionalProperties": false, "required": ["title", "series", "recordType"],
            "description": "label or originatorLabelXML is required (both when the registry marks higher than the originator; never lower). An optional text that is empty means none.",
            "anyOf": [{ "required": ["label"] }, { "required": ["originatorLabelXML"] }],
            "examples": [{ "title": "Minutes of the logistics coordination meeting", "series": "IMSM", "recordType": "minutes", "label": { "classification": "NR" }, "originator": "JFC Naples", "originatorReference": "JFCNP/LOG/0042", "documentDate": "2026-11-20" }],
            "properties": {
              "title": { "type": "string", "maxLength": 500, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$" },
              "series": { "type": "string", "maxLength": 12, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$", "description": "A series code (any case)." },
              "recordType": { "$ref": "#/components/schemas/RecordType" }, "label": { "$ref": "#/components/schemas/LabelInput" },
              "originatorLabelXML": { "type": "string", "description": "The originator's ADatP-4774 label, kept verbatim." },
              "direction": { "$ref": "#/components/schemas/Direction" },
              "originator": { "type": "string", "maxLength": 200, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$" },
              "originatorReference": { "type": "string", "maxLength": 100, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$" },
              "addressees": { "type": "array", "maxItems": 100, "items": { "type": "string", "maxLength": 200, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$" } },
              "documentDate": { "$ref": "#/components/schemas/Day" }, "receivedDate": { "$ref": "#/components/schemas/Day" },
              "language": { "type": "string", "pattern": "^[a-z]{2}$", "description": "ISO 639-1, lower case." },
              "contentMarking": { "$ref": "#/components/schemas/ClassificationInput", "description": "The classification marked on the item itself." },
              "keywords": { "type": "array", "maxItems": 50, "items": { "type": "string", "maxLength": 100, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$" } },
              "metadata": { "$ref": "#/components/schemas/Metadata" },
              "owningUnit": { "type": "string", "maxLength": 40, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$", "description": "One of the caller's units (default: the first)." },
              "openToUnit": { "type": "boolean" }
            }
          },
          "UpdateRecord": {
            "type": "object", "additionalProperties": false,
            "description": "A JSON Merge Patch (RFC 7396) of the record's editable fields: only the members present change; null removes a member (clears an optional field, empties a list or the metadata); objects (label, metadata) merge member by member; an empty text also clears an optional field.",
            "properties": {
              "title": { "type": "string", "maxLength": 500, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$" }, "label": { "$ref": "#/components/schemas/LabelPatch" },
              "direction": { "$ref": "#/components/schemas/Direction" },
              "recordType": { "$ref": "#/components/schemas/RecordType" },
              "originator": { "type": ["string", "null"], "maxLength": 200 },
              "originatorReference": { "type": ["string", "null"], "maxLength": 100 },
              "addressees": { "type": ["array", "null"], "maxItems": 100, "items": { "type": "string", "maxLength": 200, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$" } },
              "documentDate": { "anyOf": [{ "$ref": "#/components/schemas/Day" }, { "type": "null" }] },
              "language": { "type": ["string", "null"], "pattern": "^([a-z]{2})?$" },
              "contentMarking": { "anyOf": [{ "$ref": "#/components/schemas/ClassificationInput" }, { "type": "null" }] },
              "keywords": { "type": ["array", "null"], "maxItems": 50, "items": { "type": "string", "maxLength": 100, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$" } },
              "metadata": { "$ref": "#/components/schemas/MetadataPatch" },
              "reviewDue": { "anyOf": [{ "$ref": "#/components/schemas/Day" }, { "type": "null" }] }
            }
          },
          "MetadataPatch": {
            "type": ["object", "null"],
            "description": "Metadata in a JSON Merge Patch: each key sent is set, a key set to null is removed, keys not sent are kept; null for the whole metadata removes every key. The result follows the rules of Metadata.",
            "propertyNames": { "pattern": "^[A-Za-z0-9._-]{1,60}$" },
            "additionalProperties": { "type": ["string", "null"], "maxLength": 2000, "pattern": "^[^\\u0000-\\u0009\\u000B-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$" }
          },
          "RecordList": {
            "type": "object", "additionalProperties": false, "required": ["items", "next"],
            "properties": {
              "items": { "type": "array", "items": { "$ref": "#/components/schemas/Record" } },
              "next": { "type": ["string", "null"], "description": "The cursor of the next page; null on the last." },
              "total": { "type": "integer", "minimum": 0, "description": "With withTotal=true: every readable match." }
            }
          },
          "RecordQueue": {
            "type": "object", "additionalProperties": false, "required": ["items", "next", "total"],
            "properties": {
              "items": { "type": "array", "items": { "$ref": "#/components/schemas/Record" } },
              "next": { "type": ["string", "null"], "description": "The cursor of the next page; null on the last." },
              "total": { "type": "integer", "minimum": 0, "description": "Every readable record in the queue." }
            }
          },
          "RecordHistory": {
            "type": "object", "additionalProperties": false, "required": ["versions"],
            "properties": {
              "versions": {
                "type": "array",
                "items": {
                  "type": "object", "additionalProperties": false,
                  "required": ["version", "title", "label", "banner", "state", "recordType", "addressees", "keywords", "metadata", "changedBy", "changedAt"],
                  "properties": {
                    "version": { "type": "integer", "minimum": 1 }, "title": { "type": "string" }, "label": { "$ref": "#/components/schemas/Label" },
                    "banner": { "type": "string" }, "state": { "$ref": "#/components/schemas/RecordState" }, "recordType": { "type": "string" },
                    "originator": { "type": "string" }, "originatorReference": { "type": "string" },
                    "addressees": { "type": "array", "items": { "type": "string" } }, "documentDate": { "$ref": "#/components/schemas/Day" },
                    "keywords": { "type": "array", "items": { "type": "string" } },
                    "metadata": { "type": "object", "additionalProperties": { "type": "string" } },
                    "changedBy": { "type": "string" }, "changedAt": { "$ref": "#/components/schemas/Timestamp" }
                  }
                }
              }
            }
          },
          "Attachment": {
            "type": "object", "additionalProperties": false, "required": ["id", "recordId", "name", "version", "contentType", "size", "sha256", "label", "banner", "uploadedBy", "uploadedAt"],
            "properties": {
              "id": { "$ref": "#/components/schemas/Id" }, "recordId": { "$ref": "#/components/schemas/Id" }, "name": { "type": "string", "minLength": 1 },
              "version": { "type": "integer", "minimum": 1 }, "contentType": { "type": "string" }, "size": { "type": "integer", "minimum": 1 },
              "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" }, "label": { "$ref": "#/components/schemas/Label" },
              "banner": { "type": "string" }, "uploadedBy": { "type": "string" }, "uploadedAt": { "$ref": "#/components/schemas/Timestamp" }
            }
          },
          "AttachmentList": { "type": "object", "additionalProperties": false, "required": ["items"], "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/Attachment" } } } },
          "ACLEntryRequest": {
            "type": "object", "additionalProperties": false, "required": ["kind", "id", "permission"],
            "properties": {
              "kind": { "type": "string", "enum": ["user", "group", "unit"] },
              "id": { "type": "string", "maxLength": 64, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$", "description": "A user (by user name or account id; it must be an existing account), an existing group (one some account belongs to), or a unit." },
              "permission": { "type": "string", "enum": ["read", "write"] }
            }
          },
          "ACLEntry": {
            "type": "object", "additionalProperties": false, "required": ["kind", "id", "permission"],
            "properties": {
              "kind": { "type": "string", "enum": ["user", "group", "unit"] },
              "id": { "type": "string", "description": "The account id a person was resolved to, a group or a unit." },
              "permission": { "type": "string", "enum": ["read", "write"] },
              "username": { "type": "string", "description": "A person's user name (user entries)." },
              "displayName": { "type": "string", "description": "A person's name (user entries)." }
            }
          },
          "ACL": { "type": "object", "additionalProperties": false, "required": ["entries"], "properties": { "entries": { "type": "array", "items": { "$ref": "#/components/schemas/ACLEntry" } } } },
          "ACLRequest": {
            "type": "object", "additionalProperties": false, "required": ["entries"],
            "properties": { "entries": { "type": "array", "maxItems": 500, "description": "At most one entry per grantee.", "items": { "$ref": "#/components/schemas/ACLEntryRequest" } } }
          },
          "FilePlanNode": {
            "type": "object", "additionalProperties": false, "required": ["id", "kind", "code", "title"],
            "properties": {
              "id": { "$ref": "#/components/schemas/Id" }, "parent": { "type": "string", "description": "The category of a folder." },
              "kind": { "type": "string", "enum": ["category", "folder"] }, "code": { "type": "string" }, "title": { "type": "string" },
              "retentionYears": { "type": "integer", "minimum": 0, "maximum": 100 },
              "disposition": { "type": "string", "enum": ["destroy", "transfer", "review"] }
            }
          },
          "FilePlanNodeRequest": {
            "type": "object", "additionalProperties": false, "required": ["kind", "code", "title"],
            "description": "A folder needs its parent category, retentionYears and disposition; a category is at the top or under another category.",
        "if": { "properties": { "kind": { "const": "folder" } } },
        "then": { "required": ["parent", "retentionYears", "disposition"] },
            "properties": {
              "kind": { "type": "string", "enum": ["category", "folder"] },
              "parent": { "type": "string", "description": "The id of the category a folder belongs to." },
              "code": { "type": "string", "maxLength": 40, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$" },
              "title": { "type": "string", "maxLength": 200, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$" },
              "retentionYears": { "type": "integer", "minimum": 0, "maximum": 100, "description": "Years kept after cutoff." },
              "disposition": { "type": "string", "enum": ["destroy", "transfer", "review"] }
            }
          },
          "FilingRequest": {
            "type": "object", "additionalProperties": false, "required": ["folder"],
            "properties": { "folder": { "type": "string", "description": "The id of a folder of the file plan." } }
          },
          "DowngradeRequest": {
            "type": "object", "additionalProperties": false, "required": ["label", "authority", "reason"],
            "properties": {
              "label": { "$ref": "#/components/schemas/LabelInput" },
              "authority": { "type": "string", "maxLength": 200, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$" },
              "reason": { "type": "string", "maxLength": 1000, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$" },
              "reviewDue": { "$ref": "#/components/schemas/Day" }
            }
          },
          "DispositionRequest": {
            "type": "object", "additionalProperties": false, "required": ["action"],
            "properties": {
              "action": { "type": "string", "enum": ["destroy", "transfer"] },
              "witness": { "type": "string", "maxLength": 200, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$", "description": "Required to destroy from NATO SECRET up; another person than the one destroying." },
              "method": { "type": "string", "maxLength": 200, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$" }
            }
          },
          "DispositionResult": {
            "type": "object", "additionalProperties": false, "required": ["record"],
            "properties": { "record": { "$ref": "#/components/schemas/Record" }, "certificate": { "$ref": "#/components/schemas/DestructionCertificate" } }
          },
          "HoldRequest": {
            "type": "object", "additionalProperties": false, "required": ["reason"],
            "properties": { "reason": { "type": "string", "maxLength": 1000, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$" } }
          },
          "Hold": {
            "type": "object", "additionalProperties": false, "required": ["id", "record", "reason", "placedBy", "placedAt"],
            "properties": {
              "id": { "$ref": "#/components/schemas/Id" }, "record": { "$ref": "#/components/schemas/Id" }, "reason": { "type": "string" },
              "placedBy": { "type": "string" }, "placedAt": { "$ref": "#/components/schemas/Timestamp" },
              "releasedBy": { "type": "string" }, "releasedAt": { "$ref": "#/components/schemas/Timestamp" }
            }
          },
          "DestructionCertificate": {
            "type": "object", "additionalProperties": false,
            "required": ["id", "record", "reference", "title", "label", "banner", "destroyedAt", "destroyedBy", "witness", "method", "attachments"],
            "properties": {
              "id": { "$ref": "#/components/schemas/Id" }, "record": { "$ref": "#/components/schemas/Id" }, "reference": { "type": "string" },
              "title": { "type": "string" }, "label": { "$ref": "#/components/schemas/Label" }, "banner": { "type": "string" },
              "destroyedAt": { "$ref": "#/components/schemas/Timestamp" }, "destroyedBy": { "type": "string" },
              "witness": { "type": "string" }, "method": { "type": "string" },
              "attachments": { "type": "array", "items": { "type": "string" }, "description": "The files destroyed." }
            }
          },
          "KeyMaterial": {
            "type": "object", "additionalProperties": false,
            "required": ["id", "shortTitle", "edition", "custodian", "label", "banner", "periodMonths", "nextDue", "overdue"],
            "properties": {
              "id": { "$ref": "#/components/schemas/Id" }, "shortTitle": { "type": "string" }, "edition": { "type": "string" },
              "custodian": { "type": "string" }, "label": { "$ref": "#/components/schemas/Label" }, "banner": { "type": "string" },
              "periodMonths": { "type": "integer", "minimum": 1, "maximum": 24 }, "nextDue": { "$ref": "#/components/schemas/Day" },
              "overdue": { "type": "boolean" }, "lastUpdatedBy": { "type": "string" }, "lastUpdatedAt": { "$ref": "#/components/schemas/Timestamp" }
            }
          },
          "KeyMaterialList": {
            "type": "object", "additionalProperties": false, "required": ["items", "next"],
            "properties": {
              "items": { "type": "array", "items": { "$ref": "#/components/schemas/KeyMaterial" } },
              "next": { "type": ["string", "null"], "description": "The cursor of the next page; null on the last." }
            }
          },
          "KeyMaterialRequest": {
            "type": "object", "additionalProperties": false, "required": ["shortTitle", "edition", "custodian", "label", "nextDue"],
            "properties": {
              "shortTitle": { "type": "string", "maxLength": 100, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$" },
              "edition": { "type": "string", "maxLength": 60, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$" },
              "custodian": { "type": "string", "maxLength": 200, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$" },
              "label": { "$ref": "#/components/schemas/LabelInput" },
              "periodMonths": { "type": "integer", "minimum": 1, "maximum": 24, "default": 1 },
              "nextDue": { "$ref": "#/components/schemas/Day" }
            }
          },
          "KeyUpdateRequest": {
            "type": "object", "additionalProperties": false, "required": ["edition"],
            "properties": { "edition": { "type": "string", "maxLength": 60, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$" } }
          },
          "Member": {
            "type": "object", "additionalProperties": false, "required": ["kind", "id", "role"],
            "properties": { "kind": { "type": "string", "enum": ["user", "group", "unit"] }, "id": { "type": "string" }, "role": { "type": "string", "enum": ["action", "info"] } }
          },
          "MemberRequest": {
            "type": "object", "additionalProperties": false, "required": ["kind", "id"],
            "properties": {
              "kind": { "type": "string", "enum": ["user", "group", "unit"] },
              "id": { "type": "string", "maxLength": 64, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$", "description": "A user (by id or user name), a group or a unit." },
              "role": { "type": "string", "enum": ["action", "info"], "default": "info" }
            }
          },
          "DistributionListRequest": {
            "type": "object", "additionalProperties": false, "required": ["name", "members"],
            "properties": {
              "name": { "type": "string", "maxLength": 120, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$" },
              "description": { "type": "string", "maxLength": 1000, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$" },
              "members": { "type": "array", "maxItems": 500, "items": { "$ref": "#/components/schemas/MemberRequest" } },
              "owner": { "$ref": "#/components/schemas/ListOwnerRequest", "description": "Who keeps the list. Absent: the creator (on creation), unchanged (on replacement)." }
            }
          },
          "ListOwnerRequest": {
            "type": "object", "additionalProperties": false, "required": ["kind", "id"],
            "properties": {
              "kind": { "type": "string", "enum": ["user", "unit"] },
              "id": { "type": "string", "maxLength": 64, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$", "description": "A person (by account id or user name) or a unit." }
            }
          },
          "ListOwner": {
            "type": "object", "additionalProperties": false, "required": ["kind", "id"],
            "properties": { "kind": { "type": "string", "enum": ["user", "unit"] }, "id": { "type": "string", "description": "The account id of a person, or the unit's name." } }
          },
          "DistributionList": {
            "type": "object", "additionalProperties": false, "required": ["id", "name", "description", "members", "owner", "version"],
            "properties": {
              "id": { "$ref": "#/components/schemas/Id" }, "name": { "type": "string" }, "description": { "type": "string" },
              "members": { "type": "array", "items": { "$ref": "#/components/schemas/Member" } },
              "owner": { "$ref": "#/components/schemas/ListOwner" }, "version": { "type": "integer", "minimum": 1 }
            }
          },
          "DistributeRequest": {
            "type": "object", "additionalProperties": false, "required": ["list"],
            "properties": { "list": { "$ref": "#/components/schemas/Id", "description": "The distribution list's id." } }
          },
          "DistributeBatchRequest": {
            "type": "object", "additionalProperties": false, "required": ["records", "list"],
            "properties": {
              "records": { "type": "array", "minItems": 1, "maxItems": 200, "items": { "type": "string" }, "description": "Record ids; each is reported." },
              "list": { "$ref": "#/components/schemas/Id" }
            }
          },
          "DistributeBatchResults": {
            "type": "object", "additionalProperties": false, "required": ["results"],
            "properties": {
              "results": {
                "type": "array",
                "items": {
                  "type": "object", "additionalProperties": false, "required": ["record", "status"],
                  "properties": {
                    "record": { "type": "string" }, "reference": { "type": "string" },
                    "distribution": { "$ref": "#/components/schemas/DistributionReport" },
                    "problem": { "type": "string", "description": "The sentence of the refusal." },
                    "status": { "type": "integer", "description": "201 when distributed, else the refusal's status." }
                  }
                }
              }
            }
          },
          "Copy": {
            "type": "object", "additionalProperties": false, "required": ["id", "member", "copyNumber", "receiptRequired"],
            "properties": {
              "id": { "$ref": "#/components/schemas/Id" }, "member": { "$ref": "#/components/schemas/Member" }, "copyNumber": { "type": "integer", "minimum": 1 },
              "receiptRequired": { "type": "boolean" }, "acknowledgedBy": { "type": "string" },
              "acknowledgedAt": { "$ref": "#/components/schemas/Timestamp" }
            }
          },
          "Refusal": {
            "type": "object", "additionalProperties": false, "required": ["member", "reason"],
            "properties": {
              "member": { "$ref": "#/components/schemas/Member" },
              "reason": { "type": "string", "enum": ["clearance", "releasability", "category", "need-to-know", "role", "unknown", "disabled"] },
              "via": { "$ref": "#/components/schemas/Member" }
            }
          },
          "DistributionReport": {
            "type": "object", "additionalProperties": false, "required": ["distribution", "granted", "refused"],
            "properties": { "distribution": { "$ref": "#/components/schemas/Id" }, "granted": { "type": "array", "items": { "$ref": "#/components/schemas/Copy" } }, "refused": { "type": "array", "items": { "$ref": "#/components/schemas/Refusal" } } }
          },
          "Distribution": {
            "type": "object", "additionalProperties": false, "required": ["id", "list", "listName", "distributedBy", "distributedAt", "copies", "refused", "copiesOfRecord"],
            "properties": {
              "id": { "$ref": "#/components/schemas/Id" }, "list": { "type": "string" }, "listName": { "type": "string" },
              "distributedBy": { "type": "string" }, "distributedAt": { "$ref": "#/components/schemas/Timestamp" },
              "copies": { "type": "array", "items": { "$ref": "#/components/schemas/Copy" } },
              "refused": { "type": "array", "items": { "$ref": "#/components/schemas/Refusal" } }, "copiesOfRecord": { "type": "integer", "minimum": 0 }
            }
          },
          "Receipt": {
            "type": "object", "additionalProperties": false, "required": ["copy", "copiesOfRecord", "recordId", "reference", "title", "banner"],
            "properties": {
              "copy": { "$ref": "#/components/schemas/Copy" }, "copiesOfRecord": { "type": "integer", "minimum": 1 }, "recordId": { "$ref": "#/components/schemas/Id" },
              "reference": { "type": "string" }, "title": { "type": "string" }, "banner": { "type": "string" }
            }
          },
          "ReceiptList": { "type": "object", "additionalProperties": false, "required": ["items"], "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/Receipt" } } } }
        }
      }
    }
    """#
}
