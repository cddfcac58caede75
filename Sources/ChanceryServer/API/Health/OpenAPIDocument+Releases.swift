extension OpenAPIDocument {
    /// Referrals, POD requests, releases and the accounting of disclosures (generated once from a Python
    /// description, then kept by hand like the other fragments).
    static let healthReleases = #"""
{
 "paths": {
  "/api/v1/health/referrals": {
   "get": {
    "summary": "Referrals the caller may read (MEDICAL: trimmed), newest first",
    "operationId": "listHealthReferrals",
    "parameters": [
     {
      "name": "status",
      "in": "query",
      "description": "Only referrals in this state.",
      "schema": {
       "type": "string",
       "enum": [
        "draft",
        "sent",
        "replied",
        "closed",
        "cancelled"
       ]
      }
     },
     {
      "name": "overdue",
      "in": "query",
      "description": "true: only the referrals sent whose reply is due and has not come.",
      "schema": {
       "type": "boolean"
      }
     },
     {
      "name": "patient",
      "in": "query",
      "description": "Only the referrals of this patient.",
      "schema": {
       "$ref": "#/components/schemas/Id"
      }
     },
     {
      "$ref": "#/components/parameters/WithTotal"
     },
     {
      "$ref": "#/components/parameters/Limit"
     },
     {
      "$ref": "#/components/parameters/Cursor"
     }
    ],
    "responses": {
     "200": {
      "description": "A page",
      "headers": {
       "X-Classification": {
        "$ref": "#/components/headers/Classification"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/HealthReferralList"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest",
      "description": "invalid-query (status, overdue, withTotal), invalid-limit, invalid-cursor."
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     }
    }
   },
   "post": {
    "summary": "Refer a patient to an external provider (a draft; Health Office staff who may write the record)",
    "operationId": "createHealthReferral",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/HealthReferralRequest"
       }
      }
     }
    },
    "responses": {
     "201": {
      "description": "The referral",
      "headers": {
       "X-Classification": {
        "$ref": "#/components/headers/Classification"
       },
       "ETag": {
        "$ref": "#/components/headers/ETag"
       },
       "Location": {
        "$ref": "#/components/headers/Location"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/HealthReferral"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest",
      "description": "A malformed body, or invalid-field: provider, providerAddress, specialty, reason, urgency, referringClinician, replyDue."
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "403": {
      "$ref": "#/components/responses/Forbidden",
      "description": "role-required (health.clerk, health.clinician or health.advisor), write-denied (no write need-to-know on the patient)."
     },
     "404": {
      "$ref": "#/components/responses/NotFound",
      "description": "object-not-found: no such patient, or one the caller may not read."
     },
     "409": {
      "$ref": "#/components/responses/Conflict",
      "description": "patient-merged (the record was merged into another)."
     },
     "413": {
      "$ref": "#/components/responses/ContentTooLarge"
     }
    }
   }
  },
  "/api/v1/health/referrals/{id}": {
   "parameters": [
    {
     "$ref": "#/components/parameters/ObjectId"
    }
   ],
   "get": {
    "summary": "A referral (an audited read)",
    "operationId": "getHealthReferral",
    "responses": {
     "200": {
      "description": "The referral",
      "headers": {
       "X-Classification": {
        "$ref": "#/components/headers/Classification"
       },
       "ETag": {
        "$ref": "#/components/headers/ETag"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/HealthReferral"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     }
    }
   }
  },
  "/api/v1/health/referrals/{id}/sent": {
   "parameters": [
    {
     "$ref": "#/components/parameters/ObjectId"
    }
   ],
   "post": {
    "summary": "The letter went out (from draft): it is filed in the record as correspondence out",
    "operationId": "markHealthReferralSent",
    "requestBody": {
     "required": false,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/HealthReferralSentRequest"
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "The referral",
      "headers": {
       "X-Classification": {
        "$ref": "#/components/headers/Classification"
       },
       "ETag": {
        "$ref": "#/components/headers/ETag"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/HealthReferral"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest",
      "description": "A malformed body, invalid-field: date, summary."
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "403": {
      "$ref": "#/components/responses/Forbidden",
      "description": "role-required (health.clerk, health.clinician or health.advisor), write-denied (no write need-to-know on the patient)."
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "409": {
      "$ref": "#/components/responses/Conflict",
      "description": "referral-state: the referral is not in a state this step starts from."
     },
     "413": {
      "$ref": "#/components/responses/ContentTooLarge"
     }
    }
   }
  },
  "/api/v1/health/referrals/{id}/reply": {
   "parameters": [
    {
     "$ref": "#/components/parameters/ObjectId"
    }
   ],
   "post": {
    "summary": "The provider replied (from sent): the reply is kept and filed as correspondence in",
    "operationId": "recordHealthReferralReply",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/HealthReferralReplyRequest"
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "The referral",
      "headers": {
       "X-Classification": {
        "$ref": "#/components/headers/Classification"
       },
       "ETag": {
        "$ref": "#/components/headers/ETag"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/HealthReferral"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest",
      "description": "A malformed body, invalid-field: date, summary."
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "403": {
      "$ref": "#/components/responses/Forbidden",
      "description": "role-required (health.clerk, health.clinician or health.advisor), write-denied (no write need-to-know on the patient)."
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "409": {
      "$ref": "#/components/responses/Conflict",
      "description": "referral-state: the referral is not in a state this step starts from."
     },
     "413": {
      "$ref": "#/components/responses/ContentTooLarge"
     }
    }
   }
  },
  "/api/v1/health/referrals/{id}/closure": {
   "parameters": [
    {
     "$ref": "#/components/parameters/ObjectId"
    }
   ],
   "post": {
    "summary": "Close a replied referral",
    "operationId": "closeHealthReferral",
    "responses": {
     "200": {
      "description": "The referral",
      "headers": {
       "X-Classification": {
        "$ref": "#/components/headers/Classification"
       },
       "ETag": {
        "$ref": "#/components/headers/ETag"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/HealthReferral"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "403": {
      "$ref": "#/components/responses/Forbidden",
      "description": "role-required (health.clerk, health.clinician or health.advisor), write-denied (no write need-to-know on the patient)."
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "409": {
      "$ref": "#/components/responses/Conflict",
      "description": "referral-state: the referral is not in a state this step starts from."
     }
    }
   }
  },
  "/api/v1/health/referrals/{id}/cancellation": {
   "parameters": [
    {
     "$ref": "#/components/parameters/ObjectId"
    }
   ],
   "post": {
    "summary": "Cancel a referral not yet replied to",
    "operationId": "cancelHealthReferral",
    "responses": {
     "200": {
      "description": "The referral",
      "headers": {
       "X-Classification": {
        "$ref": "#/components/headers/Classification"
       },
       "ETag": {
        "$ref": "#/components/headers/ETag"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/HealthReferral"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "403": {
      "$ref": "#/components/responses/Forbidden",
      "description": "role-required (health.clerk, health.clinician or health.advisor), write-denied (no write need-to-know on the patient)."
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "409": {
      "$ref": "#/components/responses/Conflict",
      "description": "referral-state: the referral is not in a state this step starts from."
     }
    }
   }
  },
  "/api/v1/health/pod-requests": {
   "get": {
    "summary": "POD requests the caller may read: their own; every one for the Health Office",
    "operationId": "listHealthPODRequests",
    "parameters": [
     {
      "name": "status",
      "in": "query",
      "description": "Only requests in this state.",
      "schema": {
       "type": "string",
       "enum": [
        "open",
        "answered",
        "closed"
       ]
      }
     },
     {
      "$ref": "#/components/parameters/Limit"
     },
     {
      "$ref": "#/components/parameters/Cursor"
     }
    ],
    "responses": {
     "200": {
      "description": "A page",
      "headers": {
       "X-Classification": {
        "$ref": "#/components/headers/Classification"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/HealthPODRequestList"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest",
      "description": "invalid-query (status), invalid-limit, invalid-cursor."
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     }
    }
   },
   "post": {
    "summary": "A division asks the Health Office about a staff member (anyone signed in)",
    "operationId": "createHealthPODRequest",
    "description": "The request is NATO UNCLASSIFIED without categories, readable by the requester and the Health Office only. An unknown staff number is accepted like a known one: the answer never says whether a record exists.",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/HealthPODRequestRequest"
       }
      }
     }
    },
    "responses": {
     "201": {
      "description": "The request",
      "headers": {
       "X-Classification": {
        "$ref": "#/components/headers/Classification"
       },
       "ETag": {
        "$ref": "#/components/headers/ETag"
       },
       "Location": {
        "$ref": "#/components/headers/Location"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/HealthPODRequest"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest",
      "description": "A malformed body, invalid-field: staffNumber, question, purpose."
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "413": {
      "$ref": "#/components/responses/ContentTooLarge"
     }
    }
   }
  },
  "/api/v1/health/pod-requests/{id}": {
   "parameters": [
    {
     "$ref": "#/components/parameters/ObjectId"
    }
   ],
   "get": {
    "summary": "A POD request with its answers",
    "operationId": "getHealthPODRequest",
    "responses": {
     "200": {
      "description": "The request",
      "headers": {
       "X-Classification": {
        "$ref": "#/components/headers/Classification"
       },
       "ETag": {
        "$ref": "#/components/headers/ETag"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/HealthPODRequest"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     }
    }
   }
  },
  "/api/v1/health/pod-requests/{id}/answer": {
   "parameters": [
    {
     "$ref": "#/components/parameters/ObjectId"
    }
   ],
   "post": {
    "summary": "Answer (Health Office staff): fitness for work, restrictions and dates only",
    "operationId": "answerHealthPODRequest",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/HealthPODAnswerRequest"
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "The request with every answer (a new answer supersedes the last, which is kept)",
      "headers": {
       "X-Classification": {
        "$ref": "#/components/headers/Classification"
       },
       "ETag": {
        "$ref": "#/components/headers/ETag"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/HealthPODRequest"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest",
      "description": "unknown-field (any field but fitness, restrictions, from, until, reviewDate: no diagnosis, no record content), invalid-field: fitness, restrictions (unknown code, missing with fit-with-restrictions, given with another status), from, until, reviewDate."
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "403": {
      "$ref": "#/components/responses/Forbidden",
      "description": "role-required (a Health Office role), write-denied, separation-of-duties (the caller asked the question, or it is about them; audited)."
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "409": {
      "$ref": "#/components/responses/Conflict",
      "description": "pod-request-closed."
     },
     "413": {
      "$ref": "#/components/responses/ContentTooLarge"
     }
    }
   }
  },
  "/api/v1/health/pod-requests/{id}/closure": {
   "parameters": [
    {
     "$ref": "#/components/parameters/ObjectId"
    }
   ],
   "post": {
    "summary": "Close a request (e.g. an unknown staff number)",
    "operationId": "closeHealthPODRequest",
    "responses": {
     "200": {
      "description": "The request",
      "headers": {
       "X-Classification": {
        "$ref": "#/components/headers/Classification"
       },
       "ETag": {
        "$ref": "#/components/headers/ETag"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/HealthPODRequest"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "403": {
      "$ref": "#/components/responses/Forbidden",
      "description": "role-required (a Health Office role), write-denied."
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "409": {
      "$ref": "#/components/responses/Conflict",
      "description": "pod-request-closed."
     }
    }
   }
  },
  "/api/v1/health/releases": {
   "get": {
    "summary": "Releases of information the caller may read (MEDICAL: trimmed), newest first",
    "operationId": "listHealthReleases",
    "parameters": [
     {
      "name": "status",
      "in": "query",
      "description": "Only releases in this state.",
      "schema": {
       "type": "string",
       "enum": [
        "requested",
        "approved",
        "released"
       ]
      }
     },
     {
      "name": "patient",
      "in": "query",
      "description": "Only the releases of this patient.",
      "schema": {
       "$ref": "#/components/schemas/Id"
      }
     },
     {
      "$ref": "#/components/parameters/WithTotal"
     },
     {
      "$ref": "#/components/parameters/Limit"
     },
     {
      "$ref": "#/components/parameters/Cursor"
     }
    ],
    "responses": {
     "200": {
      "description": "A page",
      "headers": {
       "X-Classification": {
        "$ref": "#/components/headers/Classification"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/HealthReleaseList"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest",
      "description": "invalid-query (status, withTotal), invalid-limit, invalid-cursor."
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     }
    }
   },
   "post": {
    "summary": "Request a release of part of a patient's record (Health Office staff); refused without a valid consent naming the recipient",
    "operationId": "requestHealthRelease",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/HealthReleaseRequest"
       }
      }
     }
    },
    "responses": {
     "201": {
      "description": "The release, requested",
      "headers": {
       "X-Classification": {
        "$ref": "#/components/headers/Classification"
       },
       "ETag": {
        "$ref": "#/components/headers/ETag"
       },
       "Location": {
        "$ref": "#/components/headers/Location"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/HealthRelease"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest",
      "description": "A malformed body, missing-field requested.entryTypes, invalid-field: recipient, purpose, requested.entryTypes[n], requested.from, requested.until."
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "403": {
      "$ref": "#/components/responses/Forbidden",
      "description": "role-required (health.clerk, health.clinician or health.advisor), write-denied (no write need-to-know on the patient)."
     },
     "404": {
      "$ref": "#/components/responses/NotFound",
      "description": "object-not-found: no such patient, or one the caller may not read."
     },
     "409": {
      "$ref": "#/components/responses/Conflict",
      "description": "consent-required: no consent of the patient that the requester may read names the recipient and is valid today (none, revoked, outside its dates, or labelled above the requester: the same answer); patient-merged (the record was merged into another)."
     },
     "413": {
      "$ref": "#/components/responses/ContentTooLarge"
     }
    }
   }
  },
  "/api/v1/health/releases/{id}": {
   "parameters": [
    {
     "$ref": "#/components/parameters/ObjectId"
    }
   ],
   "get": {
    "summary": "A release, with whether its consent is still valid (an audited read)",
    "operationId": "getHealthRelease",
    "responses": {
     "200": {
      "description": "The release",
      "headers": {
       "X-Classification": {
        "$ref": "#/components/headers/Classification"
       },
       "ETag": {
        "$ref": "#/components/headers/ETag"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/HealthRelease"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     }
    }
   }
  },
  "/api/v1/health/releases/{id}/approval": {
   "parameters": [
    {
     "$ref": "#/components/parameters/ObjectId"
    }
   ],
   "post": {
    "summary": "Approve a requested release (health.advisor only, not the requester)",
    "operationId": "approveHealthRelease",
    "responses": {
     "200": {
      "description": "The release, approved",
      "headers": {
       "X-Classification": {
        "$ref": "#/components/headers/Classification"
       },
       "ETag": {
        "$ref": "#/components/headers/ETag"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/HealthRelease"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "403": {
      "$ref": "#/components/responses/Forbidden",
      "description": "role-required (health.advisor), separation-of-duties (the advisor requested it; audited as a denial), write-denied."
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "409": {
      "$ref": "#/components/responses/Conflict",
      "description": "release-state (not requested), consent-required (no consent the advisor may read still allows it: revoked or expired since, or labelled above them)."
     }
    }
   }
  },
  "/api/v1/health/releases/{id}/release": {
   "parameters": [
    {
     "$ref": "#/components/parameters/ObjectId"
    }
   ],
   "post": {
    "summary": "Release an approved release: the consent is checked again, the package built and the disclosure accounted for",
    "operationId": "performHealthRelease",
    "responses": {
     "200": {
      "description": "The release, released",
      "headers": {
       "X-Classification": {
        "$ref": "#/components/headers/Classification"
       },
       "ETag": {
        "$ref": "#/components/headers/ETag"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/HealthRelease"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "403": {
      "$ref": "#/components/responses/Forbidden",
      "description": "role-required (health.clerk, health.clinician or health.advisor), write-denied (no write need-to-know on the patient)."
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "409": {
      "$ref": "#/components/responses/Conflict",
      "description": "release-state (not approved), consent-required (no consent the releaser may read still allows it: revoked or expired since, or labelled above them)."
     }
    }
   }
  },
  "/api/v1/health/releases/{id}/package": {
   "parameters": [
    {
     "$ref": "#/components/parameters/ObjectId"
    }
   ],
   "get": {
    "summary": "The package released: the entries requested that the releaser could read, with the banner first and last",
    "operationId": "getHealthReleasePackage",
    "responses": {
     "200": {
      "description": "The package",
      "headers": {
       "X-Classification": {
        "$ref": "#/components/headers/Classification"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/HealthReleasePackage"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "404": {
      "$ref": "#/components/responses/NotFound",
      "description": "object-not-found: no such release, one not released yet, or one whose package the caller may not read."
     }
    }
   }
  },
  "/api/v1/health/patients/{id}/disclosures": {
   "parameters": [
    {
     "$ref": "#/components/parameters/ObjectId"
    }
   ],
   "get": {
    "summary": "The accounting of disclosures of a patient (append-only: no edit, no deletion)",
    "operationId": "listHealthDisclosures",
    "responses": {
     "200": {
      "description": "Every disclosure, oldest first",
      "headers": {
       "X-Classification": {
        "$ref": "#/components/headers/Classification"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/HealthDisclosures"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "404": {
      "$ref": "#/components/responses/NotFound",
      "description": "object-not-found: no such patient, or one the caller may not read."
     }
    }
   }
  }
 },
 "components": {
  "schemas": {
   "HealthReferralRequest": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "patient",
     "provider",
     "specialty",
     "reason"
    ],
    "properties": {
     "patient": {
      "$ref": "#/components/schemas/Id"
     },
     "provider": {
      "type": "string",
      "minLength": 1,
      "maxLength": 200,
      "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$",
      "description": "The external provider's name."
     },
     "providerAddress": {
      "type": "string",
      "minLength": 1,
      "maxLength": 500,
      "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$"
     },
     "specialty": {
      "type": "string",
      "minLength": 1,
      "maxLength": 100,
      "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$"
     },
     "reason": {
      "type": "string",
      "minLength": 1,
      "maxLength": 10000,
      "description": "Clinical text: why the patient is referred. Several lines allowed; trimmed, not empty, no other control characters."
     },
     "urgency": {
      "type": "string",
      "enum": [
       "routine",
       "urgent",
       "emergency"
      ],
      "default": "routine"
     },
     "referringClinician": {
      "type": "string",
      "minLength": 1,
      "maxLength": 100,
      "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$",
      "description": "The referring clinician's user id."
     },
     "replyDue": {
      "$ref": "#/components/schemas/Day"
     }
    }
   },
   "HealthReferralSentRequest": {
    "type": "object",
    "additionalProperties": false,
    "required": [],
    "properties": {
     "date": {
      "$ref": "#/components/schemas/Day"
     }
    },
    "description": "Optional: the body may be left out (today)."
   },
   "HealthReferralReplyRequest": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "summary"
    ],
    "properties": {
     "date": {
      "$ref": "#/components/schemas/Day"
     },
     "summary": {
      "type": "string",
      "minLength": 1,
      "maxLength": 10000,
      "description": "Several lines allowed; trimmed, not empty, no other control characters."
     }
    }
   },
   "HealthReferral": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "id",
     "patient",
     "provider",
     "specialty",
     "reason",
     "urgency",
     "status",
     "overdue",
     "label",
     "banner",
     "version",
     "createdBy",
     "createdAt"
    ],
    "properties": {
     "id": {
      "$ref": "#/components/schemas/Id"
     },
     "patient": {
      "$ref": "#/components/schemas/Id"
     },
     "provider": {
      "type": "string"
     },
     "providerAddress": {
      "type": "string"
     },
     "specialty": {
      "type": "string"
     },
     "reason": {
      "type": "string"
     },
     "urgency": {
      "type": "string",
      "enum": [
       "routine",
       "urgent",
       "emergency"
      ]
     },
     "status": {
      "type": "string",
      "enum": [
       "draft",
       "sent",
       "replied",
       "closed",
       "cancelled"
      ]
     },
     "overdue": {
      "type": "boolean"
     },
     "referringClinician": {
      "type": "string"
     },
     "replyDue": {
      "$ref": "#/components/schemas/Day"
     },
     "sentDate": {
      "$ref": "#/components/schemas/Day"
     },
     "letterEntry": {
      "$ref": "#/components/schemas/Id"
     },
     "reply": {
      "type": "object",
      "additionalProperties": false,
      "required": [
       "date",
       "summary"
      ],
      "properties": {
       "date": {
        "$ref": "#/components/schemas/Day"
       },
       "summary": {
        "type": "string"
       },
       "entry": {
        "$ref": "#/components/schemas/Id"
       }
      }
     },
     "version": {
      "type": "integer",
      "minimum": 1
     },
     "createdBy": {
      "type": "string"
     },
     "createdAt": {
      "$ref": "#/components/schemas/Timestamp"
     },
     "label": {
      "$ref": "#/components/schemas/Label"
     },
     "banner": {
      "type": "string"
     }
    }
   },
   "HealthReferralList": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "items"
    ],
    "properties": {
     "items": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/HealthReferral"
      }
     },
     "next": {
      "type": "string"
     },
     "total": {
      "type": "integer",
      "minimum": 0
     }
    }
   },
   "HealthFitness": {
    "type": "string",
    "enum": [
     "fit",
     "fit-with-restrictions",
     "unfit",
     "under-assessment"
    ]
   },
   "HealthRestriction": {
    "type": "string",
    "enum": [
     "no-night-work",
     "no-heavy-lifting",
     "no-driving",
     "reduced-hours",
     "no-deployment",
     "no-field-duty",
     "no-shift-work",
     "adapted-workstation"
    ]
   },
   "HealthPODRequestRequest": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "staffNumber",
     "question",
     "purpose"
    ],
    "properties": {
     "staffNumber": {
      "type": "string",
      "minLength": 1,
      "maxLength": 40,
      "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$"
     },
     "question": {
      "type": "string",
      "minLength": 1,
      "maxLength": 2000,
      "description": "Several lines allowed; trimmed, not empty, no other control characters."
     },
     "purpose": {
      "type": "string",
      "minLength": 1,
      "maxLength": 500,
      "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$"
     }
    }
   },
   "HealthPODAnswerRequest": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "fitness"
    ],
    "properties": {
     "fitness": {
      "$ref": "#/components/schemas/HealthFitness"
     },
     "restrictions": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/HealthRestriction"
      },
      "description": "Only with fit-with-restrictions, which needs at least one."
     },
     "from": {
      "$ref": "#/components/schemas/Day"
     },
     "until": {
      "$ref": "#/components/schemas/Day"
     },
     "reviewDate": {
      "$ref": "#/components/schemas/Day"
     }
    },
    "description": "The only fields an answer may carry: never a diagnosis or record content."
   },
   "HealthPODAnswer": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "id",
     "fitness",
     "restrictions",
     "answeredBy",
     "answeredAt",
     "superseded"
    ],
    "properties": {
     "id": {
      "$ref": "#/components/schemas/Id"
     },
     "fitness": {
      "$ref": "#/components/schemas/HealthFitness"
     },
     "restrictions": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/HealthRestriction"
      }
     },
     "from": {
      "$ref": "#/components/schemas/Day"
     },
     "until": {
      "$ref": "#/components/schemas/Day"
     },
     "reviewDate": {
      "$ref": "#/components/schemas/Day"
     },
     "answeredBy": {
      "type": "string"
     },
     "answeredAt": {
      "$ref": "#/components/schemas/Timestamp"
     },
     "superseded": {
      "type": "boolean"
     }
    }
   },
   "HealthPODRequest": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "id",
     "staffNumber",
     "question",
     "purpose",
     "status",
     "requester",
     "createdAt",
     "answers",
     "banner",
     "version"
    ],
    "properties": {
     "id": {
      "$ref": "#/components/schemas/Id"
     },
     "staffNumber": {
      "type": "string"
     },
     "question": {
      "type": "string"
     },
     "purpose": {
      "type": "string"
     },
     "status": {
      "type": "string",
      "enum": [
       "open",
       "answered",
       "closed"
      ]
     },
     "requester": {
      "type": "string"
     },
     "createdAt": {
      "$ref": "#/components/schemas/Timestamp"
     },
     "answer": {
      "$ref": "#/components/schemas/HealthPODAnswer"
     },
     "answers": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/HealthPODAnswer"
      }
     },
     "patient": {
      "$ref": "#/components/schemas/Id"
     },
     "banner": {
      "type": "string"
     },
     "version": {
      "type": "integer",
      "minimum": 1
     }
    }
   },
   "HealthPODRequestList": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "items"
    ],
    "properties": {
     "items": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/HealthPODRequest"
      }
     },
     "next": {
      "type": "string"
     }
    }
   },
   "HealthReleaseRequest": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "patient",
     "recipient",
     "purpose",
     "requested"
    ],
    "properties": {
     "patient": {
      "$ref": "#/components/schemas/Id"
     },
     "recipient": {
      "type": "string",
      "minLength": 1,
      "maxLength": 200,
      "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$",
      "description": "Must match the recipient of a valid consent (case aside)."
     },
     "purpose": {
      "type": "string",
      "minLength": 1,
      "maxLength": 500,
      "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$"
     },
     "requested": {
      "type": "object",
      "additionalProperties": false,
      "required": [
       "entryTypes"
      ],
      "properties": {
       "entryTypes": {
        "type": "array",
        "minItems": 1,
        "items": {
         "type": "string",
         "enum": [
          "lab-result",
          "diagnostic-report",
          "physician-note",
          "consent",
          "administrative-code",
          "correspondence"
         ]
        }
       },
       "from": {
        "$ref": "#/components/schemas/Day"
       },
       "until": {
        "$ref": "#/components/schemas/Day"
       }
      }
     }
    }
   },
   "HealthRelease": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "id",
     "patient",
     "recipient",
     "purpose",
     "requested",
     "consent",
     "status",
     "requestedBy",
     "label",
     "banner",
     "version"
    ],
    "properties": {
     "id": {
      "$ref": "#/components/schemas/Id"
     },
     "patient": {
      "$ref": "#/components/schemas/Id"
     },
     "recipient": {
      "type": "string"
     },
     "purpose": {
      "type": "string"
     },
     "requested": {
      "type": "object",
      "additionalProperties": false,
      "required": [
       "entryTypes"
      ],
      "properties": {
       "entryTypes": {
        "type": "array",
        "items": {
         "type": "string",
         "enum": [
          "lab-result",
          "diagnostic-report",
          "physician-note",
          "consent",
          "administrative-code",
          "correspondence"
         ]
        }
       },
       "from": {
        "$ref": "#/components/schemas/Day"
       },
       "until": {
        "$ref": "#/components/schemas/Day"
       }
      }
     },
     "consent": {
      "$ref": "#/components/schemas/Id"
     },
     "consentValid": {
      "type": "boolean",
      "description": "Whether a consent the reader may read still allows this release today."
     },
     "status": {
      "type": "string",
      "enum": [
       "requested",
       "approved",
       "released"
      ]
     },
     "requestedBy": {
      "type": "string"
     },
     "approvedBy": {
      "type": "string"
     },
     "approvedAt": {
      "$ref": "#/components/schemas/Timestamp"
     },
     "releasedBy": {
      "type": "string"
     },
     "releasedAt": {
      "$ref": "#/components/schemas/Timestamp"
     },
     "version": {
      "type": "integer",
      "minimum": 1
     },
     "label": {
      "$ref": "#/components/schemas/Label"
     },
     "banner": {
      "type": "string"
     }
    }
   },
   "HealthReleaseList": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "items"
    ],
    "properties": {
     "items": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/HealthRelease"
      }
     },
     "next": {
      "type": "string"
     },
     "total": {
      "type": "integer",
      "minimum": 0
     }
    }
   },
   "HealthReleasePackage": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "banner",
     "label",
     "releaseId",
     "patient",
     "recipient",
     "purpose",
     "releasedAt",
     "releasedBy",
     "entries",
     "bannerEnd"
    ],
    "properties": {
     "banner": {
      "type": "string"
     },
     "label": {
      "$ref": "#/components/schemas/Label"
     },
     "releaseId": {
      "$ref": "#/components/schemas/Id"
     },
     "patient": {
      "type": "object",
      "additionalProperties": false,
      "required": [
       "id",
       "name",
       "dateOfBirth"
      ],
      "properties": {
       "id": {
        "$ref": "#/components/schemas/Id"
       },
       "name": {
        "type": "string"
       },
       "dateOfBirth": {
        "type": "string"
       },
       "staffNumber": {
        "type": "string"
       }
      }
     },
     "recipient": {
      "type": "string"
     },
     "purpose": {
      "type": "string"
     },
     "releasedAt": {
      "$ref": "#/components/schemas/Timestamp"
     },
     "releasedBy": {
      "type": "string"
     },
     "entries": {
      "type": "array",
      "items": {
       "type": "object",
       "additionalProperties": false,
       "required": [
        "id",
        "type",
        "date",
        "summary",
        "text",
        "codes",
        "observations",
        "banner"
       ],
       "properties": {
        "id": {
         "$ref": "#/components/schemas/Id"
        },
        "type": {
         "type": "string"
        },
        "date": {
         "type": "string"
        },
        "summary": {
         "type": "string"
        },
        "text": {
         "type": "string"
        },
        "codes": {
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
            "type": "string"
           },
           "code": {
            "type": "string"
           },
           "display": {
            "type": "string"
           }
          }
         }
        },
        "observations": {
         "type": "array",
         "items": {
          "type": "object",
          "additionalProperties": false,
          "required": [
           "code"
          ],
          "properties": {
           "code": {
            "type": "object",
            "additionalProperties": false,
            "required": [
             "system",
             "code"
            ],
            "properties": {
             "system": {
              "type": "string"
             },
             "code": {
              "type": "string"
             },
             "display": {
              "type": "string"
             }
            }
           },
           "value": {
            "type": "number"
           },
           "valueText": {
            "type": "string"
           },
           "unit": {
            "type": "string"
           },
           "low": {
            "type": "number"
           },
           "high": {
            "type": "number"
           }
          }
         }
        },
        "correspondent": {
         "type": "string"
        },
        "direction": {
         "type": "string"
        },
        "banner": {
         "type": "string"
        }
       }
      }
     },
     "bannerEnd": {
      "type": "string",
      "description": "The banner again, at the end of the document."
     }
    }
   },
   "HealthDisclosure": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "id",
     "release",
     "disclosedAt",
     "recipient",
     "what",
     "purpose",
     "releasedBy"
    ],
    "properties": {
     "id": {
      "$ref": "#/components/schemas/Id"
     },
     "release": {
      "$ref": "#/components/schemas/Id"
     },
     "disclosedAt": {
      "$ref": "#/components/schemas/Timestamp"
     },
     "recipient": {
      "type": "string"
     },
     "what": {
      "type": "object",
      "additionalProperties": false,
      "required": [
       "description",
       "entries"
      ],
      "properties": {
       "description": {
        "type": "string"
       },
       "entries": {
        "type": "array",
        "items": {
         "$ref": "#/components/schemas/Id"
        }
       }
      }
     },
     "purpose": {
      "type": "string"
     },
     "releasedBy": {
      "type": "string"
     }
    }
   },
   "HealthDisclosures": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "patient",
     "items",
     "banner"
    ],
    "properties": {
     "patient": {
      "$ref": "#/components/schemas/Id"
     },
     "items": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/HealthDisclosure"
      }
     },
     "banner": {
      "type": "string"
     }
    }
   }
  }
 }
}
"""#
}
