// Role data scopes (RoleScope): their axes, Chinese names, cleaning and one-line summaries.
import type { RoleGrant, RoleScope } from '../../../api/staff.ts';
import { roleLabel } from '../../../identityLabels.ts';

export type ScopeAxis = keyof RoleScope;

export const SCOPE_AXES: { key: ScopeAxis; label: string; placeholder: string }[] = [
  { key: 'offices', label: '处室', placeholder: '输入处室名称后回车' },
  { key: 'regions', label: '行政区划', placeholder: '输入行政区划代码后回车，如 340100' },
  { key: 'servicePoints', label: '受理点', placeholder: '输入受理点名称后回车' },
  { key: 'items', label: '事项', placeholder: '选择事项' },
];

/** The scope without empty lists (an empty list means no limit, like a missing one). */
export function cleanScope(scope: RoleScope | undefined): RoleScope {
  const out: RoleScope = {};
  for (const { key } of SCOPE_AXES) {
    const values = (scope?.[key] ?? []).map((v) => v.trim()).filter(Boolean);
    if (values.length) out[key] = [...new Set(values)];
  }
  return out;
}

/** "处室：计划处；事项：科技保险补助" — empty when the scope sets no limit. */
export function scopeSummary(scope: RoleScope, itemName: (code: string) => string = (c) => c): string {
  return SCOPE_AXES.filter(({ key }) => scope[key]?.length)
    .map(({ key, label }) => {
      const values = scope[key] ?? [];
      return `${label}：${(key === 'items' ? values.map(itemName) : values).join('、')}`;
    })
    .join('；');
}

/** One line per role whose scope sets a limit, e.g. "专家 · 事项：科技保险补助". */
export function grantsSummary(roles: RoleGrant[], itemName?: (code: string) => string): string[] {
  return roles
    .map((g) => ({ role: g.role, text: scopeSummary(g.scope, itemName) }))
    .filter((x) => x.text)
    .map((x) => `${roleLabel(x.role)} · ${x.text}`);
}
