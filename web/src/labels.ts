// Chinese labels for code values, statuses and audit actions.
import { CODE_LISTS } from '../../server/modules/catalog/code-lists.ts';

export { CODE_LISTS };

export type CodeListName = keyof typeof CODE_LISTS;

/** The label of a code in a national code list; unknown codes are shown as-is. */
export function codeLabel(list: CodeListName, code: string | null | undefined): string {
  if (code === null || code === undefined) return '';
  const labels = CODE_LISTS[list] as Record<string, string>;
  return labels[code] ?? code;
}

/** Select options for a code list, in code order. */
export function codeOptions(list: CodeListName): { value: string; label: string }[] {
  return Object.entries(CODE_LISTS[list] as Record<string, string>).map(([value, label]) => ({ value, label }));
}

/** Short online-depth labels for tags ("四级：全程网办" → "全程网办"). */
export function onlineDepthShort(code: string): string {
  const full = codeLabel('onlineDepth', code);
  return full.includes('：') ? (full.split('：')[1] ?? full) : full;
}

export const RESULT_KIND: Record<string, string> = CODE_LISTS.resultKind;

export const STATUS_COLOR: Record<string, string> = {
  draft: 'gold',
  published: 'green',
  retired: 'default',
  superseded: 'default',
};

export const AUDIT_ACTION: Record<string, string> = {
  'item.created': '新建事项',
  'item.imported': '导入事项',
  'draft.created': '创建草稿',
  'draft.saved': '保存草稿',
  'draft.discarded': '放弃草稿',
  'version.published': '发布版本',
  'item.retired': '停用事项',
  'item.restored': '恢复事项',
};

export const auditLabel = (action: string) => AUDIT_ACTION[action] ?? action;

export const DIFF_KIND: Record<string, { label: string; color: string }> = {
  added: { label: '新增', color: 'green' },
  removed: { label: '删除', color: 'red' },
  changed: { label: '修改', color: 'blue' },
};
