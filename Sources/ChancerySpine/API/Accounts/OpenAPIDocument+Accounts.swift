extension OpenAPIDocument {
    /// Accounts, need-to-know groups and the sign-in throttle's counters: the administrator's operations.
    package static let accounts = #"""
    {
      "paths": {
        "/api/v1/users": {
          "get": {
            "summary": "List the accounts by user name (admin role)",
            "operationId": "listUsers",
            "parameters": [{ "$ref": "#/components/parameters/Limit" }, { "$ref": "#/components/parameters/Cursor" }],
            "responses": {
              "200": { "description": "A page of accounts", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/AccountList" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "invalid-limit, invalid-cursor." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required: the admin role." }
            }
          },
          "post": {
            "summary": "Create an account with its initial password (admin role; audited as user.create, never with the password)",
            "description": "The groups named must exist (POST /api/v1/groups). The password is at least 12 characters; it is never returned, logged or audited. The new account may sign in at once unless `disabled` is true.",
            "operationId": "createUser",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/CreateAccount" } } } },
            "responses": {
              "201": {
                "description": "Created",
                "links": { "GetUser": { "$ref": "#/components/links/GetUser" }, "UpdateUser": { "$ref": "#/components/links/UpdateUser" } },
                "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "Location": { "$ref": "#/components/headers/Location" } },
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Account" } } }
              },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "invalid-field (username, password, displayName, clearance, nationality, categories, roles, units, groups), missing-field (clearance, nationality), unknown-group." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required: the admin role." },
              "409": { "$ref": "#/components/responses/Conflict", "description": "username-taken." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" }
            }
          }
        },
        "/api/v1/users/{username}": {
          "parameters": [{ "$ref": "#/components/parameters/Username" }],
          "get": {
            "summary": "One account (admin role)",
            "operationId": "getUser",
            "responses": {
              "200": { "description": "The account", "headers": { "ETag": { "$ref": "#/components/headers/ETag" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Account" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required: the admin role." },
              "404": { "$ref": "#/components/responses/NotFound", "description": "user-not-found." }
            }
          },
          "patch": {
            "summary": "Change an account's attributes: clearance, nationality, categories, roles, units, groups, name shown, disabled (admin role; audited as user.update)",
            "description": "JSON Merge Patch (RFC 7396): a field left out stays as it is; a list given replaces the list (an empty list empties it). No attribute of an account can be removed, so `null` is refused (400 invalid-field). `disabled: true` locks the account (its sessions and tokens stop working at once); `false` unlocks it. An administrator cannot disable their own account or take away their own admin role (409 own-account), and no change may leave the installation without an enabled administrator (409 last-administrator).",
            "operationId": "updateUser",
            "parameters": [{ "$ref": "#/components/parameters/IfMatch" }],
            "requestBody": {
              "required": true,
              "content": {
                "application/merge-patch+json": { "schema": { "$ref": "#/components/schemas/UpdateAccount" } },
                "application/json": { "schema": { "$ref": "#/components/schemas/UpdateAccount" } }
              }
            },
            "responses": {
              "200": { "description": "The changed account", "headers": { "ETag": { "$ref": "#/components/headers/ETag" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Account" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "invalid-field (a field, a null, or If-Match), unknown-group." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required: the admin role." },
              "404": { "$ref": "#/components/responses/NotFound", "description": "user-not-found." },
              "409": { "$ref": "#/components/responses/Conflict", "description": "own-account, last-administrator." },
              "412": { "$ref": "#/components/responses/PreconditionFailed" },
              "413": { "$ref": "#/components/responses/ContentTooLarge" },
              "428": { "$ref": "#/components/responses/PreconditionRequired" }
            }
          }
        },
        "/api/v1/users/{username}/password": {
          "parameters": [{ "$ref": "#/components/parameters/Username" }],
          "put": {
            "summary": "Set a new password (admin role; audited as user.password): the account's sessions and tokens end, and the sign-in throttle's counters of its name are cleared",
            "operationId": "setUserPassword",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SetPassword" } } } },
            "responses": {
              "204": { "description": "Changed" },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "invalid-field: a password shorter than 12 characters." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required: the admin role." },
              "404": { "$ref": "#/components/responses/NotFound", "description": "user-not-found." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" }
            }
          }
        },
        "/api/v1/users/{username}/sessions": {
          "parameters": [{ "$ref": "#/components/parameters/Username" }],
          "delete": {
            "summary": "End every web session and revoke every API token of the account (admin role; audited as session.revoke-all)",
            "operationId": "revokeUserSessions",
            "responses": {
              "204": { "description": "Revoked" },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required: the admin role." },
              "404": { "$ref": "#/components/responses/NotFound", "description": "user-not-found." }
            }
          }
        },
        "/api/v1/groups": {
          "get": {
            "summary": "List the need-to-know groups by name (admin role)",
            "operationId": "listGroups",
            "parameters": [{ "$ref": "#/components/parameters/Limit" }, { "$ref": "#/components/parameters/Cursor" }],
            "responses": {
              "200": { "description": "A page of groups", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/GroupList" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "invalid-limit, invalid-cursor." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required: the admin role." }
            }
          },
          "post": {
            "summary": "Create a need-to-know group (admin role; audited as group.create)",
            "operationId": "createGroup",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/CreateGroup" } } } },
            "responses": {
              "201": {
                "description": "Created, without members",
                "links": { "GetGroup": { "$ref": "#/components/links/GetGroup" } },
                "headers": { "Location": { "$ref": "#/components/headers/Location" } },
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Group" } } }
              },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "invalid-field (name, title)." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required: the admin role." },
              "409": { "$ref": "#/components/responses/Conflict", "description": "group-exists: a group of that name exists, whatever the case." },
              "413": { "$ref": "#/components/responses/ContentTooLarge" }
            }
          }
        },
        "/api/v1/groups/{name}": {
          "parameters": [{ "$ref": "#/components/parameters/GroupName" }],
          "get": {
            "summary": "One group with its members (admin role)",
            "operationId": "getGroup",
            "responses": {
              "200": { "description": "The group", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Group" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required: the admin role." },
              "404": { "$ref": "#/components/responses/NotFound", "description": "group-not-found." }
            }
          }
        },
        "/api/v1/groups/{name}/members/{username}": {
          "parameters": [{ "$ref": "#/components/parameters/GroupName" }, { "$ref": "#/components/parameters/Username" }],
          "put": {
            "summary": "Put the account in the group (admin role; audited as group.member.add); the same answer when it already is a member",
            "operationId": "addGroupMember",
            "responses": {
              "204": { "description": "The account is a member" },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required: the admin role." },
              "404": { "$ref": "#/components/responses/NotFound", "description": "group-not-found, user-not-found." }
            }
          },
          "delete": {
            "summary": "Take the account out of the group (admin role; audited as group.member.remove)",
            "operationId": "removeGroupMember",
            "responses": {
              "204": { "description": "Removed" },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required: the admin role." },
              "404": { "$ref": "#/components/responses/NotFound", "description": "group-not-found, user-not-found, not-a-member." }
            }
          }
        },
        "/api/v1/admin/throttles": {
          "get": {
            "summary": "The sign-in throttle's counters that count (admin role): by name and address, by address, by name",
            "description": "A counter names the name as typed (it need not be an account) and/or the client's address, its failures, and the wait it imposes (retryAfter seconds, 0 when none). docs/security-model.md states the policy.",
            "operationId": "listThrottles",
            "parameters": [{ "$ref": "#/components/parameters/Limit" }, { "$ref": "#/components/parameters/Cursor" }],
            "responses": {
              "200": { "description": "A page of counters, oldest first", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ThrottleList" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "invalid-limit, invalid-cursor." },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required: the admin role." }
            }
          }
        },
        "/api/v1/admin/throttles/{id}": {
          "parameters": [{ "name": "id", "in": "path", "required": true, "description": "A counter's id.", "schema": { "$ref": "#/components/schemas/Id" } }],
          "delete": {
            "summary": "Clear a counter: its failures are forgotten and its wait ends (admin role; audited as throttle.clear)",
            "operationId": "clearThrottle",
            "responses": {
              "204": { "description": "Cleared" },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden", "description": "role-required: the admin role." },
              "404": { "$ref": "#/components/responses/NotFound", "description": "throttle-not-found." }
            }
          }
        }
      },
      "components": {
        "parameters": {
          "Username": { "name": "username", "in": "path", "required": true, "description": "A user name (any case).", "schema": { "type": "string", "minLength": 1 } },
          "GroupName": { "name": "name", "in": "path", "required": true, "description": "A group's name, as written.", "schema": { "type": "string", "minLength": 1 } }
        },
        "links": {
          "GetUser": { "operationId": "getUser", "parameters": { "path.username": "$response.body#/username" }, "description": "Read the account." },
          "UpdateUser": { "operationId": "updateUser", "parameters": { "path.username": "$response.body#/username", "header.If-Match": "$response.header.ETag" }, "description": "Change the version just read." },
          "GetGroup": { "operationId": "getGroup", "parameters": { "path.name": "$response.body#/name" }, "description": "Read the group and its members." }
        },
        "schemas": {
          "Account": {
            "type": "object", "additionalProperties": false,
            "required": ["id", "username", "displayName", "clearance", "nationality", "categories", "roles", "units", "groups", "disabled", "version", "createdAt", "updatedAt"],
            "properties": {
              "id": { "$ref": "#/components/schemas/Id" }, "username": { "type": "string" }, "displayName": { "type": "string" },
              "clearance": { "$ref": "#/components/schemas/Classification" }, "nationality": { "type": "string" },
              "categories": { "type": "array", "items": { "type": "string" } },
              "roles": { "type": "array", "items": { "$ref": "#/components/schemas/Role" } },
              "units": { "type": "array", "items": { "type": "string" } },
              "groups": { "type": "array", "items": { "type": "string" } },
              "language": { "type": "string", "enum": ["en", "fr"], "description": "Absent when the account has not chosen." },
              "disabled": { "type": "boolean", "description": "A disabled account cannot sign in, and its sessions and tokens do not work." },
              "version": { "type": "integer", "minimum": 1 },
              "createdAt": { "$ref": "#/components/schemas/Timestamp" }, "updatedAt": { "$ref": "#/components/schemas/Timestamp" }
            }
          },
          "AccountList": {
            "type": "object", "additionalProperties": false, "required": ["items"],
            "properties": {
              "items": { "type": "array", "items": { "$ref": "#/components/schemas/Account" } },
              "nextCursor": { "type": "string", "description": "Absent on the last page." }
            }
          },
          "Role": {
            "type": "string",
            "enum": ["admin", "auditor", "registry.clerk", "registry.supervisor", "health.clerk", "health.clinician", "health.advisor", "health.overbook", "hr.caseofficer", "legal.counsel", "recruitment.assistant", "recruitment.panel", "intel.assistant", "intel.analyst"]
          },
          "Nationality": {
            "type": "string", "description": "ISO 3166 alpha-3 code of a member nation, or an organisation (any case).",
            "enum": ["ALB", "BEL", "BGR", "CAN", "HRV", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "ISL", "ITA", "LVA", "LTU", "LUX", "MNE", "NLD", "MKD", "NOR", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE", "TUR", "GBR", "USA", "EU", "UN", "KFOR", "EAPC"]
          },
          "CreateAccount": {
            "type": "object", "additionalProperties": false, "required": ["username", "password", "clearance", "nationality"],
            "properties": {
              "username": { "type": "string", "pattern": "^[A-Za-z0-9._-]{2,64}$", "description": "Stored in lower case." },
              "password": { "type": "string", "format": "password", "minLength": 12, "description": "The initial password; never returned." },
              "displayName": { "type": "string", "maxLength": 200, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$", "description": "The name pages show (default: the user name)." },
              "clearance": { "$ref": "#/components/schemas/ClassificationInput" },
              "nationality": { "$ref": "#/components/schemas/Nationality" },
              "categories": { "type": "array", "maxItems": 64, "items": { "type": "string" }, "description": "Special categories briefed (of the installation's catalogue)." },
              "roles": { "type": "array", "maxItems": 32, "items": { "$ref": "#/components/schemas/Role" } },
              "units": { "type": "array", "maxItems": 64, "items": { "type": "string", "pattern": "^[A-Za-z0-9_-]{1,32}$" } },
              "groups": { "type": "array", "maxItems": 256, "items": { "type": "string", "pattern": "^[A-Za-z0-9_-]{1,32}$" }, "description": "Existing groups." },
              "disabled": { "type": "boolean", "description": "Create the account disabled (default false)." }
            }
          },
          "UpdateAccount": {
            "type": "object", "additionalProperties": false, "description": "Only the fields present change; null is refused.",
            "properties": {
              "displayName": { "type": "string", "maxLength": 200, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029][^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$" },
              "clearance": { "$ref": "#/components/schemas/ClassificationInput" },
              "nationality": { "$ref": "#/components/schemas/Nationality" },
              "categories": { "type": "array", "maxItems": 64, "items": { "type": "string" } },
              "roles": { "type": "array", "maxItems": 32, "items": { "$ref": "#/components/schemas/Role" } },
              "units": { "type": "array", "maxItems": 64, "items": { "type": "string", "pattern": "^[A-Za-z0-9_-]{1,32}$" } },
              "groups": { "type": "array", "maxItems": 256, "items": { "type": "string", "pattern": "^[A-Za-z0-9_-]{1,32}$" } },
              "disabled": { "type": "boolean", "description": "true locks the account, false unlocks it." }
            }
          },
          "SetPassword": {
            "type": "object", "additionalProperties": false, "required": ["password"],
            "properties": { "password": { "type": "string", "format": "password", "minLength": 12 } }
          },
          "Group": {
            "type": "object", "additionalProperties": false, "required": ["id", "name", "title", "createdAt", "updatedAt"],
            "properties": {
              "id": { "$ref": "#/components/schemas/Id" }, "name": { "type": "string" }, "title": { "type": "string" },
              "createdAt": { "$ref": "#/components/schemas/Timestamp" }, "updatedAt": { "$ref": "#/components/schemas/Timestamp" },
              "members": { "type": "array", "description": "One group's members (absent in lists).", "items": { "$ref": "#/components/schemas/GroupMember" } }
            }
          },
          "GroupMember": {
            "type": "object", "additionalProperties": false, "required": ["id", "username", "displayName"],
            "properties": { "id": { "$ref": "#/components/schemas/Id" }, "username": { "type": "string" }, "displayName": { "type": "string" } }
          },
          "GroupList": {
            "type": "object", "additionalProperties": false, "required": ["items"],
            "properties": {
              "items": { "type": "array", "items": { "$ref": "#/components/schemas/Group" } },
              "nextCursor": { "type": "string", "description": "Absent on the last page." }
            }
          },
          "CreateGroup": {
            "type": "object", "additionalProperties": false, "required": ["name"],
            "properties": {
              "name": { "type": "string", "pattern": "^[A-Za-z0-9_-]{1,32}$", "description": "Unique whatever the case, e.g. HR-CASES." },
              "title": { "type": "string", "maxLength": 200, "description": "What the group is for (default: its name). Empty means the default." }
            }
          },
          "Throttle": {
            "type": "object", "additionalProperties": false, "required": ["id", "scope", "failures", "lastFailureAt", "retryAfter"],
            "properties": {
              "id": { "$ref": "#/components/schemas/Id" },
              "scope": { "type": "string", "enum": ["name-address", "address", "name"], "description": "What the counter counts: one name from one address, one address, or one name from every address." },
              "username": { "type": "string", "description": "The name as typed, lower-cased (absent for the address scope)." },
              "address": { "type": "string", "description": "The client's address (absent for the name scope)." },
              "failures": { "type": "integer", "minimum": 1 },
              "lastFailureAt": { "$ref": "#/components/schemas/Timestamp" },
              "blockedUntil": { "$ref": "#/components/schemas/Timestamp" },
              "retryAfter": { "type": "integer", "minimum": 0, "description": "Seconds of wait left; 0 when the counter imposes none." }
            }
          },
          "ThrottleList": {
            "type": "object", "additionalProperties": false, "required": ["items"],
            "properties": {
              "items": { "type": "array", "items": { "$ref": "#/components/schemas/Throttle" } },
              "nextCursor": { "type": "string", "description": "Absent on the last page." }
            }
          }
        }
      }
    }
    """#
}
