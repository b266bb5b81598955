// Building blocks for application-form definitions: the applicant's own facts (一表申请:
// filled from the identity or earlier cases) and the closing commitment most forms end with.
import type { FieldDef } from '../application-form.ts';

export const unitName: FieldDef = { key: 'unitName', label: '申请单位名称', type: 'text', required: true, prefill: 'enterprise.name', maxLength: 100 };
export const unitCreditCode: FieldDef = { key: 'unitCreditCode', label: '统一社会信用代码', type: 'creditCode', required: true, prefill: 'enterprise.creditCode' };
export const legalRepresentative: FieldDef = { key: 'legalRepresentative', label: '法定代表人', type: 'text', required: true, prefill: 'enterprise.legalRepresentative', maxLength: 50 };
export const unitAddress: FieldDef = { key: 'unitAddress', label: '单位地址', type: 'address', required: true, prefill: 'enterprise.address' };
export const contactName: FieldDef = { key: 'contactName', label: '联系人', type: 'text', required: true, prefill: 'person.name', maxLength: 50 };
export const contactPhone: FieldDef = { key: 'contactPhone', label: '联系电话', type: 'phone', required: true, prefill: 'person.mobile', help: '11 位手机号码，或带区号的固定电话' };
export const contactEmail: FieldDef = { key: 'contactEmail', label: '电子邮箱', type: 'email', prefill: 'previous' };

export const commitment = (text: string): FieldDef => ({ key: 'commitment', label: text, type: 'checkbox', required: true });

/** 国家重点支持的高新技术领域 (国科发火〔2016〕32号 附件). */
export const HIGH_TECH_FIELDS = ['电子信息', '生物与新医药', '航空航天', '新材料', '高技术服务', '新能源与节能', '资源与环境', '先进制造与自动化'].map((label, i) => ({ value: String(i + 1), label }));
