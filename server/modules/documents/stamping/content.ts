// What goes into the application PDF, gathered from the case: the form's answers as
// label/value rows (labels from the item's application form definition where it has one,
// otherwise the answer keys), and the materials in the item's order with their files.
import { chinaDate } from '../../../lib/china-date.ts';
import type { ApplicationContent, FormRow } from './compose.ts';

/** The parts of an item's application form definition the PDF needs (sections of labelled fields). */
interface FieldDef {
  key: string;
  label: string;
  options?: Array<{ value: string; label: string }>;
  columns?: FieldDef[];
}
interface FormDef {
  sections: Array<{ title: string; fields: FieldDef[] }>;
}

function isFormDef(x: unknown): x is FormDef {
  return !!x && typeof x === 'object' && Array.isArray((x as FormDef).sections);
}

/** A value as a person reads it. */
function show(value: unknown, field?: FieldDef): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) {
    if (value.every((v) => v && typeof v === 'object' && !Array.isArray(v))) {
      // A table: one line per row, "列：值；列：值".
      return value
        .map((row, i) => `${i + 1}. ${Object.entries(row as Record<string, unknown>)
          .map(([k, v]) => {
            const col = field?.columns?.find((c) => c.key === k);
            return `${col?.label ?? k}：${show(v, col)}`;
          })
          .join('；')}`)
        .join('\n');
    }
    return value.map((v) => show(v, field)).join('、');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  const text = String(value);
  return field?.options?.find((o) => o.value === text)?.label ?? text;
}

export function formSections(form: Record<string, unknown>, definition: unknown): ApplicationContent['sections'] {
  const used = new Set<string>();
  const sections: ApplicationContent['sections'] = [];
  if (isFormDef(definition)) {
    for (const s of definition.sections) {
      const rows: FormRow[] = [];
      for (const f of s.fields) {
        used.add(f.key);
        rows.push({ label: f.label, value: show(form[f.key], f) });
      }
      sections.push({ title: s.title, rows });
    }
  }
  // Answers the definition does not name (or no definition at all): shown by their keys.
  const rest = Object.entries(form).filter(([k]) => !used.has(k));
  if (rest.length > 0) sections.push({ title: isFormDef(definition) ? '其他填报信息' : '申请信息', rows: rest.map(([k, v]) => ({ label: k, value: show(v) })) });
  return sections;
}

export interface MaterialSource {
  name: string;
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
      return '未提交';
  }
};

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
