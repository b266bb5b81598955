// 高新技术企业认定申请书 (J2): the eight conditions of 国科发火〔2016〕32号 as answers the reviewers
// check — registration date, field, staff, R&D expense ratio, high-tech revenue share, IP.
import type { ApplicationFormDef } from '../../application-form.ts';
import { HIGH_TECH_FIELDS, commitment, contactEmail, contactName, contactPhone, legalRepresentative, unitAddress, unitCreditCode, unitName } from '../../forms/fields.ts';

const pct = (key: string, label: string, help: string) => ({ key, label, type: 'number' as const, min: 0, max: 100, unit: '%', required: true, help });
const money = (key: string, label: string, help?: string) => ({ key, label, type: 'money' as const, unit: '万元', required: true, max: 100_000_000, ...(help ? { help } : {}) });
const count = (key: string, label: string) => ({ key, label, type: 'number' as const, integer: true, min: 0, max: 100_000, unit: '件', required: true });

export const highTechEnterpriseForm: ApplicationFormDef = {
  sections: [
    {
      title: '企业基本信息',
      fields: [
        unitName, unitCreditCode, legalRepresentative, unitAddress,
        { key: 'registeredDate', label: '注册成立日期', type: 'date', required: true, prefill: 'previous', help: '须注册成立一年以上' },
        contactName, contactPhone, { ...contactEmail, required: true },
      ],
    },
    {
      title: '技术领域',
      fields: [
        { key: 'techField', label: '主要产品（服务）所属技术领域', type: 'select', required: true, options: HIGH_TECH_FIELDS, prefill: 'previous' },
        { key: 'mainProducts', label: '主要产品（服务）', type: 'textarea', required: true, maxLength: 1000 },
      ],
    },
    {
      title: '经营与研发投入（近三个会计年度）',
      description: '以经具备资质的中介机构出具的专项审计或鉴证报告为准，金额单位：万元。',
      fields: [
        money('salesRevenue3y', '近三年销售收入合计'),
        money('revenueLastYear', '近一年销售收入'),
        money('rdExpense3y', '近三年研究开发费用合计'),
        money('rdExpenseDomestic3y', '其中在中国境内发生的研究开发费用', '须占研究开发费用总额的 60% 以上'),
        pct('rdRatio', '研究开发费用占销售收入比例', '近一年销售收入 5000 万元以下的不低于 5%，5000 万元至 2 亿元的不低于 4%，2 亿元以上的不低于 3%'),
        money('highTechRevenue', '近一年高新技术产品（服务）收入'),
        pct('highTechRevenueShare', '高新技术产品（服务）收入占总收入比例', '不低于 60%'),
      ],
    },
    {
      title: '人员情况',
      fields: [
        { key: 'staffTotal', label: '职工总数', type: 'number', integer: true, min: 1, max: 1_000_000, unit: '人', required: true, prefill: 'previous' },
        { key: 'techStaff', label: '科技人员数', type: 'number', integer: true, min: 0, max: 1_000_000, unit: '人', required: true, prefill: 'previous' },
        pct('techStaffShare', '科技人员占职工总数比例', '不低于 10%'),
      ],
    },
    {
      title: '知识产权',
      fields: [
        count('inventionPatents', 'Ⅰ类：发明专利（含国防专利）'),
        count('utilityModels', 'Ⅱ类：实用新型专利'),
        count('softwareCopyrights', 'Ⅱ类：软件著作权'),
        count('otherIp', 'Ⅱ类：其他（外观设计、集成电路布图设计等）'),
        {
          key: 'coreIp', label: '核心知识产权清单', type: 'table', required: true, minRows: 1, maxRows: 100, prefill: 'previous',
          help: '对主要产品（服务）在技术上发挥核心支持作用的知识产权',
          columns: [
            { key: 'name', label: '名称', type: 'text', required: true, maxLength: 200 },
            { key: 'kind', label: '类别', type: 'select', required: true, options: ['发明专利', '实用新型', '外观设计', '软件著作权', '集成电路布图设计', '植物新品种', '其他'].map((label, i) => ({ value: String(i + 1), label })) },
            { key: 'number', label: '授权号/登记号', type: 'text', required: true, maxLength: 50 },
            { key: 'grantedOn', label: '授权日期', type: 'date', required: true },
          ],
        },
      ],
    },
    {
      title: '承诺',
      fields: [
        { key: 'noMajorIncident', label: '申请认定前一年内未发生重大安全、重大质量事故或严重环境违法行为', type: 'checkbox', required: true },
        commitment('本企业承诺所填信息及所附材料真实、准确、完整，如有虚假愿承担相应责任'),
      ],
    },
  ],
};
