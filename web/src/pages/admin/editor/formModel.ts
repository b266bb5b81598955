// Conversion between ItemContent and the editor form's values.
// The form mirrors ItemContent's shape (so zod issue paths are form field names), except:
// effectiveDate is a Dayjs, statutoryLimit has a "none" switch, inputs may be empty.
import dayjs, { type Dayjs } from 'dayjs';
import type { ItemContent, Material } from '../../../api/types.ts';
import { normalize } from './schemaWalk.ts';

export type EditorValues = Omit<ItemContent, 'effectiveDate' | 'statutoryLimit' | 'applicationForm'> & {
  effectiveDate: Dayjs | null;
  /** The application form definition as JSON text ('' = the generic form). */
  applicationFormJson: string;
  noStatutoryLimit: boolean;
  statutoryLimit: { value: number | null; unit: string; note?: string } | null;
};

export const newMaterial = (): Partial<Material> => ({
  required: true,
  toleranceAllowed: false,
  commitmentAllowed: false,
  source: 'applicant',
  form: 'electronic',
  fileFormats: ['PDF'],
  originals: 0,
  copies: 0,
});

/** Defaults for a new item (provincial department, no fee, fully online). */
export function emptyValues(): Partial<EditorValues> {
  return {
    type: '01',
    powerSource: '1',
    caseType: '2',
    level: '2',
    audiences: ['2'],
    department: { name: '安徽省科学技术厅', creditCode: '', nature: '1' },
    legalBasis: [{ title: '' }],
    conditions: [''],
    materials: [],
    noStatutoryLimit: false,
    statutoryLimit: { value: null, unit: '1' },
    statutoryDays: null,
    fee: { charged: false, items: [] },
    visits: 0,
    onlineDepth: '4',
    onlineUrls: {},
    process: [
      { name: '受理', actor: '', description: '' },
      { name: '审查', actor: '', description: '' },
      { name: '决定', actor: '', description: '' },
    ],
    specialProcedures: [],
    result: { name: '', kind: 'approval', delivery: '' },
    windows: [],
    consultation: [{ kind: '电话咨询', value: '' }],
    complaint: [{ kind: '投诉电话', value: '' }],
    faq: [],
    themes: [],
    highFrequency: false,
    effectiveDate: dayjs(),
  };
}

export function contentToValues(c: ItemContent): EditorValues {
  const { applicationForm, ...rest } = c;
  return {
    ...rest,
    applicationFormJson: applicationForm ? JSON.stringify(applicationForm, null, 2) : '',
    effectiveDate: dayjs(c.effectiveDate),
    noStatutoryLimit: c.statutoryLimit === null,
    statutoryLimit: c.statutoryLimit ?? { value: null, unit: '1' },
  };
}

/**
 * The content to validate and send. Not typed as ItemContent: it is only that once
 * itemContentSchema accepts it.
 */
export function valuesToContent(values: Partial<EditorValues>): unknown {
  const { noStatutoryLimit, effectiveDate, applicationFormJson, ...rest } = values;
  const raw: Record<string, unknown> = {
    ...rest,
    effectiveDate: effectiveDate ? effectiveDate.format('YYYY-MM-DD') : undefined,
  };
  if (noStatutoryLimit) {
    raw.statutoryLimit = null;
    raw.statutoryDays = null;
  }
  const fee = rest.fee;
  if (fee && !fee.charged) raw.fee = { charged: false, items: [] };
  const content = normalize(raw) as Record<string, unknown>;
  // Kept as parsed: the form definition is checked whole by itemContentSchema (and the tab's own rule).
  if (applicationFormJson?.trim()) {
    try {
      content.applicationForm = JSON.parse(applicationFormJson);
    } catch {
      content.applicationForm = applicationFormJson; // reported as "not an object" under 申请表
    }
  }
  return content;
}
