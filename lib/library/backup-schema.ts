// JSON Schemas of the backup file. REPORT_SCHEMA is the contract's report.schema.json
// (../shared/contract), written out here because the extension cannot read files outside its bundle;
// tests/unit/library/backup.test.ts checks it still equals the contract.
import type { JsonSchema } from './jsonschema';

export const BACKUP_FORMAT = 'notice-lens-backup';
export const BACKUP_VERSION = 1;

export const REPORT_SCHEMA: JsonSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "notice-report.v1",
  "title": "Notice report, schema version 1",
  "type": "object",
  "required": [
    "schemaVersion",
    "source",
    "language",
    "isPrivacyNotice",
    "sections",
    "facts",
    "flags"
  ],
  "properties": {
    "schemaVersion": {
      "const": 1
    },
    "source": {
      "type": "object",
      "required": [
        "kind"
      ],
      "properties": {
        "kind": {
          "enum": [
            "page",
            "html",
            "text",
            "markdown"
          ]
        },
        "url": {
          "type": [
            "string",
            "null"
          ]
        },
        "title": {
          "type": [
            "string",
            "null"
          ]
        },
        "analyzedAt": {
          "type": "string",
          "description": "ISO 8601 timestamp"
        },
        "contentHash": {
          "type": "string",
          "description": "hash of the extracted notice text, to recognise an unchanged notice"
        },
        "characters": {
          "type": "integer"
        }
      }
    },
    "language": {
      "type": "string",
      "description": "ISO 639-1 code of the notice text, e.g. fr, en"
    },
    "isPrivacyNotice": {
      "type": "boolean"
    },
    "noticeScore": {
      "type": "number",
      "minimum": 0,
      "maximum": 1
    },
    "lastUpdated": {
      "type": [
        "string",
        "null"
      ],
      "description": "ISO date"
    },
    "sections": {
      "type": "array",
      "items": {
        "type": "object",
        "required": [
          "id",
          "heading",
          "tags",
          "passages"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "heading": {
            "type": [
              "string",
              "null"
            ]
          },
          "level": {
            "type": "integer"
          },
          "tags": {
            "type": "array",
            "items": {
              "$ref": "#/$defs/tag"
            }
          },
          "passages": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "id",
                "text",
                "tags"
              ],
              "properties": {
                "id": {
                  "type": "string"
                },
                "text": {
                  "type": "string"
                },
                "tags": {
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/tag"
                  }
                },
                "why": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  },
                  "description": "the cue words or rule ids that produced the tags"
                }
              }
            }
          }
        }
      }
    },
    "facts": {
      "type": "object",
      "required": [
        "retention",
        "childrenMinAge",
        "transfers",
        "rights",
        "contacts",
        "authorities",
        "sellsData"
      ],
      "properties": {
        "retention": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "text",
              "days"
            ],
            "properties": {
              "text": {
                "type": "string"
              },
              "days": {
                "type": [
                  "integer",
                  "null"
                ]
              },
              "iso": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "appliesTo": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "indefinite": {
                "type": "boolean"
              },
              "passageId": {
                "type": "string"
              }
            }
          }
        },
        "childrenMinAge": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "age"
            ],
            "properties": {
              "age": {
                "type": "integer"
              },
              "region": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "parentalConsent": {
                "type": [
                  "boolean",
                  "null"
                ]
              },
              "passageId": {
                "type": "string"
              }
            }
          }
        },
        "transfers": {
          "type": "object",
          "required": [
            "destinations",
            "safeguards"
          ],
          "properties": {
            "destinations": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "safeguards": {
              "type": "array",
              "items": {
                "enum": [
                  "adequacy",
                  "scc",
                  "bcr",
                  "dpf",
                  "privacy-shield",
                  "consent",
                  "derogation"
                ]
              }
            }
          }
        },
        "rights": {
          "type": "array",
          "items": {
            "enum": [
              "access",
              "rectification",
              "erasure",
              "restriction",
              "portability",
              "objection",
              "withdraw-consent",
              "complaint",
              "automated-decision",
              "opt-out-sale",
              "limit-sensitive",
              "non-discrimination",
              "know",
              "post-mortem"
            ]
          }
        },
        "contacts": {
          "type": "object",
          "required": [
            "emails"
          ],
          "properties": {
            "emails": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "dpoEmails": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "postalAddresses": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "urls": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "phones": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          }
        },
        "authorities": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "name"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "country": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "url": {
                "type": [
                  "string",
                  "null"
                ]
              }
            }
          }
        },
        "sellsData": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "responseDays": {
          "type": [
            "integer",
            "null"
          ]
        }
      }
    },
    "flags": {
      "type": "array",
      "items": {
        "type": "object",
        "required": [
          "id",
          "severity"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "severity": {
            "enum": [
              "high",
              "medium",
              "info"
            ]
          },
          "passageId": {
            "type": [
              "string",
              "null"
            ]
          },
          "message": {
            "type": "string"
          }
        }
      }
    },
    "timings": {
      "type": "object",
      "additionalProperties": {
        "type": "number"
      },
      "description": "milliseconds per pipeline stage"
    }
  },
  "$defs": {
    "tag": {
      "enum": [
        "collection",
        "purposes",
        "legal-basis",
        "sharing",
        "transfers",
        "retention",
        "rights",
        "children",
        "cookies",
        "security",
        "contact",
        "changes",
        "automated-decisions"
      ]
    }
  }
};

const STATUSES = ['drafted', 'sent', 'acknowledged', 'extended', 'answered', 'reminded', 'complaint', 'closed'];
const stringOrNull = { type: ['string', 'null'] };

/** The backup file, version 1. Unknown fields are allowed (and kept) so that a backup stays readable. */
export const BACKUP_SCHEMA: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'notice-lens-backup.v1',
  type: 'object',
  required: ['format', 'version', 'exportedAt', 'data'],
  properties: {
    format: { const: BACKUP_FORMAT },
    version: { const: BACKUP_VERSION },
    exportedAt: { type: 'string' },
    data: {
      type: 'object',
      required: ['versions', 'sections', 'requests', 'profile'],
      properties: {
        sections: {
          type: 'array',
          items: {
            type: 'object',
            required: ['k', 'section'],
            properties: { k: { type: 'string' }, section: { $ref: '#/$defs/section' } },
          },
        },
        versions: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'site', 'url', 'title', 'contentHash', 'savedAt', 'report'],
            properties: {
              id: { type: 'integer', minimum: 1 },
              site: { type: 'string' },
              url: { type: 'string' },
              title: stringOrNull,
              contentHash: { type: 'string' },
              savedAt: { type: 'string' },
              report: { $ref: '#/$defs/storedReport' },
              text: { type: 'string' },
            },
          },
        },
        requests: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'site', 'type', 'status', 'history', 'createdAt', 'updatedAt'],
            properties: {
              id: { type: 'integer', minimum: 1 },
              site: { type: 'string' },
              versionId: { type: ['integer', 'null'] },
              type: { type: 'string' },
              law: { type: 'string' },
              language: { type: 'string' },
              recipient: { type: 'string' },
              channel: { type: 'string' },
              subject: { type: 'string' },
              letter: { type: 'string' },
              status: { enum: STATUSES },
              sentAt: stringOrNull,
              dueDate: stringOrNull,
              history: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['status', 'at'],
                  properties: { status: { enum: STATUSES }, at: { type: 'string' }, note: { type: 'string' } },
                },
              },
              notes: { type: 'string' },
              createdAt: { type: 'string' },
              updatedAt: { type: 'string' },
            },
          },
        },
        profile: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id'],
            properties: {
              id: { const: 'me' },
              name: { type: 'string' },
              email: { type: 'string' },
              postalAddress: { type: 'string' },
              accountNumber: { type: 'string' },
            },
          },
        },
      },
    },
  },
  $defs: { ...REPORT_SCHEMA.$defs, storedReport: storedReportSchema(), section: REPORT_SCHEMA.properties!.sections.items! },
};

/**
 * A report as a version row stores it (lib/db.ts StoredReport): the contract's report schema, its own
 * $defs hoisted to the root, with `sections` replaced by the keys of the sections in the file's list.
 */
function storedReportSchema(): JsonSchema {
  const { $schema: _s, $id: _i, $defs: _d, ...report } = structuredClone(REPORT_SCHEMA);
  report.properties = { ...report.properties, sections: { type: 'array', items: { type: 'string' } } };
  return report;
}
