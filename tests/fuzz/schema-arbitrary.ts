// Property-based inputs for one IPC channel, read from its zod schema (through its JSON Schema):
// values at each boundary the schema states and just beyond it (one character past a max
// length, one below a minimum, a value outside an enum), plus wrong types, unknown fields,
// prototype-pollution keys, huge strings and deep nesting. Most inputs land near the boundary,
// where handlers and validators disagree.
import fc from 'fast-check';
import { z } from 'zod';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  additionalProperties?: boolean | JsonSchema;
};

// Strings longer than this are built once, not per case: a 200 MB import limit is checked by
// length, and building it in every case would only slow the run.
const LONGEST_BUILT = 1_000_000;
const HUGE = 'x'.repeat(LONGEST_BUILT);
const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'];

const wrongType = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0),
  fc.string({ maxLength: 8 }),
  fc.constant([]),
  fc.constant({}),
);

function stringOfLength(length: number): fc.Arbitrary<string> {
  if (length > LONGEST_BUILT) return fc.constant(HUGE);
  return fc.constant('a'.repeat(Math.max(0, length)));
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<unknown> {
  const min = schema.minLength ?? 0;
  const options: fc.Arbitrary<unknown>[] = [
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
    stringOfLength(min),
    fc.constant(' '.repeat(Math.max(1, min))),
    fc.constant(HUGE),
  ];
  if (min > 0) options.push(stringOfLength(min - 1));
  if (schema.maxLength !== undefined) {
    options.push(stringOfLength(schema.maxLength), stringOfLength(schema.maxLength + 1));
  }
  return fc.oneof(...options);
}

function numberArbitrary(schema: JsonSchema): fc.Arbitrary<unknown> {
  const edges = [0, -1, 0.5, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity, -Infinity];
  if (schema.minimum !== undefined) edges.push(schema.minimum, schema.minimum - 1);
  if (schema.maximum !== undefined) edges.push(schema.maximum, schema.maximum + 1);
  return fc.oneof(fc.constantFrom(...edges), fc.integer(), fc.double());
}

function objectArbitrary(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, value] of Object.entries(properties))
    model[key] = arbitraryFor(value, depth + 1);
  const required = (schema.required ?? []).filter((key) => key in properties);
  const record = fc.record(model, { requiredKeys: required });
  const unknownField = fc.tuple(record, fc.string({ minLength: 1, maxLength: 10 }), wrongType);
  return fc.oneof(
    { weight: 4, arbitrary: record },
    // An unknown field, and a required one left out.
    {
      weight: 1,
      arbitrary: unknownField.map(([value, key, extra]) => ({
        ...(value as object),
        [key]: extra,
      })),
    },
    {
      weight: 1,
      arbitrary: record.map((value) => {
        const copy: Record<string, unknown> = { ...(value as object) };
        if (required[0]) delete copy[required[0]];
        return copy;
      }),
    },
  );
}

/** Inputs near and beyond the boundaries of one JSON Schema node. */
export function arbitraryFor(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return wrongType;
  const near = nearValid(schema, depth);
  return fc.oneof({ weight: 6, arbitrary: near }, { weight: 1, arbitrary: wrongType });
}

function nearValid(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  const union = schema.anyOf ?? schema.oneOf;
  if (union?.length) return fc.oneof(...union.map((s) => arbitraryFor(s, depth + 1)));
  if (schema.allOf?.length) return arbitraryFor(schema.allOf[0] ?? {}, depth + 1);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum?.length) {
    return fc.oneof(fc.constantFrom(...schema.enum), fc.constant('not-one-of-them'));
  }
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return stringArbitrary(schema);
    case 'number':
    case 'integer':
      return numberArbitrary(schema);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const maxLength = Math.min((schema.maxItems ?? 4) + 1, 6);
      return fc.array(arbitraryFor(schema.items ?? {}, depth + 1), { maxLength });
    }
    case 'object':
      return objectArbitrary(schema, depth);
    default:
      return fc.anything({ maxDepth: 2 });
  }
}

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: value, b: [value] };
  return value;
}

/** Hostile inputs any channel must survive, whatever its schema. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    maxDepth: 4,
    withNullPrototype: true,
    withObjectString: true,
    key: fc.oneof(fc.string(), fc.constantFrom(...POLLUTION_KEYS)),
  }),
  fc.constant(nested(5_000)),
  fc.constant(HUGE),
  fc.constant(Array.from({ length: 100_000 }, (_, i) => i)),
);

/** Adds prototype-pollution keys the way JSON.parse would deliver them (own properties). */
function polluted(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const poison = JSON.parse(
    '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}',
  ) as object;
  return Object.assign(poison, value);
}

export function channelInputs(schema: z.ZodType): fc.Arbitrary<unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const fromSchema = arbitraryFor(json);
  return fc.oneof(
    { weight: 6, arbitrary: fromSchema },
    { weight: 1, arbitrary: fromSchema.map(polluted) },
    { weight: 1, arbitrary: hostile },
  );
}
