// Builds valid catalogue content for tests; override only what a test is about.
import type { ItemContent } from '../../server/modules/catalog/schema.ts';

export const DEPT_CREDIT_CODE = '113400000030028100';

let seq = 0;
/** A fresh 12-digit basic code per call, so items never collide within a test file. */
export function nextBasicCode(): string {
  seq++;
  return `9${String(process.pid % 1000).padStart(3, '0')}${String(seq).padStart(8, '0')}`;
}

export function buildItem(overrides: Partial<ItemContent> = {}): ItemContent {
  const basicCode = overrides.basicCode ?? nextBasicCode();
  return {
    code: `${DEPT_CREDIT_CODE}2${basicCode}`,
    basicCode,
    name: '测试事项',
    type: '20',
    powerSource: '1',
    caseType: '2',
    level: '2',
    audiences: ['2'],
    department: { name: '安徽省科学技术厅', creditCode: DEPT_CREDIT_CODE, nature: '1' },
    office: '政策法规处',
    legalBasis: [{ title: '《中华人民共和国科学技术进步法》' }],
    conditions: ['在本省注册的企业'],
    materials: [
      {
        name: '申请表',
        required: true,
        toleranceAllowed: false,
        commitmentAllowed: false,
        source: 'applicant',
        form: 'electronic',
        fileFormats: ['PDF'],
        originals: 1,
        copies: 0,
      },
    ],
    statutoryLimit: { value: 20, unit: '1' },
    statutoryDays: 20,
    promisedDays: 10,
    fee: { charged: false, items: [] },
    visits: 0,
    onlineDepth: '4',
    onlineUrls: {},
    process: [{ name: '受理', actor: '审批办', description: '网上受理' }],
    specialProcedures: [],
    result: { name: '办理结果通知', kind: 'other', delivery: '网上送达' },
    windows: [],
    consultation: [{ kind: '电话', value: '0551-00000000' }],
    complaint: [{ kind: '电话', value: '12345' }],
    faq: [],
    themes: ['科技企业'],
    highFrequency: false,
    effectiveDate: '2026-01-01',
    ...overrides,
    ...(overrides.basicCode && !overrides.code ? { code: `${DEPT_CREDIT_CODE}2${overrides.basicCode}` } : {}),
  };
}
