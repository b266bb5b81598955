// antd rules from the same Zod schemas the server checks answers with (one source of truth).
import type { Rule } from 'antd/es/form';
import { fieldValueSchema, type ColumnDef, type FieldDef } from '../../../../../../server/modules/catalog/application-form.ts';

/** The rule of one field or table cell: its first problem, as the server would word it. */
export function fieldRule(f: FieldDef | ColumnDef): Rule {
  const schema = fieldValueSchema(f);
  return {
    validator: async (_, value: unknown) => {
      const r = schema.safeParse(value);
      if (!r.success) throw new Error(r.error.issues[0]?.message ?? `${f.label}填写有误`);
    },
  };
}

/** A table's own rule (rows present, not too many); cell problems show on the cells. */
export function tableRule(f: FieldDef): { validator: (_: unknown, value: unknown) => Promise<void> } {
  const schema = fieldValueSchema(f);
  return {
    validator: async (_, value: unknown) => {
      const r = schema.safeParse(value);
      const own = r.success ? undefined : r.error.issues.find((i) => i.path.length === 0);
      if (own) throw new Error(own.message);
    },
  };
}
