import ChancerySpine

extension OpenAPIDocument {
    /// Clinicians, appointment types, appointments, waitlist, to-book list, reminders and the calendar feed.
    package static let appointments = #"""
    {
      "paths": {
        "/api/v1/health/clinicians": {
          "get": {
            "summary": "The clinicians who can be booked", "operationId": "listClinicians", "tags": ["health"],
            "description": "Health Office staff (health.clerk, health.clinician or health.advisor) briefed for MEDICAL only; others get 403.",
            "responses": {
              "200": { "description": "The clinicians", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ClinicianList" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" }, "403": { "$ref": "#/components/responses/Forbidden" }
            }
          },
          "post": {
            "summary": "Register an account holding health.clinician as a clinician", "operationId": "addClinician", "tags": ["health"],
            "description": "health.clerk or health.advisor, briefed for MEDICAL. Audited (health.clinician.create).",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ClinicianRequest" } } } },
            "responses": {
              "201": { "description": "Registered", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Clinician" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" }, "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden" },
              "409": { "$ref": "#/components/responses/Conflict", "description": "clinician-exists" },
              "422": { "$ref": "#/components/responses/UnprocessableContent", "description": "not-a-clinician: no such account, or it lacks health.clinician" }
            }
          }
        },
        "/api/v1/health/clinicians/{id}": {
          "get": {
            "summary": "A clinician with their weekly hours and absences", "operationId": "getClinician", "tags": ["health"],
            "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
            "responses": {
              "200": { "description": "The clinician", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Clinician" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" }, "403": { "$ref": "#/components/responses/Forbidden" },
              "404": { "$ref": "#/components/responses/NotFound", "description": "clinician-not-found" }
            }
          }
        },
        "/api/v1/health/clinicians/{id}/availability": {
          "put": {
            "summary": "Replace a clinician's weekly hours (Brussels local time)", "operationId": "setClinicianAvailability", "tags": ["health"],
            "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/AvailabilityRequest" } } } },
            "responses": {
              "200": { "description": "The hours now", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/AvailabilityList" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" }, "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden" },
              "404": { "$ref": "#/components/responses/NotFound", "description": "clinician-not-found" }
            }
          }
        },
        "/api/v1/health/clinicians/{id}/exceptions": {
          "post": {
            "summary": "Record a clinician's absence (leave, holiday, training)", "operationId": "addClinicianException", "tags": ["health"],
            "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ExceptionRequest" } } } },
            "responses": {
              "201": { "description": "Recorded", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ClinicianException" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" }, "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden" },
              "404": { "$ref": "#/components/responses/NotFound", "description": "clinician-not-found" }
            }
          }
        },
        "/api/v1/health/clinicians/{id}/schedule": {
          "get": {
            "summary": "A clinician's day or week: hours, absences, readable appointments and free slots", "operationId": "getClinicianSchedule", "tags": ["health"],
            "description": "Appointments are trimmed to what the caller may read (an audited list read); free slots (of the type given) count every booking.",
            "parameters": [
              { "$ref": "#/components/parameters/ObjectId" },
              { "name": "date", "in": "query", "description": "YYYY-MM-DD (Brussels); today by default. A week starts on the Monday of this date.", "schema": { "type": "string", "format": "date" } },
              { "name": "view", "in": "query", "schema": { "type": "string", "enum": ["day", "week"], "default": "day" } },
              { "name": "type", "in": "query", "description": "An appointment type code: lists the free slots of its duration.", "schema": { "type": "string" } }
            ],
            "responses": {
              "200": { "description": "The diary", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Schedule" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" }, "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden" },
              "404": { "$ref": "#/components/responses/NotFound", "description": "clinician-not-found" },
              "422": { "$ref": "#/components/responses/UnprocessableContent", "description": "unknown-appointment-type" }
            }
          }
        },
        "/api/v1/health/appointment-types": {
          "get": {
            "summary": "Appointment types and their durations", "operationId": "listAppointmentTypes", "tags": ["health"],
            "responses": {
              "200": { "description": "The types", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/AppointmentTypeList" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" }, "403": { "$ref": "#/components/responses/Forbidden" }
            }
          }
        },
        "/api/v1/health/appointments": {
          "get": {
            "summary": "Appointments the caller may read", "operationId": "listAppointments", "tags": ["health"],
            "parameters": [
              { "name": "date", "in": "query", "description": "Starting on this Brussels date", "schema": { "type": "string", "format": "date" } },
              { "name": "clinician", "in": "query", "schema": { "$ref": "#/components/schemas/Id" } },
              { "name": "patient", "in": "query", "schema": { "$ref": "#/components/schemas/Id" } },
              { "name": "status", "in": "query", "schema": { "type": "string", "enum": ["booked", "cancelled", "noshow", "completed"] } },
              { "$ref": "#/components/parameters/Cursor" }, { "$ref": "#/components/parameters/Limit" }
            ],
            "responses": {
              "200": { "description": "A page, newest booking first", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/AppointmentPage" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" }, "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden" }
            }
          },
          "post": {
            "summary": "Book an appointment", "operationId": "bookAppointment", "tags": ["health"],
            "description": "Refused with 409 and a sentence: double-booking (the clinician or the patient already has an overlapping appointment that is not cancelled or a no-show; allowed to holders of health.overbook, and the audit event says overbooked), outside-availability, clinician-absent (the overbook privilege does not bypass hours or absences). Queues a reminder 24 hours before.",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/BookingRequest" } } } },
            "responses": {
              "201": { "description": "Booked", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Appointment" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" }, "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden" },
              "404": { "$ref": "#/components/responses/NotFound", "description": "object-not-found (the patient), clinician-not-found" },
              "409": { "$ref": "#/components/responses/Conflict", "description": "double-booking, outside-availability, clinician-absent, waitlist-mismatch, patient-merged (the patient's record was merged into another)" },
              "422": { "$ref": "#/components/responses/UnprocessableContent", "description": "unknown-appointment-type" }
            }
          }
        },
        "/api/v1/health/appointments/{id}": {
          "get": {
            "summary": "One appointment (an audited read)", "operationId": "getAppointment", "tags": ["health"],
            "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
            "responses": {
              "200": { "description": "The appointment", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Appointment" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" }, "404": { "$ref": "#/components/responses/NotFound" }
            }
          },
          "patch": {
            "summary": "Reschedule an appointment (same checks as a booking)", "operationId": "rescheduleAppointment", "tags": ["health"],
            "parameters": [{ "$ref": "#/components/parameters/ObjectId" }, { "$ref": "#/components/parameters/IfMatch" }],
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/RescheduleRequest" } } } },
            "responses": {
              "200": { "description": "Moved", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Appointment" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" }, "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden" }, "404": { "$ref": "#/components/responses/NotFound" },
              "409": { "$ref": "#/components/responses/Conflict", "description": "double-booking, outside-availability, clinician-absent, appointment-closed" },
              "412": { "$ref": "#/components/responses/PreconditionFailed" }, "428": { "$ref": "#/components/responses/PreconditionRequired" }
            }
          }
        },
        "/api/v1/health/appointments/{id}/cancellation": {
          "post": {
            "summary": "Cancel an appointment (its reminder is cancelled)", "operationId": "cancelAppointment", "tags": ["health"],
            "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/CancellationRequest" } } } },
            "responses": {
              "200": { "description": "Cancelled", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Appointment" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" }, "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden" }, "404": { "$ref": "#/components/responses/NotFound" },
              "409": { "$ref": "#/components/responses/Conflict", "description": "appointment-closed" },
              "412": { "$ref": "#/components/responses/PreconditionFailed" }
            }
          }
        },
        "/api/v1/health/appointments/{id}/no-show": {
          "post": {
            "summary": "Record that the patient did not come", "operationId": "recordNoShow", "tags": ["health"],
            "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
            "responses": {
              "200": { "description": "Recorded", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Appointment" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" }, "403": { "$ref": "#/components/responses/Forbidden" },
              "404": { "$ref": "#/components/responses/NotFound" }, "409": { "$ref": "#/components/responses/Conflict", "description": "appointment-closed" },
              "412": { "$ref": "#/components/responses/PreconditionFailed" }
            }
          }
        },
        "/api/v1/health/appointments/{id}/completion": {
          "post": {
            "summary": "Record that the appointment took place; a follow-up due date puts a follow-up on the to-book list", "operationId": "completeAppointment", "tags": ["health"],
            "parameters": [{ "$ref": "#/components/parameters/ObjectId" }],
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/CompletionRequest" } } } },
            "responses": {
              "200": { "description": "Completed", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Appointment" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" }, "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden" }, "404": { "$ref": "#/components/responses/NotFound" },
              "409": { "$ref": "#/components/responses/Conflict", "description": "appointment-closed" },
              "412": { "$ref": "#/components/responses/PreconditionFailed" }
            }
          }
        },
        "/api/v1/health/waitlist": {
          "get": {
            "summary": "Open waitlist entries the caller may read", "operationId": "listWaitlist", "tags": ["health"],
            "parameters": [{ "$ref": "#/components/parameters/Cursor" }, { "$ref": "#/components/parameters/Limit" }],
            "responses": {
              "200": { "description": "A page", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/WaitlistPage" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" }, "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden" }
            }
          },
          "post": {
            "summary": "Put a patient on the waitlist", "operationId": "addToWaitlist", "tags": ["health"],
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/WaitlistRequest" } } } },
            "responses": {
              "201": { "description": "Added", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/WaitlistEntry" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" }, "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden" }, "404": { "$ref": "#/components/responses/NotFound" },
              "409": { "$ref": "#/components/responses/Conflict", "description": "patient-merged (the patient's record was merged into another)" },
              "422": { "$ref": "#/components/responses/UnprocessableContent", "description": "unknown-appointment-type" }
            }
          }
        },
        "/api/v1/health/to-book": {
          "get": {
            "summary": "Follow-ups due and not yet booked", "operationId": "listToBook", "tags": ["health"],
            "parameters": [{ "$ref": "#/components/parameters/Cursor" }, { "$ref": "#/components/parameters/Limit" }],
            "responses": {
              "200": { "description": "A page", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/WaitlistPage" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" }, "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden" }
            }
          }
        },
        "/api/v1/health/reminders": {
          "get": {
            "summary": "Pending reminders (texts carry the date, time and place only)", "operationId": "listReminders", "tags": ["health"],
            "parameters": [
              { "name": "due", "in": "query", "description": "true: only those due now", "schema": { "type": "boolean" } },
              { "$ref": "#/components/parameters/Limit" }
            ],
            "responses": {
              "200": { "description": "The reminders, by due time", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ReminderList" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" }, "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden" }
            }
          }
        },
        "/api/v1/health/calendar-feed": {
          "post": {
            "summary": "Create or rotate the caller's secret iCalendar feed", "operationId": "rotateCalendarFeed", "tags": ["health"],
            "description": "Returns the feed's path /calendar/{secret}.ics (read without signing in; only a SHA-256 of the secret is kept). A new secret replaces the old one.",
            "responses": {
              "201": { "description": "The feed", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/CalendarFeed" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" }, "403": { "$ref": "#/components/responses/Forbidden" }
            }
          },
          "delete": {
            "summary": "Revoke the caller's calendar feed", "operationId": "revokeCalendarFeed", "tags": ["health"],
            "responses": {
              "204": { "description": "Revoked" },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "404": { "$ref": "#/components/responses/NotFound", "description": "not-found: the caller has no feed" }
            }
          }
        }
      },
      "components": {
        "schemas": {
          "ClinicianRequest": {
            "type": "object", "additionalProperties": false, "required": ["userId", "specialty", "location"],
            "properties": {
              "userId": { "type": "string", "description": "The account's id or user name" },
              "displayName": { "type": "string", "maxLength": 120 },
              "specialty": { "type": "string", "minLength": 1, "maxLength": 120 },
              "location": { "type": "string", "minLength": 1, "maxLength": 200 }
            }
          },
          "Clinician": {
            "type": "object", "additionalProperties": false, "required": ["id", "displayName", "specialty", "location"],
            "properties": {
              "id": { "$ref": "#/components/schemas/Id" },
              "displayName": { "type": "string" }, "specialty": { "type": "string" }, "location": { "type": "string" },
              "availability": { "type": "array", "items": { "$ref": "#/components/schemas/Availability" } },
              "exceptions": { "type": "array", "items": { "$ref": "#/components/schemas/ClinicianException" } }
            }
          },
          "ClinicianList": {
            "type": "object", "additionalProperties": false, "required": ["items"],
            "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/Clinician" } } }
          },
          "Availability": {
            "type": "object", "additionalProperties": false, "required": ["weekday", "start", "end"],
            "properties": {
              "weekday": { "type": "integer", "minimum": 1, "maximum": 7, "description": "1 = Monday … 7 = Sunday" },
              "start": { "type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$", "description": "HH:MM, Brussels local time" },
              "end": { "type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$", "description": "HH:MM (24:00 for midnight)" },
              "location": { "type": ["string", "null"] }
            }
          },
          "AvailabilityRequest": {
            "type": "object", "additionalProperties": false, "required": ["availability"],
            "properties": { "availability": { "type": "array", "maxItems": 50, "items": { "$ref": "#/components/schemas/Availability" } } }
          },
          "AvailabilityList": {
            "type": "object", "additionalProperties": false, "required": ["items"],
            "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/Availability" } } }
          },
          "ExceptionRequest": {
            "type": "object", "additionalProperties": false, "required": ["startDate", "endDate", "kind"],
            "properties": {
              "startDate": { "type": "string", "format": "date" }, "endDate": { "type": "string", "format": "date" },
              "kind": { "type": "string", "enum": ["leave", "holiday", "training"] },
              "note": { "type": "string", "maxLength": 500 }
            }
          },
          "ClinicianException": {
            "type": "object", "additionalProperties": false, "required": ["id", "startDate", "endDate", "kind", "note"],
            "properties": {
              "id": { "$ref": "#/components/schemas/Id" },
              "startDate": { "type": "string", "format": "date" }, "endDate": { "type": "string", "format": "date" },
              "kind": { "type": "string", "enum": ["leave", "holiday", "training"] },
              "note": { "type": ["string", "null"] }
            }
          },
          "AppointmentType": {
            "type": "object", "additionalProperties": false, "required": ["code", "nameEn", "nameFr", "durationMinutes", "kind"],
            "properties": {
              "code": { "type": "string" }, "nameEn": { "type": "string" }, "nameFr": { "type": "string" },
              "durationMinutes": { "type": "integer", "minimum": 5 },
              "kind": { "type": "string", "enum": ["consultation", "procedure", "follow-up"] }
            }
          },
          "AppointmentTypeList": {
            "type": "object", "additionalProperties": false, "required": ["items"],
            "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/AppointmentType" } } }
          },
          "BookingRequest": {
            "type": "object", "additionalProperties": false, "required": ["patient", "clinician", "type", "start"],
            "properties": {
              "patient": { "$ref": "#/components/schemas/Id" },
              "clinician": { "$ref": "#/components/schemas/Id" },
              "type": { "type": "string", "description": "An appointment type code" },
              "start": { "type": "string", "format": "date-time", "description": "ISO 8601 with its offset" },
              "end": { "type": "string", "format": "date-time", "description": "Default: start plus the type's duration" },
              "note": { "type": "string", "maxLength": 1000 },
              "location": { "type": "string", "maxLength": 200, "description": "Default: the clinician's location" },
              "waitlistEntry": { "$ref": "#/components/schemas/Id", "description": "The waitlist entry or follow-up this booking answers (closed by it)" }
            }
          },
          "RescheduleRequest": {
            "type": "object", "additionalProperties": false, "required": ["start"],
            "properties": {
              "start": { "type": "string", "format": "date-time" },
              "end": { "type": "string", "format": "date-time", "description": "Default: the same duration" },
              "clinician": { "$ref": "#/components/schemas/Id" },
              "location": { "type": "string", "maxLength": 200 }
            }
          },
          "CancellationRequest": {
            "type": "object", "additionalProperties": false, "required": ["reason"],
            "properties": { "reason": { "type": "string", "minLength": 1, "maxLength": 500 } }
          },
          "CompletionRequest": {
            "type": "object", "additionalProperties": false,
            "properties": { "followUpDue": { "type": "string", "format": "date" } }
          },
          "Appointment": {
            "type": "object", "additionalProperties": false,
            "required": ["id", "version", "patient", "clinician", "type", "start", "end", "location", "note", "status", "overbooked", "cancelReason", "followUpDue", "label", "banner"],
            "properties": {
              "id": { "$ref": "#/components/schemas/Id" },
              "version": { "type": "integer", "minimum": 1 },
              "patient": { "$ref": "#/components/schemas/Id" },
              "clinician": { "$ref": "#/components/schemas/Id" },
              "type": { "type": "string" },
              "start": { "type": "string", "format": "date-time", "description": "Brussels time with its offset" },
              "end": { "type": "string", "format": "date-time" },
              "location": { "type": "string" },
              "note": { "type": ["string", "null"] },
              "status": { "type": "string", "enum": ["booked", "cancelled", "noshow", "completed"] },
              "overbooked": { "type": "boolean" },
              "cancelReason": { "type": ["string", "null"] },
              "followUpDue": { "type": ["string", "null"], "format": "date" },
              "label": { "$ref": "#/components/schemas/Label" },
              "banner": { "type": "string" }
            }
          },
          "AppointmentPage": {
            "type": "object", "additionalProperties": false, "required": ["items"],
            "properties": {
              "items": { "type": "array", "items": { "$ref": "#/components/schemas/Appointment" } },
              "next": { "type": "string", "description": "The cursor of the next page; absent on the last." }
            }
          },
          "Schedule": {
            "type": "object", "additionalProperties": false, "required": ["clinician", "view", "type", "days"],
            "properties": {
              "clinician": { "$ref": "#/components/schemas/Clinician" },
              "view": { "type": "string", "enum": ["day", "week"] },
              "type": { "type": ["string", "null"] },
              "days": { "type": "array", "items": { "$ref": "#/components/schemas/ScheduleDay" } }
            }
          },
          "ScheduleDay": {
            "type": "object", "additionalProperties": false, "required": ["date", "weekday", "availability", "exceptions", "appointments", "freeSlots"],
            "properties": {
              "date": { "type": "string", "format": "date" },
              "weekday": { "type": "integer", "minimum": 1, "maximum": 7 },
              "availability": { "type": "array", "items": { "$ref": "#/components/schemas/Availability" } },
              "exceptions": { "type": "array", "items": { "$ref": "#/components/schemas/ClinicianException" } },
              "appointments": { "type": "array", "items": { "$ref": "#/components/schemas/Appointment" } },
              "freeSlots": {
                "type": "array",
                "items": {
                  "type": "object", "additionalProperties": false, "required": ["start", "end"],
                  "properties": { "start": { "type": "string", "format": "date-time" }, "end": { "type": "string", "format": "date-time" } }
                }
              }
            }
          },
          "WaitlistRequest": {
            "type": "object", "additionalProperties": false, "required": ["patient", "type"],
            "properties": {
              "patient": { "$ref": "#/components/schemas/Id" },
              "type": { "type": "string" },
              "clinician": { "$ref": "#/components/schemas/Id" },
              "preferredFrom": { "type": "string", "format": "date" },
              "preferredTo": { "type": "string", "format": "date" },
              "note": { "type": "string", "maxLength": 1000 }
            }
          },
          "WaitlistEntry": {
            "type": "object", "additionalProperties": false,
            "required": ["id", "patient", "source", "type", "clinician", "preferredFrom", "preferredTo", "dueDate", "note", "fromAppointment", "banner"],
            "properties": {
              "id": { "$ref": "#/components/schemas/Id" },
              "patient": { "$ref": "#/components/schemas/Id" },
              "source": { "type": "string", "enum": ["waitlist", "follow-up"] },
              "type": { "type": "string" },
              "clinician": { "type": ["string", "null"] },
              "preferredFrom": { "type": ["string", "null"], "format": "date" },
              "preferredTo": { "type": ["string", "null"], "format": "date" },
              "dueDate": { "type": ["string", "null"], "format": "date" },
              "note": { "type": ["string", "null"] },
              "fromAppointment": { "type": ["string", "null"] },
              "banner": { "type": "string" }
            }
          },
          "WaitlistPage": {
            "type": "object", "additionalProperties": false, "required": ["items"],
            "properties": {
              "items": { "type": "array", "items": { "$ref": "#/components/schemas/WaitlistEntry" } },
              "next": { "type": "string", "description": "The cursor of the next page; absent on the last." }
            }
          },
          "Reminder": {
            "type": "object", "additionalProperties": false, "required": ["id", "appointment", "patient", "dueAt", "textEn", "textFr", "status"],
            "properties": {
              "id": { "$ref": "#/components/schemas/Id" },
              "appointment": { "$ref": "#/components/schemas/Id" },
              "patient": { "$ref": "#/components/schemas/Id" },
              "dueAt": { "type": "string", "format": "date-time" },
              "textEn": { "type": "string", "description": "Date, time and place only" },
              "textFr": { "type": "string" },
              "status": { "type": "string", "enum": ["pending"] }
            }
          },
          "ReminderList": {
            "type": "object", "additionalProperties": false, "required": ["items"],
            "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/Reminder" } } }
          },
          "CalendarFeed": {
            "type": "object", "additionalProperties": false, "required": ["url"],
            "properties": { "url": { "type": "string", "pattern": "^/calendar/[A-Za-z0-9_-]+\\.ics$" } }
          }
        }
      }
    }
    """#
}
