extension OpenAPIDocument {
    /// The registry's paths and schemas.
    static let registry = #"""
    {
      "paths": {
        "/api/v1/reference-series": {
          "get": {
            "summary": "List the reference series",
            "operationId": "listReferenceSeries",
            "responses": {
              "200": { "description": "Every series", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SeriesList" } } } },
              "401": { "$ref": "#/components/responses/Problem" }
            }
          },
          "post": {
            "summary": "Create a reference series (registry supervisor)",
            "operationId": "createReferenceSeries",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/CreateSeries" } } } },
            "responses": {
              "201": { "description": "The series", "headers": { "ETag": { "schema": { "type": "string" } }, "Location": { "schema": { "type": "string" } } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Series" } } } },
              "400": { "$ref": "#/components/responses/Problem" },
              "401": { "$ref": "#/components/responses/Problem" },
              "403": { "$ref": "#/components/responses/Problem" },
              "409": { "$ref": "#/components/responses/Problem" },
              "413": { "$ref": "#/components/responses/Problem" },
              "422": { "$ref": "#/components/responses/Problem" }
            }
          }
        },
        "/api/v1/reference-series/{code}": {
          "parameters": [{ "$ref": "#/components/parameters/SeriesCode" }],
          "get": {
            "summary": "One reference series",
            "operationId": "getReferenceSeries",
            "responses": {
              "200": { "description": "The series", "headers": { "ETag": { "schema": { "type": "string" } } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Series" } } } },
              "401": { "$ref": "#/components/responses/Problem" },
              "404": { "$ref": "#/components/responses/Problem" }
            }
          },
          "patch": {
            "summary": "Edit a reference series (registry supervisor; If-Match required)",
            "operationId": "updateReferenceSeries",
            "parameters": [{ "$ref": "#/components/parameters/IfMatch" }],
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/UpdateSeries" } } } },
            "responses": {
              "200": { "description": "The edited series", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Series" } } } },
              "400": { "$ref": "#/components/responses/Problem" },
              "401": { "$ref": "#/components/responses/Problem" },
              "403": { "$ref": "#/components/responses/Problem" },
              "404": { "$ref": "#/components/responses/Problem" },
              "409": { "$ref": "#/components/responses/Problem" },
              "412": { "$ref": "#/components/responses/Problem" },
              "422": { "$ref": "#/components/responses/Problem" },
              "428": { "$ref": "#/components/responses/Problem" }
            }
          }
        },
        "/api/v1/records": {
          "get": {
            "summary": "List the records the caller may read, newest first",
            "operationId": "listRecords",
            "parameters": [
              { "name": "series", "in": "query", "schema": { "type": "string" } },
              { "name": "state", "in": "query", "schema": { "$ref": "#/components/schemas/RecordState" } },
              { "name": "year", "in": "query", "schema": { "type": "integer", "minimum": 1900, "maximum": 2999 } },
              { "$ref": "#/components/parameters/Limit" },
              { "name": "cursor", "in": "query", "description": "next of the previous page.", "schema": { "type": "string" } },
              { "name": "withTotal", "in": "query", "description": "Also count every readable record matching the filters (trimmed).", "schema": { "type": "boolean" } }
            ],
            "responses": {
              "200": { "description": "A page of records", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/RecordList" } } } },
              "400": { "$ref": "#/components/responses/Problem" },
              "401": { "$ref": "#/components/responses/Problem" }
            }
          },
          "post": {
            "summary": "Register an item: it receives the next reference of its series",
            "operationId": "registerRecord",
            "parameters": [{ "$ref": "#/components/parameters/IdempotencyKey" }],
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/RegisterRecord" } } } },
            "responses": {
              "201": { "description": "The registered record", "headers": { "ETag": { "schema": { "type": "string" } }, "Location": { "schema": { "type": "string" } } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Record" } } } },
              "400": { "$ref": "#/components/responses/Problem" },
              "401": { "$ref": "#/components/responses/Problem" },
              "403": { "$ref": "#/components/responses/Problem" },
              "404": { "$ref": "#/components/responses/Problem" },
              "409": { "$ref": "#/components/responses/Problem" },
              "413": { "$ref": "#/components/responses/Problem" },
              "422": { "$ref": "#/components/responses/Problem" }
            }
          }
        },
        "/api/v1/records/{id}": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "get": {
            "summary": "One record (404 when it does not exist or may not be read)",
            "operationId": "getRecord",
            "responses": {
              "200": { "description": "The record", "headers": { "ETag": { "schema": { "type": "string" } }, "X-Classification": { "schema": { "type": "string" } } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Record" } } } },
              "401": { "$ref": "#/components/responses/Problem" },
              "404": { "$ref": "#/components/responses/Problem" }
            }
          },
          "patch": {
            "summary": "Correct a record's metadata (If-Match required; the label may only be raised)",
            "operationId": "updateRecord",
            "parameters": [{ "$ref": "#/components/parameters/IfMatch" }],
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/UpdateRecord" } } } },
            "responses": {
              "200": { "description": "The corrected record", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Record" } } } },
              "400": { "$ref": "#/components/responses/Problem" },
              "401": { "$ref": "#/components/responses/Problem" },
              "403": { "$ref": "#/components/responses/Problem" },
              "404": { "$ref": "#/components/responses/Problem" },
              "409": { "$ref": "#/components/responses/Problem" },
              "412": { "$ref": "#/components/responses/Problem" },
              "422": { "$ref": "#/components/responses/Problem" },
              "428": { "$ref": "#/components/responses/Problem" }
            }
          }
        },
        "/api/v1/records/{id}/label.xml": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "get": {
            "summary": "The record's label as an ADatP-4774 confidentiality label",
            "operationId": "getRecordLabelXML",
            "responses": {
              "200": { "description": "The label", "content": { "application/xml": { "schema": { "type": "string" } } } },
              "401": { "$ref": "#/components/responses/Problem" },
              "404": { "$ref": "#/components/responses/Problem" }
            }
          }
        },
        "/api/v1/records/{id}/history": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "get": {
            "summary": "Every version of the record's metadata, oldest first",
            "operationId": "getRecordHistory",
            "responses": {
              "200": { "description": "The versions", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/RecordHistory" } } } },
              "401": { "$ref": "#/components/responses/Problem" },
              "404": { "$ref": "#/components/responses/Problem" }
            }
          }
        },
        "/api/v1/records/{id}/attachments": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "get": {
            "summary": "The record's attachments the caller may read (their own labels are trimmed too)",
            "operationId": "listAttachments",
            "responses": {
              "200": { "description": "The attachments", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/AttachmentList" } } } },
              "401": { "$ref": "#/components/responses/Problem" },
              "404": { "$ref": "#/components/responses/Problem" }
            }
          },
          "post": {
            "summary": "Attach a file (the request body, streamed); the same name again is a new version",
            "operationId": "uploadAttachment",
            "parameters": [
              { "name": "filename", "in": "query", "required": true, "description": "Shown to people; never used as a path.", "schema": { "type": "string" } },
              { "name": "label", "in": "query", "description": "The attachment's label in its JSON form, when higher than the record's.", "schema": { "type": "string" } }
            ],
            "requestBody": {
              "required": true,
              "content": {
                "application/pdf": { "schema": { "type": "string", "format": "binary" } },
                "text/plain": { "schema": { "type": "string", "format": "binary" } },
                "image/png": { "schema": { "type": "string", "format": "binary" } },
                "image/jpeg": { "schema": { "type": "string", "format": "binary" } },
                "image/tiff": { "schema": { "type": "string", "format": "binary" } },
                "application/xml": { "schema": { "type": "string", "format": "binary" } },
                "message/rfc822": { "schema": { "type": "string", "format": "binary" } },
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { "schema": { "type": "string", "format": "binary" } },
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { "schema": { "type": "string", "format": "binary" } },
                "application/vnd.openxmlformats-officedocument.presentationml.presentation": { "schema": { "type": "string", "format": "binary" } },
                "application/vnd.oasis.opendocument.text": { "schema": { "type": "string", "format": "binary" } },
                "application/vnd.oasis.opendocument.spreadsheet": { "schema": { "type": "string", "format": "binary" } }
              }
            },
            "responses": {
              "201": { "description": "The attachment", "headers": { "Location": { "schema": { "type": "string" } } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Attachment" } } } },
              "400": { "$ref": "#/components/responses/Problem" },
              "401": { "$ref": "#/components/responses/Problem" },
              "403": { "$ref": "#/components/responses/Problem" },
              "404": { "$ref": "#/components/responses/Problem" },
              "409": { "$ref": "#/components/responses/Problem" },
              "413": { "$ref": "#/components/responses/Problem" },
              "415": { "$ref": "#/components/responses/Problem" },
              "422": { "$ref": "#/components/responses/Problem" }
            }
          }
        },
        "/api/v1/records/{id}/attachments/{attachmentId}": {
          "parameters": [
            { "$ref": "#/components/parameters/ObjectId" },
            { "name": "attachmentId", "in": "path", "required": true, "schema": { "type": "string", "pattern": "^[0-9A-HJKMNP-TV-Z]{26}$" } }
          ],
          "get": {
            "summary": "Download an attachment (audited); its label banner is in X-Classification",
            "operationId": "downloadAttachment",
            "responses": {
              "200": { "description": "The file", "headers": { "X-Classification": { "schema": { "type": "string" } }, "Content-Disposition": { "schema": { "type": "string" } } }, "content": { "application/octet-stream": { "schema": { "type": "string", "format": "binary" } } } },
              "401": { "$ref": "#/components/responses/Problem" },
              "404": { "$ref": "#/components/responses/Problem" },
              "500": { "$ref": "#/components/responses/Problem" }
            }
          }
        },
        "/api/v1/distribution-lists": {
          "get": {
            "summary": "List the distribution lists (registry)",
            "operationId": "listDistributionLists",
            "responses": {
              "200": { "description": "Every list", "content": { "application/json": { "schema": { "type": "object", "required": ["items"], "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/DistributionList" } } } } } } },
              "401": { "$ref": "#/components/responses/Problem" },
              "403": { "$ref": "#/components/responses/Problem" }
            }
          },
          "post": {
            "summary": "Create a distribution list (registry)",
            "operationId": "createDistributionList",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/DistributionListRequest" } } } },
            "responses": {
              "201": { "description": "The list", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/DistributionList" } } } },
              "400": { "$ref": "#/components/responses/Problem" },
              "401": { "$ref": "#/components/responses/Problem" },
              "403": { "$ref": "#/components/responses/Problem" },
              "409": { "$ref": "#/components/responses/Problem" },
              "413": { "$ref": "#/components/responses/Problem" },
              "422": { "$ref": "#/components/responses/Problem" }
            }
          }
        },
        "/api/v1/distribution-lists/{listId}": {
          "parameters": [{ "name": "listId", "in": "path", "required": true, "schema": { "type": "string" } }],
          "get": {
            "summary": "One distribution list",
            "operationId": "getDistributionList",
            "responses": {
              "200": { "description": "The list", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/DistributionList" } } } },
              "401": { "$ref": "#/components/responses/Problem" },
              "404": { "$ref": "#/components/responses/Problem" }
            }
          },
          "put": {
            "summary": "Replace a distribution list's name, description and members (If-Match required)",
            "operationId": "replaceDistributionList",
            "parameters": [{ "$ref": "#/components/parameters/IfMatch" }],
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/DistributionListRequest" } } } },
            "responses": {
              "200": { "description": "The list", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/DistributionList" } } } },
              "400": { "$ref": "#/components/responses/Problem" },
              "401": { "$ref": "#/components/responses/Problem" },
              "403": { "$ref": "#/components/responses/Problem" },
              "404": { "$ref": "#/components/responses/Problem" },
              "409": { "$ref": "#/components/responses/Problem" },
              "412": { "$ref": "#/components/responses/Problem" },
              "422": { "$ref": "#/components/responses/Problem" },
              "428": { "$ref": "#/components/responses/Problem" }
            }
          }
        },
        "/api/v1/records/{id}/distributions": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "get": {
            "summary": "The record's distributions with their numbered copies and receipts",
            "operationId": "listDistributions",
            "responses": {
              "200": { "description": "The distributions", "content": { "application/json": { "schema": { "type": "object", "required": ["items"], "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/Distribution" } } } } } } },
              "401": { "$ref": "#/components/responses/Problem" },
              "404": { "$ref": "#/components/responses/Problem" }
            }
          },
          "post": {
            "summary": "Distribute to a list: access for exactly the members who pass the label check; the others are reported",
            "operationId": "distributeRecord",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "type": "object", "required": ["list"], "properties": { "list": { "type": "string" } } } } } },
            "responses": {
              "201": { "description": "What was done", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/DistributionReport" } } } },
              "400": { "$ref": "#/components/responses/Problem" },
              "401": { "$ref": "#/components/responses/Problem" },
              "403": { "$ref": "#/components/responses/Problem" },
              "404": { "$ref": "#/components/responses/Problem" },
              "409": { "$ref": "#/components/responses/Problem" },
              "412": { "$ref": "#/components/responses/Problem" }
            }
          }
        },
        "/api/v1/receipts": {
          "get": {
            "summary": "Outstanding receipts (all for the registry, one's own for others, or mine=true)",
            "operationId": "listReceipts",
            "parameters": [{ "name": "mine", "in": "query", "schema": { "type": "boolean" } }],
            "responses": {
              "200": { "description": "The receipts", "content": { "application/json": { "schema": { "type": "object", "required": ["items"], "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/Receipt" } } } } } } },
              "401": { "$ref": "#/components/responses/Problem" }
            }
          }
        },
        "/api/v1/receipts/{copyId}/acknowledgement": {
          "parameters": [{ "name": "copyId", "in": "path", "required": true, "schema": { "type": "string" } }],
          "post": {
            "summary": "Acknowledge receipt of a copy addressed to the caller",
            "operationId": "acknowledgeReceipt",
            "responses": {
              "200": { "description": "The acknowledged receipt", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Receipt" } } } },
              "401": { "$ref": "#/components/responses/Problem" },
              "404": { "$ref": "#/components/responses/Problem" },
              "409": { "$ref": "#/components/responses/Problem" }
            }
          }
        },
        "/api/v1/records/{id}/acl": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "get": {
            "summary": "The record's access control entries",
            "operationId": "getRecordACL",
            "responses": {
              "200": { "description": "The entries", "headers": { "ETag": { "schema": { "type": "string" } } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ACL" } } } },
              "401": { "$ref": "#/components/responses/Problem" },
              "404": { "$ref": "#/components/responses/Problem" }
            }
          },
          "put": {
            "summary": "Replace the record's access control entries (registry; If-Match of the record)",
            "operationId": "replaceRecordACL",
            "parameters": [{ "$ref": "#/components/parameters/IfMatch" }],
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ACL" } } } },
            "responses": {
              "200": { "description": "The entries now", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ACL" } } } },
              "400": { "$ref": "#/components/responses/Problem" },
              "401": { "$ref": "#/components/responses/Problem" },
              "403": { "$ref": "#/components/responses/Problem" },
              "404": { "$ref": "#/components/responses/Problem" },
              "409": { "$ref": "#/components/responses/Problem" },
              "412": { "$ref": "#/components/responses/Problem" },
              "428": { "$ref": "#/components/responses/Problem" }
            }
          }
        },
        "/api/v1/file-plan": {
          "get": {
            "summary": "The file plan, by code",
            "operationId": "getFilePlan",
            "responses": {
              "200": {
                "description": "Every node",
                "content": {
                  "application/json": {
                    "schema": {
                      "type": "object",
                      "required": [
                        "items"
                      ],
                      "properties": {
                        "items": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/FilePlanNode"
                          }
                        }
                      }
                    }
                  }
                }
              },
              "401": {
                "$ref": "#/components/responses/Problem"
              }
            }
          },
          "post": {
            "summary": "Add a category or a folder with its retention rule (registry supervisor)",
            "operationId": "createFilePlanNode",
            "responses": {
              "201": {
                "description": "The node",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/FilePlanNode"
                    }
                  }
                }
              },
              "400": {
                "$ref": "#/components/responses/Problem"
              },
              "401": {
                "$ref": "#/components/responses/Problem"
              },
              "403": {
                "$ref": "#/components/responses/Problem"
              },
              "409": {
                "$ref": "#/components/responses/Problem"
              },
              "413": {
                "$ref": "#/components/responses/Problem"
              },
              "422": {
                "$ref": "#/components/responses/Problem"
              }
            },
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/FilePlanNodeRequest"
                  }
                }
              }
            }
          }
        },
        "/api/v1/records/{id}/filing": {
          "parameters": [
            {
              "$ref": "#/components/parameters/ObjectId"
            }
          ],
          "post": {
            "summary": "File the record in a folder (registered becomes active)",
            "operationId": "fileRecord",
            "responses": {
              "200": {
                "description": "The record",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Record"
                    }
                  }
                }
              },
              "400": {
                "$ref": "#/components/responses/Problem"
              },
              "401": {
                "$ref": "#/components/responses/Problem"
              },
              "403": {
                "$ref": "#/components/responses/Problem"
              },
              "404": {
                "$ref": "#/components/responses/Problem"
              },
              "409": {
                "$ref": "#/components/responses/Problem"
              },
              "422": {
                "$ref": "#/components/responses/Problem"
              }
            },
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {
                  "schema": {
                    "type": "object",
                    "required": [
                      "folder"
                    ],
                    "properties": {
                      "folder": {
                        "type": "string"
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "/api/v1/records/{id}/closure": {
          "parameters": [
            {
              "$ref": "#/components/parameters/ObjectId"
            }
          ],
          "post": {
            "summary": "Cut the record off; its retention period starts",
            "operationId": "closeRecord",
            "responses": {
              "200": {
                "description": "The record",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Record"
                    }
                  }
                }
              },
              "401": {
                "$ref": "#/components/responses/Problem"
              },
              "403": {
                "$ref": "#/components/responses/Problem"
              },
              "404": {
                "$ref": "#/components/responses/Problem"
              },
              "409": {
                "$ref": "#/components/responses/Problem"
              }
            }
          }
        },
        "/api/v1/records/{id}/archiving": {
          "parameters": [
            {
              "$ref": "#/components/parameters/ObjectId"
            }
          ],
          "post": {
            "summary": "Move a closed record to the archive",
            "operationId": "archiveRecord",
            "responses": {
              "200": {
                "description": "The record",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Record"
                    }
                  }
                }
              },
              "401": {
                "$ref": "#/components/responses/Problem"
              },
              "403": {
                "$ref": "#/components/responses/Problem"
              },
              "404": {
                "$ref": "#/components/responses/Problem"
              },
              "409": {
                "$ref": "#/components/responses/Problem"
              }
            }
          }
        },
        "/api/v1/records/{id}/downgrade": {
          "parameters": [
            {
              "$ref": "#/components/parameters/ObjectId"
            }
          ],
          "post": {
            "summary": "Lower the label with its authority and reason (registry supervisor)",
            "operationId": "downgradeRecord",
            "responses": {
              "200": {
                "description": "The record",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Record"
                    }
                  }
                }
              },
              "400": {
                "$ref": "#/components/responses/Problem"
              },
              "401": {
                "$ref": "#/components/responses/Problem"
              },
              "403": {
                "$ref": "#/components/responses/Problem"
              },
              "404": {
                "$ref": "#/components/responses/Problem"
              },
              "409": {
                "$ref": "#/components/responses/Problem"
              },
              "422": {
                "$ref": "#/components/responses/Problem"
              }
            },
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {
                  "schema": {
                    "type": "object",
                    "required": [
                      "label",
                      "authority",
                      "reason"
                    ],
                    "properties": {
                      "label": {
                        "$ref": "#/components/schemas/Label"
                      },
                      "authority": {
                        "type": "string"
                      },
                      "reason": {
                        "type": "string"
                      },
                      "reviewDue": {
                        "type": "string",
                        "format": "date"
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "/api/v1/records/{id}/disposition": {
          "parameters": [
            {
              "$ref": "#/components/parameters/ObjectId"
            }
          ],
          "post": {
            "summary": "Destroy or transfer a record that is due and not on hold (registry supervisor)",
            "operationId": "disposeRecord",
            "responses": {
              "200": {
                "description": "The record and, for NS and above, the destruction certificate",
                "content": {
                  "application/json": {
                    "schema": {
                      "type": "object",
                      "required": [
                        "record"
                      ],
                      "properties": {
                        "record": {
                          "$ref": "#/components/schemas/Record"
                        },
                        "certificate": {
                          "$ref": "#/components/schemas/DestructionCertificate"
                        }
                      }
                    }
                  }
                }
              },
              "400": {
                "$ref": "#/components/responses/Problem"
              },
              "401": {
                "$ref": "#/components/responses/Problem"
              },
              "403": {
                "$ref": "#/components/responses/Problem"
              },
              "404": {
                "$ref": "#/components/responses/Problem"
              },
              "409": {
                "$ref": "#/components/responses/Problem"
              }
            },
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {
                  "schema": {
                    "type": "object",
                    "required": [
                      "action"
                    ],
                    "properties": {
                      "action": {
                        "type": "string",
                        "enum": [
                          "destroy",
                          "transfer"
                        ]
                      },
                      "witness": {
                        "type": "string"
                      },
                      "method": {
                        "type": "string"
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "/api/v1/records/{id}/certificate": {
          "parameters": [
            {
              "$ref": "#/components/parameters/ObjectId"
            }
          ],
          "get": {
            "summary": "The destruction certificate of a destroyed record",
            "operationId": "getDestructionCertificate",
            "responses": {
              "200": {
                "description": "The certificate",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/DestructionCertificate"
                    }
                  }
                }
              },
              "401": {
                "$ref": "#/components/responses/Problem"
              },
              "404": {
                "$ref": "#/components/responses/Problem"
              }
            }
          }
        },
        "/api/v1/records/{id}/holds": {
          "parameters": [
            {
              "$ref": "#/components/parameters/ObjectId"
            }
          ],
          "get": {
            "summary": "The record's legal holds",
            "operationId": "listHolds",
            "responses": {
              "200": {
                "description": "The holds",
                "content": {
                  "application/json": {
                    "schema": {
                      "type": "object",
                      "required": [
                        "items"
                      ],
                      "properties": {
                        "items": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/Hold"
                          }
                        }
                      }
                    }
                  }
                }
              },
              "401": {
                "$ref": "#/components/responses/Problem"
              },
              "404": {
                "$ref": "#/components/responses/Problem"
              }
            }
          },
          "post": {
            "summary": "Place a legal hold (blocks disposition)",
            "operationId": "placeHold",
            "responses": {
              "201": {
                "description": "The hold",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Hold"
                    }
                  }
                }
              },
              "400": {
                "$ref": "#/components/responses/Problem"
              },
              "401": {
                "$ref": "#/components/responses/Problem"
              },
              "403": {
                "$ref": "#/components/responses/Problem"
              },
              "404": {
                "$ref": "#/components/responses/Problem"
              },
              "409": {
                "$ref": "#/components/responses/Problem"
              }
            },
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {
                  "schema": {
                    "type": "object",
                    "required": [
                      "reason"
                    ],
                    "properties": {
                      "reason": {
                        "type": "string"
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "/api/v1/holds/{holdId}/release": {
          "parameters": [
            {
              "name": "holdId",
              "in": "path",
              "required": true,
              "schema": {
                "type": "string"
              }
            }
          ],
          "post": {
            "summary": "Release a legal hold (registry supervisor)",
            "operationId": "releaseHold",
            "responses": {
              "200": {
                "description": "The released hold",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Hold"
                    }
                  }
                }
              },
              "401": {
                "$ref": "#/components/responses/Problem"
              },
              "403": {
                "$ref": "#/components/responses/Problem"
              },
              "404": {
                "$ref": "#/components/responses/Problem"
              }
            }
          }
        },
        "/api/v1/registry/queues/{queue}": {
          "parameters": [
            {
              "name": "queue",
              "in": "path",
              "required": true,
              "schema": {
                "type": "string",
                "enum": [
                  "to-verify",
                  "to-distribute",
                  "disposition-due",
                  "review-due"
                ]
              }
            }
          ],
          "get": {
            "summary": "A registry work queue (trimmed), with its total",
            "operationId": "getRegistryQueue",
            "responses": {
              "200": {
                "description": "A page of the queue",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/RecordList"
                    }
                  }
                }
              },
              "400": {
                "$ref": "#/components/responses/Problem"
              },
              "401": {
                "$ref": "#/components/responses/Problem"
              }
            },
            "parameters": [
              {
                "$ref": "#/components/parameters/Limit"
              },
              {
                "name": "cursor",
                "in": "query",
                "schema": {
                  "type": "string"
                }
              }
            ]
          }
        },
        "/api/v1/key-material": {
          "get": {
            "summary": "The key material register (trimmed), by due date; due=true for the updates due",
            "operationId": "listKeyMaterial",
            "responses": {
              "200": {
                "description": "A page",
                "content": {
                  "application/json": {
                    "schema": {
                      "type": "object",
                      "required": [
                        "items",
                        "next"
                      ],
                      "properties": {
                        "items": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/KeyMaterial"
                          }
                        },
                        "next": {
                          "type": [
                            "string",
                            "null"
                          ]
                        }
                      }
                    }
                  }
                }
              },
              "400": {
                "$ref": "#/components/responses/Problem"
              },
              "401": {
                "$ref": "#/components/responses/Problem"
              }
            },
            "parameters": [
              {
                "name": "due",
                "in": "query",
                "schema": {
                  "type": "boolean"
                }
              },
              {
                "$ref": "#/components/parameters/Limit"
              },
              {
                "name": "cursor",
                "in": "query",
                "schema": {
                  "type": "string"
                }
              }
            ]
          },
          "post": {
            "summary": "Register an item of key material (registry)",
            "operationId": "registerKeyMaterial",
            "responses": {
              "201": {
                "description": "The item",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/KeyMaterial"
                    }
                  }
                }
              },
              "400": {
                "$ref": "#/components/responses/Problem"
              },
              "401": {
                "$ref": "#/components/responses/Problem"
              },
              "403": {
                "$ref": "#/components/responses/Problem"
              },
              "413": {
                "$ref": "#/components/responses/Problem"
              },
              "422": {
                "$ref": "#/components/responses/Problem"
              }
            },
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {
                  "schema": {
                    "type": "object",
                    "required": [
                      "shortTitle",
                      "edition",
                      "custodian",
                      "label",
                      "nextDue"
                    ],
                    "properties": {
                      "shortTitle": {
                        "type": "string"
                      },
                      "edition": {
                        "type": "string"
                      },
                      "custodian": {
                        "type": "string"
                      },
                      "label": {
                        "$ref": "#/components/schemas/Label"
                      },
                      "periodMonths": {
                        "type": "integer",
                        "minimum": 1,
                        "maximum": 24
                      },
                      "nextDue": {
                        "type": "string",
                        "format": "date"
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "/api/v1/key-material/{id}/updates": {
          "parameters": [
            {
              "$ref": "#/components/parameters/ObjectId"
            }
          ],
          "post": {
            "summary": "Record that the key was updated: who, when, the new edition; the next due date moves one period on",
            "operationId": "recordKeyUpdate",
            "responses": {
              "200": {
                "description": "The item",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/KeyMaterial"
                    }
                  }
                }
              },
              "400": {
                "$ref": "#/components/responses/Problem"
              },
              "401": {
                "$ref": "#/components/responses/Problem"
              },
              "403": {
                "$ref": "#/components/responses/Problem"
              },
              "404": {
                "$ref": "#/components/responses/Problem"
              },
              "409": {
                "$ref": "#/components/responses/Problem"
              }
            },
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {
                  "schema": {
                    "type": "object",
                    "required": [
                      "edition"
                    ],
                    "properties": {
                      "edition": {
                        "type": "string"
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "/api/v1/registry/muster": {
          "get": {
            "summary": "Every copy of NS and CTS items still held, to be accounted for (registry)",
            "operationId": "getMuster",
            "responses": {
              "200": {
                "description": "The copies",
                "content": {
                  "application/json": {
                    "schema": {
                      "type": "object",
                      "required": [
                        "items"
                      ],
                      "properties": {
                        "items": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/Receipt"
                          }
                        }
                      }
                    }
                  }
                }
              },
              "401": {
                "$ref": "#/components/responses/Problem"
              },
              "403": {
                "$ref": "#/components/responses/Problem"
              }
            }
          }
        },
        "/api/v1/registry/distributions": {
          "post": {
            "summary": "Distribute several items (the queue of received messages) to one list in one step; each is reported",
            "operationId": "distributeBatch",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "type": "object", "required": ["records", "list"], "properties": { "records": { "type": "array", "minItems": 1, "maxItems": 200, "items": { "type": "string" } }, "list": { "type": "string" } } } } } },
            "responses": {
              "200": { "description": "One result per item", "content": { "application/json": { "schema": { "type": "object", "required": ["results"], "properties": { "results": { "type": "array", "items": { "type": "object", "required": ["record", "status"], "properties": { "record": { "type": "string" }, "reference": { "type": "string" }, "distribution": { "$ref": "#/components/schemas/DistributionReport" }, "problem": { "type": "string" }, "status": { "type": "integer" } } } } } } } } },
              "400": { "$ref": "#/components/responses/Problem" },
              "401": { "$ref": "#/components/responses/Problem" },
              "404": { "$ref": "#/components/responses/Problem" }
            }
          }
        },
        "/api/v1/records/{id}/verification": {
          "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
          "post": {
            "summary": "Verify a received item against its series' checklist (422 lists each failed check)",
            "operationId": "verifyRecord",
            "responses": {
              "200": { "description": "The verified (registered) record", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Record" } } } },
              "401": { "$ref": "#/components/responses/Problem" },
              "403": { "$ref": "#/components/responses/Problem" },
              "404": { "$ref": "#/components/responses/Problem" },
              "409": { "$ref": "#/components/responses/Problem" },
              "412": { "$ref": "#/components/responses/Problem" },
              "422": { "$ref": "#/components/responses/Problem" }
            }
          }
        }
      },
      "components": {
        "parameters": {
          "SeriesCode": { "name": "code", "in": "path", "required": true, "schema": { "type": "string", "pattern": "^[A-Z][A-Z0-9]{0,11}$" } },
          "IfMatch": { "name": "If-Match", "in": "header", "required": true, "description": "The ETag of the version being edited, e.g. \"v3\".", "schema": { "type": "string" } }
        },
        "schemas": {
          "RecordState": { "type": "string", "enum": ["received", "registered", "active", "closed", "archived", "destroyed", "transferred"] },
          "RecordCheck": { "type": "string", "enum": ["label", "originator", "documentDate", "originatorReference", "addressees", "attachments"] },
          "RecordType": { "type": "string", "enum": ["memorandum", "message", "report", "minutes", "letter", "directive", "agreement", "note", "form", "other"] },
          "Series": {
            "type": "object", "required": ["code", "template", "title", "requiresVerification", "checks", "active", "example", "version"],
            "properties": {
              "code": { "type": "string" }, "template": { "type": "string", "examples": ["IMSM-{seq:4}-{year}"] },
              "title": { "type": "string" }, "requiresVerification": { "type": "boolean" },
              "checks": { "type": "array", "items": { "$ref": "#/components/schemas/RecordCheck" } },
              "active": { "type": "boolean" }, "example": { "type": "string", "examples": ["IMSM-0001-2026"] }, "version": { "type": "integer" }
            }
          },
          "SeriesList": { "type": "object", "required": ["items"], "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/Series" } } } },
          "CreateSeries": {
            "type": "object", "required": ["code", "template", "title"],
            "properties": {
              "code": { "type": "string", "pattern": "^[A-Z][A-Z0-9]{0,11}$" },
              "template": { "type": "string", "maxLength": 60, "description": "Literal text with {seq} or {seq:N} and {year} or {yy}, each once." },
              "title": { "type": "string", "minLength": 1, "maxLength": 200 },
              "requiresVerification": { "type": "boolean", "description": "Defaults to true when checks are given." },
              "checks": { "type": "array", "items": { "$ref": "#/components/schemas/RecordCheck" } }
            }
          },
          "UpdateSeries": {
            "type": "object",
            "properties": {
              "template": { "type": "string", "maxLength": 60 }, "title": { "type": "string", "minLength": 1, "maxLength": 200 },
              "requiresVerification": { "type": "boolean" }, "checks": { "type": "array", "items": { "$ref": "#/components/schemas/RecordCheck" } },
              "active": { "type": "boolean" }
            }
          },
          "Record": {
            "type": "object",
            "required": ["id", "reference", "series", "year", "sequence", "direction", "state", "title", "recordType", "label", "banner", "addressees", "receivedDate", "keywords", "metadata", "owningUnit", "openToUnit", "version", "createdBy", "createdAt", "updatedAt"],
            "properties": {
              "id": { "type": "string" }, "reference": { "type": "string" }, "series": { "type": "string" },
              "year": { "type": "integer" }, "sequence": { "type": "integer" },
              "direction": { "type": "string", "enum": ["incoming", "outgoing", "internal"] },
              "state": { "$ref": "#/components/schemas/RecordState" }, "title": { "type": "string" },
              "recordType": { "$ref": "#/components/schemas/RecordType" },
              "label": { "$ref": "#/components/schemas/Label" }, "banner": { "type": "string" },
              "originator": { "type": ["string", "null"] }, "originatorReference": { "type": ["string", "null"] },
              "addressees": { "type": "array", "items": { "type": "string" } },
              "documentDate": { "type": ["string", "null"], "format": "date" }, "receivedDate": { "type": "string", "format": "date" },
              "language": { "type": ["string", "null"] }, "contentMarking": { "type": ["string", "null"] },
              "keywords": { "type": "array", "items": { "type": "string" } },
              "metadata": { "type": "object", "additionalProperties": { "type": "string" } },
              "owningUnit": { "type": "string" }, "openToUnit": { "type": "boolean" }, "version": { "type": "integer" },
              "createdBy": { "type": "string" }, "createdAt": { "type": "string", "format": "date-time" },
              "updatedAt": { "type": "string", "format": "date-time" },
              "verifiedBy": { "type": ["string", "null"] }, "verifiedAt": { "type": ["string", "null"], "format": "date-time" }
            }
          },
          "RegisterRecord": {
            "type": "object", "required": ["title", "series", "recordType"],
            "description": "label or originatorLabelXML (or both, when the registry marks higher than the originator) is required.",
            "properties": {
              "title": { "type": "string", "minLength": 1, "maxLength": 500 }, "series": { "type": "string" },
              "recordType": { "$ref": "#/components/schemas/RecordType" }, "label": { "$ref": "#/components/schemas/Label" },
              "originatorLabelXML": { "type": "string", "description": "The originator's ADatP-4774 label, kept verbatim." },
              "direction": { "type": "string", "enum": ["incoming", "outgoing", "internal"] },
              "originator": { "type": "string", "maxLength": 200 }, "originatorReference": { "type": "string", "maxLength": 100 },
              "addressees": { "type": "array", "maxItems": 100, "items": { "type": "string", "maxLength": 200 } },
              "documentDate": { "type": "string", "format": "date" }, "receivedDate": { "type": "string", "format": "date" },
              "language": { "type": "string", "pattern": "^[a-z]{2}$" },
              "contentMarking": { "type": "string", "description": "The classification marked on the item itself." },
              "keywords": { "type": "array", "maxItems": 50, "items": { "type": "string", "maxLength": 100 } },
              "metadata": { "type": "object", "maxProperties": 50, "additionalProperties": { "type": "string", "maxLength": 2000 } },
              "owningUnit": { "type": "string" }, "openToUnit": { "type": "boolean" }
            }
          },
          "UpdateRecord": {
            "type": "object", "description": "Only the fields present change; an empty text clears an optional field.",
            "properties": {
              "title": { "type": "string", "minLength": 1, "maxLength": 500 }, "label": { "$ref": "#/components/schemas/Label" },
              "direction": { "type": "string", "enum": ["incoming", "outgoing", "internal"] },
              "recordType": { "$ref": "#/components/schemas/RecordType" },
              "originator": { "type": "string", "maxLength": 200 }, "originatorReference": { "type": "string", "maxLength": 100 },
              "addressees": { "type": "array", "items": { "type": "string" } }, "documentDate": { "type": "string" },
              "language": { "type": "string" }, "contentMarking": { "type": "string" },
              "keywords": { "type": "array", "items": { "type": "string" } },
              "metadata": { "type": "object", "additionalProperties": { "type": "string" } }
            }
          },
          "RecordList": {
            "type": "object", "required": ["items", "next"],
            "properties": {
              "items": { "type": "array", "items": { "$ref": "#/components/schemas/Record" } },
              "next": { "type": ["string", "null"] }, "total": { "type": "integer" }
            }
          },
          "Attachment": {
            "type": "object", "required": ["id", "recordId", "name", "version", "contentType", "size", "sha256", "label", "banner", "uploadedBy", "uploadedAt"],
            "properties": {
              "id": { "type": "string" }, "recordId": { "type": "string" }, "name": { "type": "string" },
              "version": { "type": "integer" }, "contentType": { "type": "string" }, "size": { "type": "integer" },
              "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" }, "label": { "$ref": "#/components/schemas/Label" },
              "banner": { "type": "string" }, "uploadedBy": { "type": "string" }, "uploadedAt": { "type": "string", "format": "date-time" }
            }
          },
          "AttachmentList": { "type": "object", "required": ["items"], "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/Attachment" } } } },
          "ACL": {
            "type": "object", "required": ["entries"],
            "properties": {
              "entries": {
                "type": "array", "maxItems": 500,
                "items": { "type": "object", "required": ["kind", "id", "permission"], "properties": { "kind": { "type": "string", "enum": ["user", "group", "unit"] }, "id": { "type": "string" }, "permission": { "type": "string", "enum": ["read", "write"] } } }
              }
            }
          },
          "FilePlanNode": {
            "type": "object",
            "required": [
              "id",
              "kind",
              "code",
              "title"
            ],
            "properties": {
              "id": {
                "type": "string"
              },
              "parent": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "kind": {
                "type": "string",
                "enum": [
                  "category",
                  "folder"
                ]
              },
              "code": {
                "type": "string"
              },
              "title": {
                "type": "string"
              },
              "retentionYears": {
                "type": [
                  "integer",
                  "null"
                ]
              },
              "disposition": {
                "type": [
                  "string",
                  "null"
                ],
                "enum": [
                  "destroy",
                  "transfer",
                  "review",
                  null
                ]
              }
            }
          },
          "FilePlanNodeRequest": {
            "type": "object",
            "required": [
              "kind",
              "code",
              "title"
            ],
            "properties": {
              "kind": {
                "type": "string",
                "enum": [
                  "category",
                  "folder"
                ]
              },
              "parent": {
                "type": "string"
              },
              "code": {
                "type": "string"
              },
              "title": {
                "type": "string"
              },
              "retentionYears": {
                "type": "integer",
                "minimum": 0,
                "maximum": 100
              },
              "disposition": {
                "type": "string",
                "enum": [
                  "destroy",
                  "transfer",
                  "review"
                ]
              }
            }
          },
          "Hold": {
            "type": "object",
            "required": [
              "id",
              "record",
              "reason",
              "placedBy",
              "placedAt"
            ],
            "properties": {
              "id": {
                "type": "string"
              },
              "record": {
                "type": "string"
              },
              "reason": {
                "type": "string"
              },
              "placedBy": {
                "type": "string"
              },
              "placedAt": {
                "type": "string",
                "format": "date-time"
              },
              "releasedBy": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "releasedAt": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "date-time"
              }
            }
          },
          "DestructionCertificate": {
            "type": "object",
            "required": [
              "id",
              "record",
              "reference",
              "title",
              "label",
              "banner",
              "destroyedAt",
              "destroyedBy",
              "witness",
              "method",
              "attachments"
            ],
            "properties": {
              "id": {
                "type": "string"
              },
              "record": {
                "type": "string"
              },
              "reference": {
                "type": "string"
              },
              "title": {
                "type": "string"
              },
              "label": {
                "$ref": "#/components/schemas/Label"
              },
              "banner": {
                "type": "string"
              },
              "destroyedAt": {
                "type": "string",
                "format": "date-time"
              },
              "destroyedBy": {
                "type": "string"
              },
              "witness": {
                "type": "string"
              },
              "method": {
                "type": "string"
              },
              "attachments": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              }
            }
          },
          "KeyMaterial": {
            "type": "object",
            "required": [
              "id",
              "shortTitle",
              "edition",
              "custodian",
              "label",
              "banner",
              "periodMonths",
              "nextDue",
              "overdue"
            ],
            "properties": {
              "id": {
                "type": "string"
              },
              "shortTitle": {
                "type": "string"
              },
              "edition": {
                "type": "string"
              },
              "custodian": {
                "type": "string"
              },
              "label": {
                "$ref": "#/components/schemas/Label"
              },
              "banner": {
                "type": "string"
              },
              "periodMonths": {
                "type": "integer"
              },
              "nextDue": {
                "type": "string",
                "format": "date"
              },
              "overdue": {
                "type": "boolean"
              },
              "lastUpdatedBy": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "lastUpdatedAt": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "date-time"
              }
            }
          },
          "Member": {
            "type": "object", "required": ["kind", "id"],
            "properties": { "kind": { "type": "string", "enum": ["user", "group", "unit"] }, "id": { "type": "string" }, "role": { "type": "string", "enum": ["action", "info"] } }
          },
          "DistributionListRequest": {
            "type": "object", "required": ["name", "members"],
            "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 120 }, "description": { "type": "string" }, "members": { "type": "array", "maxItems": 500, "items": { "$ref": "#/components/schemas/Member" } } }
          },
          "DistributionList": {
            "type": "object", "required": ["id", "name", "description", "members", "version"],
            "properties": { "id": { "type": "string" }, "name": { "type": "string" }, "description": { "type": "string" }, "members": { "type": "array", "items": { "$ref": "#/components/schemas/Member" } }, "version": { "type": "integer" } }
          },
          "Copy": {
            "type": "object", "required": ["id", "member", "copyNumber", "receiptRequired"],
            "properties": {
              "id": { "type": "string" }, "member": { "$ref": "#/components/schemas/Member" }, "copyNumber": { "type": "integer" },
              "receiptRequired": { "type": "boolean" }, "acknowledgedBy": { "type": ["string", "null"] },
              "acknowledgedAt": { "type": ["string", "null"], "format": "date-time" }
            }
          },
          "Refusal": {
            "type": "object", "required": ["member", "reason"],
            "properties": {
              "member": { "$ref": "#/components/schemas/Member" },
              "reason": { "type": "string", "enum": ["clearance", "releasability", "category", "unknown", "disabled"] },
              "via": { "$ref": "#/components/schemas/Member" }
            }
          },
          "DistributionReport": {
            "type": "object", "required": ["distribution", "granted", "refused"],
            "properties": { "distribution": { "type": "string" }, "granted": { "type": "array", "items": { "$ref": "#/components/schemas/Copy" } }, "refused": { "type": "array", "items": { "$ref": "#/components/schemas/Refusal" } } }
          },
          "Distribution": {
            "type": "object", "required": ["id", "list", "listName", "distributedBy", "distributedAt", "copies", "refused", "copiesOfRecord"],
            "properties": {
              "id": { "type": "string" }, "list": { "type": "string" }, "listName": { "type": "string" },
              "distributedBy": { "type": "string" }, "distributedAt": { "type": "string", "format": "date-time" },
              "copies": { "type": "array", "items": { "$ref": "#/components/schemas/Copy" } },
              "refused": { "type": "array", "items": { "$ref": "#/components/schemas/Refusal" } }, "copiesOfRecord": { "type": "integer" }
            }
          },
          "Receipt": {
            "type": "object", "required": ["copy", "copiesOfRecord", "recordId", "reference", "title", "banner"],
            "properties": {
              "copy": { "$ref": "#/components/schemas/Copy" }, "copiesOfRecord": { "type": "integer" }, "recordId": { "type": "string" },
              "reference": { "type": "string" }, "title": { "type": "string" }, "banner": { "type": "string" }
            }
          },
          "RecordHistory": {
            "type": "object", "required": ["versions"],
            "properties": {
              "versions": {
                "type": "array",
                "items": {
                  "type": "object", "required": ["version", "title", "label", "banner", "state", "changedBy", "changedAt"],
                  "properties": {
                    "version": { "type": "integer" }, "title": { "type": "string" }, "label": { "$ref": "#/components/schemas/Label" },
                    "banner": { "type": "string" }, "state": { "type": "string" }, "recordType": { "type": "string" },
                    "originator": { "type": ["string", "null"] }, "originatorReference": { "type": ["string", "null"] },
                    "addressees": { "type": "array", "items": { "type": "string" } }, "documentDate": { "type": ["string", "null"] },
                    "keywords": { "type": "array", "items": { "type": "string" } },
                    "metadata": { "type": "object", "additionalProperties": { "type": "string" } },
                    "changedBy": { "type": "string" }, "changedAt": { "type": "string", "format": "date-time" }
                  }
                }
              }
            }
          }
        }
      }
    }
    """#
}
