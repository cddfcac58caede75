extension OpenAPIDocument {
    /// The search's path and schemas.
    static let search = #"""
    {
      "paths": {
        "/api/v1/search": {
          "get": {
            "summary": "Full-text search over every office, trimmed to what the caller may read",
            "description": "Words (all must match; accents and plurals folded, English and French), \"exact phrase\", prefix*, -excluded or NOT excluded, a OR b (binds tighter than the implicit AND), and the filters ref: (reference prefix), class: (highest classification: NU, NR, NC, NS, CTS), series:, office: (registry, health, hr, recruitment, intelligence), type:, from: and to: (2026-03-31, 2026-03 or 2026). Hits, total and facets count only the objects the caller may read; a page showing NC+ or compartmented objects is an audited read. A malformed query is a 400 whose detail says what to change.",
            "operationId": "search",
            "parameters": [
              { "name": "q", "in": "query", "required": true, "description": "The query, at most 512 characters", "schema": { "type": "string", "maxLength": 512 } },
              { "name": "cursor", "in": "query", "required": false, "description": "The `next` of the previous page", "schema": { "type": "string" } },
              { "name": "limit", "in": "query", "required": false, "description": "Hits per page, 1 to 100 (20)", "schema": { "type": "integer", "minimum": 1, "maximum": 100 } }
            ],
            "responses": {
              "200": { "description": "A page of results", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SearchResults" } } } },
              "400": { "$ref": "#/components/responses/Problem" },
              "401": { "$ref": "#/components/responses/Problem" }
            }
          }
        }
      },
      "components": {
        "schemas": {
          "SearchResults": {
            "type": "object",
            "required": ["total", "hits", "facets"],
            "properties": {
              "total": { "type": "integer", "description": "How many readable objects match" },
              "hits": { "type": "array", "items": { "$ref": "#/components/schemas/SearchHit" } },
              "facets": {
                "type": "object",
                "description": "Counts of the readable matches by office, type, classification (abbreviation) and year",
                "required": ["office", "type", "classification", "year"],
                "properties": {
                  "office": { "$ref": "#/components/schemas/FacetCounts" },
                  "type": { "$ref": "#/components/schemas/FacetCounts" },
                  "classification": { "$ref": "#/components/schemas/FacetCounts" },
                  "year": { "$ref": "#/components/schemas/FacetCounts" }
                }
              },
              "next": { "type": ["string", "null"], "description": "Cursor of the next page; absent on the last" }
            }
          },
          "FacetCounts": { "type": "object", "additionalProperties": { "type": "integer" } },
          "SearchHit": {
            "type": "object",
            "required": ["id", "kind", "office", "type", "title", "snippet", "label", "banner"],
            "properties": {
              "id": { "type": "string" },
              "kind": { "type": "string", "description": "The object's kind, e.g. record" },
              "office": { "type": "string" },
              "type": { "type": "string", "description": "The office's type of the object, e.g. minutes" },
              "reference": { "type": ["string", "null"] },
              "title": { "type": "string" },
              "date": { "type": ["string", "null"], "description": "YYYY-MM-DD" },
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
