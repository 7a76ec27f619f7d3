import { edgeDates, edgeDateTimes, edgeNumbers, edgePathValues, edgeQueryValues, edgeStrings, wrongTypes } from './edge-values';
import { expectedKind, type JsonSchema, type KnownIds, sampleValue, variantsOf } from './json-schema-values';
import type { Operation } from './operations';
import type { SeededRandom } from './random';

export interface FuzzRequest {
  method: string;
  /** Path and query, URL-encoded. */
  url: string;
  body?: string;
  /** What was changed from a valid request, for the report. */
  mutation: string;
}

const describe = (value: unknown) => {
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 37)}…(${text.length})` : text;
};

/** An edge value of the kind the schema expects, or (sometimes) of another kind. */
function edgeValueFor(schema: JsonSchema, random: SeededRandom): unknown {
  if (random.chance(0.2)) return random.pick(wrongTypes);
  switch (expectedKind(schema)) {
    case 'date':
      return random.pick(edgeDates);
    case 'date-time':
      return random.pick(edgeDateTimes);
    case 'number':
      return random.pick(edgeNumbers);
    case 'string':
      return random.pick(edgeStrings);
    default:
      return random.pick([...wrongTypes, random.pick(edgeStrings), random.pick(edgeNumbers)]);
  }
}

/** Object schemas inside a body, with their paths (members.0, home, …), for choosing a field to break. */
function objectsIn(
  schema: JsonSchema,
  value: unknown,
  path: (string | number)[] = [],
): { schema: JsonSchema; path: (string | number)[] }[] {
  const variants = variantsOf(schema);
  const effective = variants.length ? (variants.find((v) => v.properties || v.items) ?? variants[0]) : schema;
  if (effective.properties && value && typeof value === 'object' && !Array.isArray(value)) {
    return [
      { schema: effective, path },
      ...Object.entries(effective.properties).flatMap(([key, property]) =>
        objectsIn(property, (value as Record<string, unknown>)[key], [...path, key]),
      ),
    ];
  }
  if (effective.items && Array.isArray(value) && value.length) return objectsIn(effective.items, value[0], [...path, 0]);
  return [];
}

const at = (root: unknown, path: (string | number)[]): Record<string | number, unknown> =>
  path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], root) as Record<string | number, unknown>;

function mutateBody(schema: JsonSchema, body: unknown, random: SeededRandom): { body: unknown; mutation: string } {
  const roll = random.next();
  if (roll < 0.05) {
    const replacement = random.pick(wrongTypes);
    return { body: replacement, mutation: `body = ${describe(replacement)}` };
  }
  const objects = objectsIn(schema, body);
  if (!objects.length) return { body: random.pick(wrongTypes), mutation: 'body of the wrong type' };
  const target = random.pick(objects);
  const holder = at(body, target.path);
  const keys = Object.keys(target.schema.properties ?? {});
  const where = target.path.join('.');
  if (roll < 0.15 && keys.length) {
    const key = random.pick(target.schema.required?.length ? target.schema.required : keys);
    delete holder[key];
    return { body, mutation: `without ${where ? `${where}.` : ''}${key}` };
  }
  if (roll < 0.22) {
    // defineProperty, so that `__proto__` becomes a key of the JSON rather than the prototype.
    const extra = random.pick(['extra', '__proto__', 'constructor', 'municipality', 'id']);
    Object.defineProperty(holder, extra, { value: random.pick(edgeStrings), enumerable: true, writable: true, configurable: true });
    return { body, mutation: `extra field in ${where || 'body'}` };
  }
  if (!keys.length) return { body: random.pick(wrongTypes), mutation: 'body of the wrong type' };
  const key = random.pick(keys);
  const value = edgeValueFor(target.schema.properties?.[key] ?? {}, random);
  holder[key] = value;
  return { body, mutation: `${where ? `${where}.` : ''}${key} = ${describe(value)}` };
}

/**
 * One request for an operation: a valid-looking baseline (known ids where the path or body
 * names a record), then usually one field broken with an edge value, removed, or added.
 */
export function fuzzRequest(operation: Operation, random: SeededRandom, ids: KnownIds): FuzzRequest {
  const mutations: string[] = [];
  const pathValues: Record<string, string> = {};
  for (const name of operation.pathParams) {
    pathValues[name] = ids[name]?.length && random.chance(0.6) ? random.pick(ids[name]) : random.pick(edgePathValues);
  }
  const query = new URLSearchParams();
  for (const parameter of operation.query) {
    if (parameter.required || random.chance(0.3)) query.set(parameter.name, String(sampleValue(parameter.schema, parameter.name, ids)));
  }
  let body = operation.body ? sampleValue(operation.body, '', ids) : undefined;

  const kind = random.next();
  if (kind < 0.1) {
    mutations.push('none');
  } else if (operation.body && kind < 0.7) {
    const mutated = mutateBody(operation.body, body, random);
    body = mutated.body;
    mutations.push(mutated.mutation);
  } else if (operation.query.length && kind < 0.9) {
    const parameter = random.pick(operation.query);
    const value = random.pick(edgeQueryValues);
    query.delete(parameter.name);
    for (const item of Array.isArray(value) ? value : [value]) query.append(parameter.name, item);
    mutations.push(`?${parameter.name}=${describe(value)}`);
  } else if (operation.pathParams.length) {
    const name = random.pick(operation.pathParams);
    pathValues[name] = random.pick(edgePathValues);
    mutations.push(`{${name}} = ${describe(pathValues[name])}`);
  } else {
    query.set(random.pick(['extra', 'limit', 'offset']), random.pick(edgeStrings.filter((s) => s.length < 3_000)));
    mutations.push('unknown query parameter');
  }

  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(pathValues[name]));
  const search = query.toString();
  const raw = operation.body && random.chance(0.03) ? '{"truncated": ' : undefined;
  return {
    method: operation.method,
    url: search ? `${path}?${search}` : path,
    body: raw ?? (operation.body !== undefined ? (JSON.stringify(body) ?? 'null') : undefined),
    mutation: raw ? 'invalid JSON' : mutations.join(', '),
  };
}
