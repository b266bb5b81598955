// Turns zod issues from itemContentSchema into form field errors and a readable summary.
import type { z } from 'zod';
import { fieldPathLabel } from '../../../fieldLabels.ts';
import { schemaAt } from './schemaWalk.ts';

export type FieldPath = (string | number)[];

export interface EditorIssue {
  path: FieldPath;
  /** Where the issue is, in Chinese ("申请材料 › 第 2 项 › 名称"). */
  where: string;
  message: string;
}

function labelOf(path: FieldPath): string {
  const described = schemaAt(path)?.description;
  if (described) return described.split('（')[0] ?? described;
  const last = fieldPathLabel(path).split(' › ').pop();
  return last ?? '此项';
}

const hasChinese = (s: string) => /[\u4e00-\u9fff]/.test(s);

/** Schema-given messages are Chinese already; zod's English defaults get a Chinese equivalent. */
function messageOf(issue: z.core.$ZodIssue, path: FieldPath): string {
  if (hasChinese(issue.message)) return issue.message;
  const label = labelOf(path);
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? `${label}应为整数` : `请填写${label}`;
    case 'invalid_value':
      return `请选择${label}`;
    case 'invalid_format':
      return issue.format === 'date' ? `${label}应为 YYYY-MM-DD 格式的日期` : `${label}格式不正确`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? `${label}不能为空` : `${label}至少 ${min} 个字`;
      if (issue.origin === 'array') return `${label}至少填写 ${min} 项`;
      return issue.inclusive ? `${label}不能小于 ${min}` : `${label}应大于 ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `${label}不能超过 ${max} 个字`;
      if (issue.origin === 'array') return `${label}最多 ${max} 项`;
      return `${label}不能大于 ${max}`;
    }
    default:
      return `${label}填写不正确`;
  }
}

export function toEditorIssues(error: z.ZodError): EditorIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    return { path, where: fieldPathLabel(path), message: messageOf(issue, path) };
  });
}

/** Arrays edited by one multi-select (not a Form.List): their element issues belong to the select. */
const SELECT_ARRAYS = new Set(['audiences', 'themes', 'fileFormats']);

function formFieldOf(path: FieldPath): FieldPath {
  const parent = path[path.length - 2];
  return typeof path[path.length - 1] === 'number' && typeof parent === 'string' && SELECT_ARRAYS.has(parent)
    ? path.slice(0, -1)
    : path;
}

/** Groups issues by form field for antd form.setFields. */
export function issuesToFields(issues: EditorIssue[]): { name: FieldPath; errors: string[] }[] {
  const byPath = new Map<string, { name: FieldPath; errors: string[] }>();
  for (const issue of issues) {
    const name = formFieldOf(issue.path);
    const key = JSON.stringify(name);
    const entry = byPath.get(key) ?? { name, errors: [] };
    if (!entry.errors.includes(issue.message)) entry.errors.push(issue.message);
    byPath.set(key, entry);
  }
  return [...byPath.values()];
}

/** Server-side validation details ({param: 'content.materials.0.name', reason}) as editor issues. */
export function serverIssues(details: unknown): EditorIssue[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((d: unknown) => {
    if (typeof d !== 'object' || d === null) return [];
    const { param, reason } = d as { param?: unknown; reason?: unknown };
    if (typeof param !== 'string' || !param.startsWith('content.')) return [];
    const path = param
      .slice('content.'.length)
      .split('.')
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    return [{ path, where: fieldPathLabel(path), message: String(reason ?? '格式不正确') }];
  });
}
