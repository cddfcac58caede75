import ChancerySpine
import Foundation

extension OpenAPIDocument {
    /// The FHIR reads of one resource by id: type, summary, and what the resource holds (the rest of the text,
    /// the parameters and the responses are the same for every type).
    package static let fhirReads: [(type: String, summary: String, about: String)] = [
        ("Patient", "A patient as a FHIR R4 Patient", "Identifier (staff number, system urn:chancery:staff-number), name, gender, birth date, telecom, address, emergency contact, managing organisation. An audited read (flagged when it rests on break-glass)."),
        ("Practitioner", "A clinician's account as a FHIR R4 Practitioner", "Accounts holding health.clinician or health.advisor, to a caller holding the MEDICAL category; the id is the account's id."),
        ("Observation", "One coded observation of a lab result as a FHIR R4 Observation", "The id is `<entryId>-<n>`, n counting the entry's observations from 1. Status final (amended once corrected), category laboratory, code, value (Quantity or string), reference range and interpretation (v3 ObservationInterpretation L, H or N)."),
        ("DocumentReference", "A record entry as a FHIR R4 DocumentReference", "Every entry of a record: type, subject, date, author, description and the entry's text as a base64 text/plain attachment; docStatus amended once corrected."),
        ("Consent", "A consent entry as a FHIR R4 Consent", "Scope patient-privacy, category LOINC 59284-0, the period, recipient and purpose; inactive once revoked or expired."),
        ("Appointment", "An appointment as a FHIR R4 Appointment", "Status, start and end (Brussels time with offset), the patient, the clinician (Practitioner) and the place, the appointment type. To Health Office staff briefed for MEDICAL who may read the patient."),
        ("Schedule", "A clinician's diary as a FHIR R4 Schedule", "The id is the clinician's account id; the weekly hours as a comment. To Health Office staff briefed for MEDICAL only."),
        ("Slot", "A free slot of a clinician's diary as a FHIR R4 Slot", "The id is `<clinicianId>-<minutes since 1970>`: a slot free for one of the appointment types at that minute. To Health Office staff briefed for MEDICAL only."),
        ("ServiceRequest", "A referral as a FHIR R4 ServiceRequest", "The order to an external provider: status, priority, specialty, subject, requester, performer, reason, reply due date and notes."),
        ("AuditEvent", "A disclosure as a FHIR R4 AuditEvent", "One line of the patient's accounting of disclosures: an export (DICOM 110106) to its recipient, with the purpose, who released it and what (the patient and the entries). To a caller who may read the patient's record."),
    ]

    /// `GET /api/v1/health/fhir/{Type}/{id}` for every type of `fhirReads`, as paths of the document.
    package static let fhirReadPaths: String = fhirReads.map { read in
        let description = read.about + " \(fhirCommon)"
        return #"""
            "/api/v1/health/fhir/\#(read.type)/{id}": {
              "get": {
                "summary": \#(jsonString(read.summary)), "description": \#(jsonString(description)),
                "operationId": "getFHIR\#(read.type)",
                "parameters": [{ "$ref": "#/components/parameters/FHIRId" }],
                "responses": {
                  "200": { "description": "The \#(read.type) resource", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/fhir+json": { "schema": { "$ref": "#/components/schemas/FHIRResource" } } } },
                  "401": { "$ref": "#/components/responses/Unauthorized" },
                  "404": { "$ref": "#/components/responses/FHIRNotFound" }
                }
              }
            }
            """#
    }.joined(separator: ",\n")

    package static let fhirCommon = "Every resource carries its label in meta.security (system urn:chancery:label). A resource the caller may not read is answered exactly like a missing one (404). Every export is audited (health.fhir.export)."

    /// A text as a JSON string literal.
    package static func jsonString(_ text: String) -> String {
        String(decoding: (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8), as: UTF8.self)
    }

    /// The FHIR R4 export's paths: FHIR resources are documented loosely (open by nature), refusals as
    /// OperationOutcome resources.
    package static let healthFHIR = #"""
    {
      "paths": {
        \#(fhirReadPaths),
        "/api/v1/health/fhir/Patient": {
          "get": {
            "summary": "Search the patients the caller may read, as a FHIR searchset Bundle",
            "description": "Patients whose family or given name starts with `name`, or whose staff number is `identifier`; without either, every readable patient (newest first, `_count` of them). Trimmed: a principal without the MEDICAL category gets an empty Bundle (total 0). An export with results is audited (health.fhir.export).",
            "operationId": "searchFHIRPatients",
            "responses": {
              "200": {
                "description": "A searchset Bundle of Patient resources",
                "headers": {
                  "X-Classification": {
                    "$ref": "#/components/headers/Classification"
                  }
                },
                "content": {
                  "application/fhir+json": {
                    "schema": {
                      "$ref": "#/components/schemas/FHIRBundle"
                    }
                  }
                }
              },
              "401": {
                "$ref": "#/components/responses/Unauthorized"
              },
              "400": {
                "$ref": "#/components/responses/FHIRBadRequest"
              }
            },
            "parameters": [
              {
                "name": "name",
                "in": "query",
                "description": "The start of a family or given name (any case).",
                "schema": {
                  "type": "string",
                  "maxLength": 100
                }
              },
              {
                "name": "identifier",
                "in": "query",
                "description": "A staff number, alone or as urn:chancery:staff-number|NUMBER.",
                "schema": {
                  "type": "string",
                  "maxLength": 200
                }
              },
              {
                "name": "_count",
                "in": "query",
                "description": "Patients per Bundle.",
                "schema": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 200,
                  "default": 50
                }
              }
            ]
          }
        },
        "/api/v1/health/fhir/Patient/{id}/$everything": {
          "get": {
            "summary": "A patient and everything of theirs the caller may read, as a FHIR searchset Bundle",
            "description": "The Patient (search mode match) and, included, its Observations, DocumentReferences, Consents, Appointments, ServiceRequests (referrals), AuditEvents (disclosures) and the Practitioners they refer to, each with its label in meta.security; the Bundle's meta.security carries the dominant label. Every resource carries its label in meta.security (system urn:chancery:label). A resource the caller may not read is answered exactly like a missing one (404). Every export is audited (health.fhir.export).",
            "operationId": "getFHIRPatientEverything",
            "responses": {
              "200": {
                "description": "A searchset Bundle",
                "headers": {
                  "X-Classification": {
                    "$ref": "#/components/headers/Classification"
                  }
                },
                "content": {
                  "application/fhir+json": {
                    "schema": {
                      "$ref": "#/components/schemas/FHIRBundle"
                    }
                  }
                }
              },
              "401": {
                "$ref": "#/components/responses/Unauthorized"
              },
              "404": {
                "$ref": "#/components/responses/FHIRNotFound"
              }
            },
            "parameters": [
              {
                "$ref": "#/components/parameters/FHIRId"
              }
            ]
          }
        }
      },
      "components": {
        "parameters": {
          "FHIRId": {
            "name": "id",
            "in": "path",
            "required": true,
            "description": "A FHIR logical id: letters, digits, - and . (1 to 64 characters). Anything else is answered like an unknown id (404).",
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9\\-.]{1,64}$"
            }
          }
        },
        "schemas": {
          "FHIRResource": {
            "type": "object",
            "required": [
              "resourceType"
            ],
            "description": "A FHIR R4 resource (open by nature: see the FHIR R4 specification of its resourceType).",
            "properties": {
              "resourceType": {
                "type": "string"
              },
              "id": {
                "type": "string"
              },
              "meta": {
                "type": "object"
              }
            }
          },
          "FHIRBundle": {
            "type": "object",
            "required": [
              "resourceType",
              "type",
              "total",
              "entry"
            ],
            "description": "A FHIR R4 Bundle of type searchset.",
            "properties": {
              "resourceType": {
                "const": "Bundle"
              },
              "type": {
                "const": "searchset"
              },
              "total": {
                "type": "integer",
                "minimum": 0
              },
              "entry": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "fullUrl",
                    "resource",
                    "search"
                  ],
                  "properties": {
                    "fullUrl": {
                      "type": "string"
                    },
                    "resource": {
                      "$ref": "#/components/schemas/FHIRResource"
                    },
                    "search": {
                      "type": "object"
                    }
                  }
                }
              }
            }
          },
          "FHIROperationOutcome": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "resourceType",
              "issue"
            ],
            "properties": {
              "resourceType": {
                "const": "OperationOutcome"
              },
              "issue": {
                "type": "array",
                "minItems": 1,
                "items": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "severity",
                    "code",
                    "details",
                    "diagnostics"
                  ],
                  "properties": {
                    "severity": {
                      "type": "string",
                      "enum": [
                        "fatal",
                        "error"
                      ]
                    },
                    "code": {
                      "type": "string",
                      "description": "A FHIR issue type, e.g. not-found, invalid."
                    },
                    "details": {
                      "type": "object",
                      "additionalProperties": false,
                      "required": [
                        "coding",
                        "text"
                      ],
                      "properties": {
                        "coding": {
                          "type": "array",
                          "items": {
                            "type": "object",
                            "additionalProperties": false,
                            "required": [
                              "system",
                              "code"
                            ],
                            "properties": {
                              "system": {
                                "const": "urn:chancery:problem"
                              },
                              "code": {
                                "type": "string",
                                "description": "The problem type, as in urn:chancery:problem:<type>."
                              }
                            }
                          }
                        },
                        "text": {
                          "type": "string"
                        }
                      }
                    },
                    "diagnostics": {
                      "type": "string",
                      "description": "The sentence, in the reader's language."
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "FHIRNotFound": {
            "description": "No such resource, or the caller may not read it (the same answer): a FHIR OperationOutcome with a sentence in the reader's language.",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/ContentLanguage"
              }
            },
            "content": {
              "application/fhir+json": {
                "schema": {
                  "$ref": "#/components/schemas/FHIROperationOutcome"
                }
              }
            }
          },
          "FHIRBadRequest": {
            "description": "A malformed query parameter (invalid-query, e.g. _count) or one the operation does not implement (unknown-parameter, e.g. _format or _sort: only the parameters listed are implemented): a FHIR OperationOutcome with a sentence in the reader's language.",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/ContentLanguage"
              }
            },
            "content": {
              "application/fhir+json": {
                "schema": {
                  "$ref": "#/components/schemas/FHIROperationOutcome"
                }
              }
            }
          }
        }
      }
    }
    """#
}
