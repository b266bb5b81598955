// What goes into the application PDF, gathered from the case: the form's answers as
// label/value rows (labels from the item's application form definition where it has one,
// otherwise the answer keys), and the materials in the item's order with their files.
import { chinaDate } from '../../../lib/china-date.ts';
import { applicationFormSchema, formEntries } from '../../catalog/application-form.ts';
import { CODE_LISTS } from '../../catalog/code-lists.ts';
import type { ApplicationContent, FormRow } from './compose.ts';

/** A value given outside any definition, as a person reads it. */
function plainText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.map(plainText).join('、');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * The form's answers in the item's sections, worded as on the case page (the catalogue's
 * formEntries: option labels, units, table rows); answers the definition does not name are
 * listed by their keys.
 */
export function formSections(form: Record<string, unknown>, definition: unknown): ApplicationContent['sections'] {
  const parsed = applicationFormSchema.safeParse(definition);
  const sections: ApplicationContent['sections'] = [];
  const used = new Set<string>();
  if (parsed.success) {
    for (const e of formEntries(parsed.data, form)) {
      used.add(e.key);
      const last = sections.at(-1);
      const section = last?.title === e.section ? last : (sections.push({ title: e.section, rows: [] }), sections.at(-1)!);
      section.rows.push({ label: e.label, value: e.text });
    }
  }
  const rest = Object.entries(form).filter(([k]) => !used.has(k));
  if (rest.length > 0) sections.push({ title: parsed.success ? '其他填报信息' : '申请信息', rows: rest.map(([k, v]) => ({ label: k, value: plainText(v) })) });
  return sections;
}

export interface MaterialSource {
  name: string;
  /** 'e-licence': the system takes it from the licence library (nothing to upload). */
  source?: string;
  current?: { kind: string; fileName: string | null; contentType: string | null; sha256: string | null };
}

export const materialStatus = (m: MaterialSource): string => {
  switch (m.current?.kind) {
    case 'upload':
      return `已上传（${m.current.fileName ?? '文件'}）`;
    case 'commitment':
      return '告知承诺';
    case 'tolerance':
      return '容缺';
    default:
      // Materials the department obtains itself (电子证照库, other departments) are not missing.
      return m.source && m.source !== 'applicant' ? (CODE_LISTS.materialSource as Record<string, string>)[m.source] ?? '未提交' : '未提交';
  }
};

/** The item's materials in order, each with the case's current proof (rows from store.currentMaterials). */
export function materialSources(
  materials: Array<{ name: string; source?: string }>,
  rows: Array<{ material_index: number; kind: string; file_name: string | null; content_type: string | null; file_sha256: string | null }>,
): MaterialSource[] {
  const byIndex = new Map(rows.map((r) => [r.material_index, r]));
  return materials.map((m, i) => {
    const r = byIndex.get(i);
    return { name: m.name, source: m.source, current: r && { kind: r.kind, fileName: r.file_name, contentType: r.content_type, sha256: r.file_sha256 } };
  });
}

export async function applicationContent(
  c: { case_no: string; item_name: string; applicant_name: string; submitted_at: Date; form: Record<string, unknown> },
  formDefinition: unknown,
  materials: MaterialSource[],
  readFile: (sha256: string) => Promise<Uint8Array>,
): Promise<ApplicationContent> {
  return {
    caseNo: c.case_no,
    itemName: c.item_name,
    applicantName: c.applicant_name,
    submittedOn: chinaDate(c.submitted_at),
    sections: formSections(c.form, formDefinition),
    materials: await Promise.all(materials.map(async (m) => ({
      name: m.name,
      status: materialStatus(m),
      ...(m.current?.kind === 'upload' && m.current.sha256
        ? { file: { fileName: m.current.fileName ?? '文件', contentType: m.current.contentType ?? '', bytes: await readFile(m.current.sha256) } }
        : {}),
    }))),
  };
}
