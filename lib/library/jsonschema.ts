// A small JSON Schema (2020-12) checker for the subset our schemas use: type, const, enum, required,
// properties, additionalProperties, items, $ref to #/$defs, minimum, maximum.
// Why not ajv in the product: ajv compiles schemas with `new Function`, which the MV3 extension CSP
// forbids, and its standalone output would be a generated file to keep in sync. The schemas stay plain
// JSON Schema; tests/unit/library/backup.test.ts checks that ajv agrees with this checker on them.

export interface JsonSchema {
  type?: string | string[];
  const?: unknown;
  enum?: readonly unknown[];
  required?: readonly string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  minimum?: number;
  maximum?: number;
  [other: string]: unknown;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
  return typeOf(value) === type;
}

/** The first problem found, as `path: what`, or null when `value` fits the schema. */
export function checkSchema(schema: JsonSchema, value: unknown, root: JsonSchema = schema, path = '$'): string | null {
  if (schema.$ref) {
    const name = /^#\/\$defs\/(.+)$/.exec(schema.$ref)?.[1];
    const target = name ? root.$defs?.[name] : undefined;
    if (!target) return `${path}: unknown schema reference ${schema.$ref}`;
    return checkSchema(target, value, root, path);
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => hasType(value, t))) return `${path}: expected ${types.join(' or ')}, found ${typeOf(value)}`;
  }
  if ('const' in schema && value !== schema.const) return `${path}: expected ${JSON.stringify(schema.const)}`;
  if (schema.enum && !schema.enum.includes(value)) return `${path}: ${JSON.stringify(value)} is not one of the allowed values`;
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return `${path}: below ${schema.minimum}`;
    if (schema.maximum !== undefined && value > schema.maximum) return `${path}: above ${schema.maximum}`;
  }
  if (Array.isArray(value) && schema.items) {
    for (let i = 0; i < value.length; i++) {
      const problem = checkSchema(schema.items, value[i], root, `${path}[${i}]`);
      if (problem) return problem;
    }
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (!(key in object)) return `${path}: missing ${key}`;
    }
    for (const key of Object.keys(object)) {
      const sub = schema.properties?.[key];
      if (sub) {
        const problem = checkSchema(sub, object[key], root, `${path}.${key}`);
        if (problem) return problem;
      } else if (schema.additionalProperties === false) {
        return `${path}: unexpected ${key}`;
      } else if (typeof schema.additionalProperties === 'object') {
        const problem = checkSchema(schema.additionalProperties, object[key], root, `${path}.${key}`);
        if (problem) return problem;
      }
    }
  }
  return null;
}
