import { makeNorwegianId, todayInOslo } from '@ankomst/contracts';

/** The part of JSON Schema (as zod writes it) the fuzz reads. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  default?: unknown;
}

/** Ids the system holds (a registered household, its person, a dwelling …), by field name. */
export type KnownIds = Record<string, string[]>;

// Patterns of the contracts, each with a value that matches it.
const patternSamples: Array<[RegExp, string]> = [
  [/\\d\{4\}/, '4006'],
  [/\[A-Z\]\{2\}/, 'SY'],
  [/\[a-z\]\{2,3\}/, 'ar'],
  [/\[a-z0-9\]\[a-z0-9\._-\]/, 'fuzz.user'],
];

const typeOf = (schema: JsonSchema): string | undefined =>
  Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;

/** The schema's variants, if it is a union (the first is used for a valid value). */
export const variantsOf = (schema: JsonSchema): JsonSchema[] => schema.anyOf ?? schema.oneOf ?? [];

/** A D-nummer of someone born today: it agrees with the baseline's birth date, which is today too. */
function nationalIdBornToday(): string {
  const [year, month, day] = todayInOslo().split('-').map(Number);
  for (let individual = 500; individual < 1000; individual++) {
    const id = makeNorwegianId({ year, month, day }, individual, 'd-nummer');
    if (id) return id;
  }
  throw new Error('no D-nummer for today');
}

const nextYear = () => `${Number(todayInOslo().slice(0, 4)) + 1}${todayInOslo().slice(4)}`;

function sampleString(schema: JsonSchema, name: string, ids: KnownIds): string {
  if (ids[name]?.length) return ids[name][0];
  if (name === 'nationalId') return nationalIdBornToday();
  // The end of a period comes after its start (validFrom → validTo, start → end).
  if (schema.format === 'date') return /To$|^end/.test(name) ? nextYear() : todayInOslo();
  if (schema.format === 'date-time') return new Date().toISOString();
  if (schema.format === 'uuid') return '7a1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
  if (schema.pattern) {
    const known = patternSamples.find(([pattern]) => pattern.test(schema.pattern ?? ''));
    if (known) return known[1];
  }
  if (/scope/i.test(name)) return 'housing-status→coordination-group';
  const length = Math.min(Math.max(schema.minLength ?? 0, 12), schema.maxLength ?? 12);
  return 'Fuzzvalue abcdefghij'.slice(0, length).padEnd(length, 'x');
}

/**
 * A value the schema accepts as far as its JSON Schema tells (a baseline that mutations then
 * break one field at a time). Known ids stand in for fields that name records.
 */
export function sampleValue(schema: JsonSchema, name = '', ids: KnownIds = {}): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const variants = variantsOf(schema);
  if (variants.length) return sampleValue(variants.find((v) => typeOf(v) !== 'null') ?? variants[0], name, ids);
  if (schema.allOf?.length) return sampleValue(schema.allOf[0], name, ids);
  switch (typeOf(schema)) {
    case 'string':
      return sampleString(schema, name, ids);
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 0);
      return Math.min(Math.max(min, 1), schema.maximum ?? 1);
    }
    case 'boolean':
      return false;
    case 'array':
      return Array.from({ length: Math.max(schema.minItems ?? 0, 1) }, () => sampleValue(schema.items ?? {}, name, ids));
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(schema.properties ?? {})) value[key] = sampleValue(property, key, ids);
      return value;
    }
    default:
      return null;
  }
}

/** The JSON type a schema expects, for choosing edge values of that type. */
export function expectedKind(schema: JsonSchema): 'string' | 'date' | 'date-time' | 'number' | 'boolean' | 'array' | 'object' | 'other' {
  const variants = variantsOf(schema);
  if (variants.length) return expectedKind(variants.find((v) => typeOf(v) !== 'null') ?? variants[0]);
  const type = typeOf(schema);
  if (type === 'string') return schema.format === 'date' ? 'date' : schema.format === 'date-time' ? 'date-time' : 'string';
  if (type === 'integer' || type === 'number') return 'number';
  if (type === 'boolean' || type === 'array' || type === 'object') return type;
  return 'other';
}
