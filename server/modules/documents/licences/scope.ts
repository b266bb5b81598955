// What a lab-animal licence covers (适用范围), read from the application form. The form's
// field names come from the forms work; the common spellings are accepted here.
import { fieldsOf, type ApplicationFormDef } from '../../catalog/application-form.ts';
import type { LicenceScope } from './tables.ts';

const pick = (form: Record<string, unknown>, keys: string[]): unknown => keys.map((k) => form[k]).find((v) => v !== undefined && v !== null && v !== '');

function list(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim());
  if (typeof v === 'string') return v.split(/[，,、;；\s]+/).map((x) => x.trim()).filter(Boolean);
  return [];
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/**
 * The scope from the answers. With the item's form definition, choices stored as option values
 * (species '01', grades 'spf') are printed and signed as their labels (小鼠, 无特定病原体级（SPF）).
 */
export function licenceScopeFromForm(form: Record<string, unknown>, def?: ApplicationFormDef): LicenceScope {
  const fields = def ? fieldsOf(def) : [];
  const labelled = (key: string, values: string[]) => {
    const options = fields.find((f) => f.key === key)?.options;
    return options ? values.map((v) => options.find((o) => o.value === v)?.label ?? v) : values;
  };
  const speciesKey = ['species', 'animalSpecies', 'animals', '动物品种'].find((k) => list(form[k]).length > 0);
  const species = speciesKey ? labelled(speciesKey, list(form[speciesKey])) : [];
  const grades = labelled('grades', Array.isArray(form.grades) ? list(form.grades) : []);
  return {
    species: species.length ? species.slice(0, 20) : ['（见申请书）'],
    grade: text(pick(form, ['grade', 'environmentGrade', 'facilityGrade', '环境等级'])) ?? (grades.length ? grades.join('、') : '（见申请书）'),
    facilityAddress: text(pick(form, ['facilityAddress', 'address', '设施地址'])) ?? '（见申请书）',
  };
}

export type LicenceKind = 'production' | 'use';

/** 实验动物生产许可证核发 → production; 实验动物使用许可证核发 → use. */
export function licenceKindOfItem(itemName: string): LicenceKind {
  return itemName.includes('生产') ? 'production' : 'use';
}

export const LICENCE_TITLES: Record<LicenceKind, string> = { production: '实验动物生产许可证', use: '实验动物使用许可证' };
/** Licence number prefixes in use nationwide: SCXK (生产许可) and SYXK (使用许可). */
export const LICENCE_PREFIX: Record<LicenceKind, string> = { production: 'SCXK', use: 'SYXK' };

/** The last day of validity: five years from the issue date, less one day. */
export function validUntil(issueDate: string, years = 5): string {
  const [y, m, d] = issueDate.split('-').map(Number);
  const end = new Date(Date.UTC(y! + years, m! - 1, d!) - 86_400_000);
  return end.toISOString().slice(0, 10);
}

export function licenceStatus(row: { status: 'valid' | 'revoked'; valid_until: string }, today: string): 'valid' | 'revoked' | 'expired' {
  if (row.status === 'revoked') return 'revoked';
  return row.valid_until < today ? 'expired' : 'valid';
}

export const STATUS_LABELS = { valid: '有效', revoked: '已注销', expired: '已过期' } as const;
