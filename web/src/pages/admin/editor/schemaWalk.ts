// Walks itemContentSchema: the schema at a form path, and value normalisation by schema.
import { z } from 'zod';
import { itemContentSchema } from '../../../../../server/modules/catalog/schema.ts';

interface Unwrapped {
  schema: z.ZodType;
  optional: boolean;
  nullable: boolean;
}

function unwrap(schema: z.ZodType): Unwrapped {
  let s = schema;
  let optional = false;
  let nullable = false;
  for (;;) {
    if (s instanceof z.ZodOptional) {
      optional = true;
      s = s.unwrap() as z.ZodType;
    } else if (s instanceof z.ZodNullable) {
      nullable = true;
      s = s.unwrap() as z.ZodType;
    } else return { schema: s, optional, nullable };
  }
}

/** The schema at a path (for its .describe() label), or undefined. */
export function schemaAt(path: readonly (string | number)[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = itemContentSchema;
  for (const key of path) {
    if (!s) return undefined;
    const inner: z.ZodType = unwrap(s).schema;
    if (inner instanceof z.ZodObject && typeof key === 'string') s = (inner.shape as Record<string, z.ZodType>)[key];
    else if (inner instanceof z.ZodArray && typeof key === 'number') s = inner.element as z.ZodType;
    else return undefined;
  }
  return s;
}

/**
 * Shapes raw form values by the schema: trims strings, turns blank optional strings and
 * empty optional numbers into undefined, keeps blank required strings as '' (so the
 * schema's own "不能为空" message shows) and drops keys the schema does not know.
 */
export function normalize(value: unknown, schema: z.ZodType = itemContentSchema): unknown {
  const { schema: s, optional, nullable } = unwrap(schema);
  if (value === undefined || value === null) {
    if (optional) return undefined;
    if (nullable) return null;
    if (s instanceof z.ZodString) return '';
    if (s instanceof z.ZodArray) return [];
    return undefined;
  }
  if (typeof value === 'string') {
    const t = value.trim();
    return t === '' && optional ? undefined : t;
  }
  if (Array.isArray(value) && s instanceof z.ZodArray) {
    return value.map((v) => normalize(v ?? (s.element instanceof z.ZodString ? '' : v), s.element as z.ZodType));
  }
  if (typeof value === 'object' && s instanceof z.ZodObject) {
    const shape = s.shape as Record<string, z.ZodType>;
    const out: Record<string, unknown> = {};
    for (const [key, fieldSchema] of Object.entries(shape)) {
      const v = normalize((value as Record<string, unknown>)[key], fieldSchema);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }
  return value;
}
