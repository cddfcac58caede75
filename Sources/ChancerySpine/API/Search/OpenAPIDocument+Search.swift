extension OpenAPIDocument {
    /// The search's path and schemas.
    package static let search = #"""
    {
      "paths": {
        "/api/v1/search": {
          "get": {
            "summary": "Full-text search over every office, trimmed to what the caller may read",
            "description": "Words (all must match; accents and plurals folded, English and French), \"exact phrase\", prefix*, -excluded or NOT excluded, a OR b (binds tighter than the implicit AND), and the filters ref: (reference prefix), class: (highest classification: NU, NR, NC, NS, CTS), series:, office: (registry, health, hr, recruitment, intelligence), type:, from: and to: (2026-03-31, 2026-03 or 2026), and the field filters meta.<key>: (a value of the item's metadata under that key, e.g. meta.case_ref:HR-2026-14) and filename: (the name of one of its files, e.g. filename:minutes*): the whole value, or its beginning with a final *, case, accents and punctuation folded (a value with spaces is quoted: filename:\"minutes of march\"*). Hits, total and facets count only the objects the caller may read; a page showing NC+ or compartmented objects is an audited read. A malformed query is a 400 whose detail says what to change.",
            "operationId": "search",
            "parameters": [
              { "name": "q", "in": "query", "required": true, "description": "The query, 1 to 512 characters, e.g. minutes logistics, meta.case_ref:HR-2026-14 or filename:minutes* series:IMSM. The query string is read as a form: + is a space (a literal + is %2B).", "schema": { "type": "string", "minLength": 1, "maxLength": 512 } },
              { "name": "cursor", "in": "query", "required": false, "description": "The `next` of the previous page (opaque)", "schema": { "type": "string" } },
              { "name": "limit", "in": "query", "required": false, "description": "Hits per page", "schema": { "type": "integer", "minimum": 1, "maximum": 100, "default": 20 } }
            ],
            "responses": {
              "200": { "description": "A page of results", "headers": { "X-Classification": { "$ref": "#/components/headers/Classification" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SearchResults" } } } },
              "400": { "$ref": "#/components/responses/BadRequest", "description": "invalid-search (the detail says what to change in the query), invalid-limit, invalid-cursor." },
              "401": { "$ref": "#/components/responses/Unauthorized" }
            }
          }
        }
      },
      "components": {
        "schemas": {
          "SearchResults": {
            "type": "object", "additionalProperties": false,
            "required": ["total", "hits", "facets"],
            "properties": {
              "total": { "type": "integer", "minimum": 0, "description": "How many readable objects match" },
              "hits": { "type": "array", "items": { "$ref": "#/components/schemas/SearchHit" } },
              "facets": {
                "type": "object", "additionalProperties": false,
                "description": "Counts of the readable matches by office, type, classification (abbreviation) and year",
                "required": ["office", "type", "classification", "year"],
                "properties": {
                  "office": { "$ref": "#/components/schemas/FacetCounts" },
                  "type": { "$ref": "#/components/schemas/FacetCounts" },
                  "classification": { "$ref": "#/components/schemas/FacetCounts" },
                  "year": { "$ref": "#/components/schemas/FacetCounts" }
                }
              },
              "next": { "type": "string", "description": "Cursor of the next page; absent on the last" }
            }
          },
          "FacetCounts": { "type": "object", "additionalProperties": { "type": "integer", "minimum": 0 } },
          "SearchHit": {
            "type": "object", "additionalProperties": false,
            "required": ["id", "kind", "office", "type", "title", "snippet", "label", "banner"],
            "properties": {
              "id": { "$ref": "#/components/schemas/Id" },
              "kind": { "type": "string", "description": "The object's kind, e.g. record" },
              "office": { "type": "string" },
              "type": { "type": "string", "description": "The office's type of the object, e.g. minutes" },
              "reference": { "type": "string" },
              "title": { "type": "string" },
              "date": { "type": "string", "description": "YYYY-MM-DD" },
              "snippet": { "type": "string", "description": "HTML: the object's own text, escaped, with the words found in <mark>" },
              "label": { "$ref": "#/components/schemas/Label" },
              "banner": { "type": "string" }
            }
          }
        }
      }
    }
    """#
}
