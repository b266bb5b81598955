// An item's application form (申请表), as data: the definition's own schema, and the one
// translation from a definition into the Zod schema of the answers. The server (submit,
// drafts, 补正) and the browser (antd rules) both validate with formValuesSchema /
// fieldValueSchema, so what passes in the browser passes on the server and vice versa.
// Pure Zod, no Node imports.
import { z } from 'zod';
import { creditCodeSchema, idCardSchema } from '../../lib/codes/zod.ts';

export const FIELD_TYPES = {
  text: '单行文本',
  textarea: '多行文本',
  number: '数字',
  money: '金额',
  date: '日期',
  select: '下拉选择',
  radio: '单选',
  checkbox: '勾选（有选项时为多选）',
  phone: '电话',
  email: '电子邮箱',
  creditCode: '统一社会信用代码',
  idNumber: '居民身份证号',
  address: '地址',
  table: '表格（多行）',
} as const;
export type FieldType = keyof typeof FIELD_TYPES;

/**
 * Where a field's first value comes from (一表申请). The identity sources marked locked are
 * who the applicant is: shown read-only and filled in by the server, never taken from the
 * browser. `previous` is the answer under the same key in the applicant's latest earlier case.
 */
export const PREFILL_SOURCES = {
  'enterprise.name': { label: '单位名称', locked: true },
  'enterprise.creditCode': { label: '统一社会信用代码', locked: true },
  'enterprise.address': { label: '单位地址', locked: false },
  'enterprise.legalRepresentative': { label: '法定代表人', locked: false },
  'person.name': { label: '姓名', locked: false },
  'person.idNumber': { label: '身份证号', locked: true },
  'person.mobile': { label: '手机号码', locked: false },
  previous: { label: '以往申报', locked: false },
} as const;
export type PrefillSource = keyof typeof PREFILL_SOURCES;
export const isLockedSource = (s: PrefillSource | undefined): boolean => !!s && PREFILL_SOURCES[s].locked;

const FIELD_KEY = /^[a-zA-Z][a-zA-Z0-9_]{0,39}$/;
const scalarTypes = Object.keys(FIELD_TYPES).filter((t) => t !== 'table') as [Exclude<FieldType, 'table'>, ...Exclude<FieldType, 'table'>[]];

const optionSchema = z.object({ value: z.string().min(1).max(50), label: z.string().min(1).max(100) });

const fieldShape = {
  key: z.string().regex(FIELD_KEY, '字段标识须以字母开头，只含字母、数字和下划线（不超过 40 位）').describe('字段标识（保存答案用，同一申请表内唯一）'),
  label: z.string().trim().min(1, '字段名称不能为空').max(60).describe('字段名称'),
  required: z.boolean().optional().describe('是否必填'),
  help: z.string().max(500).optional().describe('填写说明'),
  placeholder: z.string().max(100).optional(),
  minLength: z.number().int().min(0).max(20000).optional().describe('最少字数'),
  maxLength: z.number().int().min(1).max(20000).optional().describe('最多字数'),
  min: z.number().optional().describe('最小值'),
  max: z.number().optional().describe('最大值'),
  integer: z.boolean().optional().describe('数字是否须为整数'),
  unit: z.string().max(10).optional().describe('单位（元、万元、%、人、平方米……）'),
  pattern: z.string().max(200).optional().describe('格式（正则表达式）'),
  patternMessage: z.string().max(100).optional().describe('不符合格式时的提示'),
  options: z.array(optionSchema).max(100).optional().describe('选项（下拉、单选、多选）'),
  prefill: z.enum(Object.keys(PREFILL_SOURCES) as [PrefillSource, ...PrefillSource[]]).optional().describe('预填来源'),
};

function checkField(f: { type: string; key: string; options?: unknown[]; min?: number; max?: number; minLength?: number; maxLength?: number; pattern?: string }, ctx: z.RefinementCtx) {
  if ((f.type === 'select' || f.type === 'radio') && !f.options?.length) ctx.addIssue({ code: 'custom', path: ['options'], message: `字段 ${f.key}：下拉或单选须有选项` });
  if (f.min !== undefined && f.max !== undefined && f.min > f.max) ctx.addIssue({ code: 'custom', path: ['max'], message: `字段 ${f.key}：最大值不能小于最小值` });
  if (f.minLength !== undefined && f.maxLength !== undefined && f.minLength > f.maxLength) ctx.addIssue({ code: 'custom', path: ['maxLength'], message: `字段 ${f.key}：最多字数不能小于最少字数` });
  if (f.pattern !== undefined) {
    try {
      new RegExp(f.pattern, 'u');
    } catch {
      ctx.addIssue({ code: 'custom', path: ['pattern'], message: `字段 ${f.key}：格式不是有效的正则表达式` });
    }
  }
}

/** A column of a table field: any field type but a table. */
export const columnDefSchema = z.object({ ...fieldShape, type: z.enum(scalarTypes).describe('字段类型') }).strict().superRefine(checkField);

export const fieldDefSchema = z
  .object({
    ...fieldShape,
    type: z.enum(Object.keys(FIELD_TYPES) as [FieldType, ...FieldType[]]).describe('字段类型'),
    columns: z.array(columnDefSchema).min(1).max(12).optional().describe('表格的列'),
    minRows: z.number().int().min(0).max(200).optional().describe('表格最少行数'),
    maxRows: z.number().int().min(1).max(200).optional().describe('表格最多行数'),
  })
  .strict()
  .superRefine((f, ctx) => {
    checkField(f, ctx);
    if (f.type === 'table') {
      if (!f.columns?.length) ctx.addIssue({ code: 'custom', path: ['columns'], message: `表格 ${f.key} 至少要有一列` });
      const keys = (f.columns ?? []).map((c) => c.key);
      const dup = keys.find((k, i) => keys.indexOf(k) !== i);
      if (dup) ctx.addIssue({ code: 'custom', path: ['columns'], message: `表格 ${f.key} 的列标识 ${dup} 重复` });
      if (f.prefill && f.prefill !== 'previous') ctx.addIssue({ code: 'custom', path: ['prefill'], message: `表格 ${f.key} 只能从以往申报预填` });
    } else if (f.columns) ctx.addIssue({ code: 'custom', path: ['columns'], message: `字段 ${f.key} 不是表格，不能有列` });
  });

export const formSectionSchema = z.object({
  title: z.string().trim().min(1, '分组标题不能为空').max(60).describe('分组标题'),
  description: z.string().max(1000).optional().describe('分组说明'),
  fields: z.array(fieldDefSchema).min(1, '每个分组至少一个字段').max(80),
}).strict();

/** An item's application form: sections of fields, versioned with the item. */
export const applicationFormSchema = z
  .object({ sections: z.array(formSectionSchema).min(1, '申请表至少一个分组').max(30) })
  .strict()
  .superRefine((d, ctx) => {
    const keys = d.sections.flatMap((s) => s.fields.map((f) => f.key));
    const dup = keys.find((k, i) => keys.indexOf(k) !== i);
    if (dup) ctx.addIssue({ code: 'custom', path: ['sections'], message: `字段标识 ${dup} 重复` });
  })
  .describe('申请表定义（一表申请）');

export type ApplicationFormDef = z.infer<typeof applicationFormSchema>;
export type FieldDef = z.infer<typeof fieldDefSchema>;
export type ColumnDef = z.infer<typeof columnDefSchema>;
export type FormValues = Record<string, unknown>;

export const fieldsOf = (def: ApplicationFormDef): FieldDef[] => def.sections.flatMap((s) => s.fields);

// ---------- answers ----------

const MOBILE_OR_LANDLINE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|400-?\d{3}-?\d{4})$/;
const MONEY_CENTS = (v: number) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6;
const MAX_TEXT = 5000;

/** Blank answers (empty text, cleared numbers, empty lists) count as not given. */
function blankToUndefined(v: unknown): unknown {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  if (Array.isArray(v) && v.length === 0) return undefined;
  return v;
}

function textSchema(f: ColumnDef | FieldDef, defaultMax: number): z.ZodType {
  let s = z.string({ error: `${f.label}应为文字` }).max(f.maxLength ?? defaultMax, `${f.label}不超过 ${f.maxLength ?? defaultMax} 个字`);
  if (f.minLength) s = s.min(f.minLength, `${f.label}至少 ${f.minLength} 个字`);
  if (f.pattern) s = s.regex(new RegExp(f.pattern, 'u'), f.patternMessage ?? `${f.label}格式不正确`);
  return s;
}

function numberSchema(f: ColumnDef | FieldDef): z.ZodType {
  const unit = f.unit ?? '';
  let s = z.number({ error: `${f.label}应为数字` }).refine(Number.isFinite, `${f.label}应为数字`);
  if (f.type === 'money') s = s.refine(MONEY_CENTS, `${f.label}最多保留两位小数`);
  if (f.integer) s = s.refine(Number.isInteger, `${f.label}应为整数`);
  const min = f.min ?? (f.type === 'money' ? 0 : undefined);
  if (min !== undefined) s = s.refine((v) => v >= min, `${f.label}不能小于 ${min}${unit}`);
  if (f.max !== undefined) s = s.refine((v) => v <= f.max!, `${f.label}不能大于 ${f.max}${unit}`);
  return s;
}

/** The schema of a given (non-blank) answer of one scalar field. */
function scalarSchema(f: ColumnDef | FieldDef): z.ZodType {
  const values = (f.options ?? []).map((o) => o.value);
  const optionMessage = `${f.label}请从选项中选择`;
  switch (f.type) {
    case 'text':
    case 'address':
      return textSchema(f, f.type === 'address' ? 200 : 200);
    case 'textarea':
      return textSchema(f, MAX_TEXT);
    case 'number':
    case 'money':
      return numberSchema(f);
    case 'date':
      return z.string({ error: `${f.label}应为日期` }).regex(/^\d{4}-\d{2}-\d{2}$/, `${f.label}应为日期（年-月-日）`).refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), `${f.label}不是有效日期`);
    case 'select':
    case 'radio':
      return z.string({ error: optionMessage }).refine((v) => values.includes(v), optionMessage);
    case 'checkbox':
      if (values.length === 0) return f.required ? z.literal(true, { error: `请勾选${f.label}` }) : z.boolean({ error: `${f.label}应为是或否` });
      return z.array(z.string().refine((v) => values.includes(v), optionMessage), { error: optionMessage }).max(values.length).refine((a) => new Set(a).size === a.length, `${f.label}的选项重复`);
    case 'phone':
      return z.string({ error: `${f.label}应为电话号码` }).regex(f.pattern ? new RegExp(f.pattern, 'u') : MOBILE_OR_LANDLINE, f.patternMessage ?? `${f.label}应为 11 位手机号码或带区号的固定电话`);
    case 'email':
      return z.email({ error: `${f.label}不是有效的电子邮箱` }).max(100);
    case 'creditCode':
      return creditCodeSchema;
    case 'idNumber':
      return idCardSchema;
    case 'table':
      throw new Error('a table is not a scalar field');
  }
}

function missingMessage(f: ColumnDef | FieldDef): string {
  if (f.type === 'checkbox') return `请勾选${f.label}`;
  if (f.type === 'select' || f.type === 'radio') return `请选择${f.label}`;
  return `请填写${f.label}`;
}

function withPresence(f: ColumnDef | FieldDef, inner: z.ZodType): z.ZodType {
  const gate = z.unknown().refine((v) => v !== undefined, { message: missingMessage(f), abort: true, params: { missing: true } });
  // An unticked required agreement box is "missing" too (false is blank for it).
  const blank = f.type === 'checkbox' && !f.options?.length ? (v: unknown) => (v === false ? undefined : blankToUndefined(v)) : blankToUndefined;
  return z.preprocess(blank, f.required ? gate.pipe(inner as z.ZodType<unknown, any>) : inner.optional());
}

/** The schema of one field's answer (blank → absent; required → "请填写…"). Used for antd rules too. */
export function fieldValueSchema(f: FieldDef | ColumnDef): z.ZodType {
  if (f.type !== 'table') return withPresence(f, scalarSchema(f));
  const cols = (f as FieldDef).columns ?? [];
  const row = z.strictObject(Object.fromEntries(cols.map((c) => [c.key, fieldValueSchema(c)])), { error: `${f.label}的每一行应为一组栏目` });
  let rows = z.array(row, { error: `${f.label}应为表格` }).max((f as FieldDef).maxRows ?? 200, `${f.label}最多 ${(f as FieldDef).maxRows ?? 200} 行`);
  const minRows = (f as FieldDef).minRows;
  if (minRows) rows = rows.min(minRows, `${f.label}至少填写 ${minRows} 行`);
  return withPresence(f, rows);
}

/**
 * The schema of a whole answer sheet: every field of the definition, nothing else (an
 * unknown key is an error, never silently kept or dropped).
 */
/** Built once per definition object (a published item's definition is one shared, frozen object). */
const valuesSchemas = new WeakMap<ApplicationFormDef, ReturnType<typeof buildValuesSchema>>();
const buildValuesSchema = (def: ApplicationFormDef) => z.strictObject(Object.fromEntries(fieldsOf(def).map((f) => [f.key, fieldValueSchema(f)])));

export function formValuesSchema(def: ApplicationFormDef) {
  let schema = valuesSchemas.get(def);
  if (!schema) valuesSchemas.set(def, (schema = buildValuesSchema(def)));
  return schema;
}

/**
 * The schema of a draft: only known fields, any state of completion. Half-typed answers are
 * kept as they are (the full check runs on submit); only the size is bounded.
 */
export function draftValuesSchema(def: ApplicationFormDef) {
  return z
    .strictObject(Object.fromEntries(fieldsOf(def).map((f) => [f.key, z.unknown().optional()])))
    .refine((v) => JSON.stringify(v).length <= 200_000, '草稿内容过大');
}

export interface FormProblem {
  /** Field key, table rows as `team.1.name`. */
  path: string;
  /** The Chinese label (a table cell: 团队成员第 2 行·姓名). */
  label: string;
  kind: 'missing' | 'unknown' | 'invalid';
  message: string;
}

function labelAt(def: ApplicationFormDef, path: PropertyKey[]): string {
  const f = fieldsOf(def).find((x) => x.key === path[0]);
  if (!f) return String(path[0] ?? '');
  if (f.type === 'table' && typeof path[1] === 'number') {
    const col = f.columns?.find((c) => c.key === path[2]);
    return `${f.label}第 ${path[1] + 1} 行${col ? `·${col.label}` : ''}`;
  }
  return f.label;
}

/** Zod's issues about an answer sheet, as problems people can act on (one per field). */
export function formProblems(def: ApplicationFormDef, error: z.ZodError): FormProblem[] {
  const out: FormProblem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) {
        const path = [...issue.path, k];
        const inRow = issue.path.length > 0;
        out.push({ path: path.join('.'), label: inRow ? `${labelAt(def, issue.path)}·${k}` : k, kind: 'unknown', message: `申请表中没有“${k}”这一栏` });
      }
      continue;
    }
    const label = labelAt(def, issue.path);
    const missing = issue.code === 'custom' && (issue.params as { missing?: boolean } | undefined)?.missing === true;
    out.push({ path: issue.path.join('.'), label, kind: missing ? 'missing' : 'invalid', message: issue.message });
  }
  return out.filter((p, i) => out.findIndex((q) => q.path === p.path) === i);
}

/** One sentence for all problems: missing fields listed by label, unknown ones by key, then the rest. */
export function formProblemsMessage(problems: FormProblem[]): string {
  const parts: string[] = [];
  const missing = problems.filter((p) => p.kind === 'missing');
  const unknown = problems.filter((p) => p.kind === 'unknown');
  const invalid = problems.filter((p) => p.kind === 'invalid');
  if (missing.length) parts.push(`请填写必填项：${missing.map((p) => p.label).join('、')}`);
  if (unknown.length) parts.push(`申请表中没有这些栏目：${unknown.map((p) => p.label).join('、')}`);
  for (const p of invalid) parts.push(p.message.startsWith(p.label) ? p.message : `${p.label}：${p.message}`);
  return parts.join('；');
}

export type CheckedForm = { ok: true; values: FormValues } | { ok: false; problems: FormProblem[]; message: string };

/** Checks a full answer sheet; the values on success are the canonical ones to store. */
export function checkApplicationForm(def: ApplicationFormDef, values: unknown): CheckedForm {
  const r = formValuesSchema(def).safeParse(values);
  if (r.success) return { ok: true, values: r.data as FormValues };
  const problems = formProblems(def, r.error);
  return { ok: false, problems, message: formProblemsMessage(problems) };
}

// ---------- showing answers (case page, printed application, PDF) ----------

export interface FormEntry {
  section: string;
  key: string;
  label: string;
  /** The answer as text ('' when not given); table answers also as rows. */
  text: string;
  table?: { columns: string[]; rows: string[][] };
}

function scalarText(f: ColumnDef | FieldDef, v: unknown): string {
  if (v === undefined || v === null || v === '') return '';
  const label = (x: unknown) => f.options?.find((o) => o.value === x)?.label ?? String(x);
  switch (f.type) {
    case 'select':
    case 'radio':
      return label(v);
    case 'checkbox':
      return Array.isArray(v) ? v.map(label).join('、') : v === true ? '是' : '否';
    case 'money':
      return typeof v === 'number' ? `${v.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${f.unit ?? '元'}` : String(v);
    case 'number':
      return `${String(v)}${f.unit ? ` ${f.unit}` : ''}`;
    default:
      return typeof v === 'string' ? v : JSON.stringify(v);
  }
}

/** Label/answer pairs in the definition's order (for documents and the case page). */
export function formEntries(def: ApplicationFormDef, values: FormValues): FormEntry[] {
  return def.sections.flatMap((s) =>
    s.fields.map((f): FormEntry => {
      const v = values[f.key];
      if (f.type !== 'table') return { section: s.title, key: f.key, label: f.label, text: scalarText(f, v) };
      const cols = f.columns ?? [];
      const rows = Array.isArray(v) ? v.map((r) => cols.map((c) => scalarText(c, (r as Record<string, unknown>)?.[c.key]))) : [];
      return {
        section: s.title, key: f.key, label: f.label,
        text: rows.map((r) => r.map((cell, i) => `${cols[i]!.label}：${cell}`).join('，')).join('\n'),
        table: { columns: cols.map((c) => c.label), rows },
      };
    }),
  );
}
