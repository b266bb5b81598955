// 科技计划项目申报书 (J3): the project, its leader, budget and team.
import type { ApplicationFormDef } from '../../application-form.ts';
import { HIGH_TECH_FIELDS, commitment, contactEmail, contactName, contactPhone, unitAddress, unitCreditCode, unitName } from '../../forms/fields.ts';

const budget = (key: string, label: string) => ({ key, label, type: 'money' as const, unit: '万元', required: true, max: 1_000_000 });

export const programmeProjectForm: ApplicationFormDef = {
  sections: [
    { title: '申报单位', fields: [unitName, unitCreditCode, unitAddress, contactName, contactPhone, contactEmail] },
    {
      title: '项目基本信息',
      fields: [
        { key: 'projectName', label: '项目名称', type: 'text', required: true, minLength: 4, maxLength: 100 },
        { key: 'programme', label: '计划类别', type: 'select', required: true, options: ['重点研发计划', '科技重大专项', '自然科学基金', '软科学研究', '科技成果转化', '其他'].map((label, i) => ({ value: String(i + 1), label })) },
        { key: 'techField', label: '技术领域', type: 'select', required: true, options: HIGH_TECH_FIELDS, prefill: 'previous' },
        { key: 'startDate', label: '计划开始日期', type: 'date', required: true },
        { key: 'durationMonths', label: '实施周期', type: 'number', integer: true, min: 6, max: 60, unit: '个月', required: true },
        { key: 'keywords', label: '关键词', type: 'text', maxLength: 100, help: '3–5 个，用顿号分隔' },
        { key: 'summary', label: '项目摘要', type: 'textarea', required: true, minLength: 20, maxLength: 2000, help: '研究目标、主要内容、预期成果与考核指标' },
      ],
    },
    {
      title: '项目负责人',
      fields: [
        { key: 'leaderName', label: '姓名', type: 'text', required: true, maxLength: 50 },
        { key: 'leaderIdNumber', label: '身份证号', type: 'idNumber', required: true },
        { key: 'leaderTitle', label: '职称', type: 'radio', required: true, options: ['正高级', '副高级', '中级', '初级及其他'].map((label, i) => ({ value: String(i + 1), label })) },
        { key: 'leaderPhone', label: '手机号码', type: 'phone', required: true },
      ],
    },
    {
      title: '经费预算（万元）',
      fields: [budget('budgetTotal', '项目总经费'), budget('budgetFiscal', '申请财政资金'), budget('budgetSelf', '自筹资金')],
    },
    {
      title: '项目团队',
      fields: [
        {
          key: 'team', label: '主要研究人员', type: 'table', required: true, minRows: 1, maxRows: 30,
          columns: [
            { key: 'name', label: '姓名', type: 'text', required: true, maxLength: 50 },
            { key: 'unit', label: '工作单位', type: 'text', required: true, maxLength: 100 },
            { key: 'title', label: '职称', type: 'text', maxLength: 50 },
            { key: 'role', label: '项目分工', type: 'text', required: true, maxLength: 100 },
            { key: 'months', label: '投入月数', type: 'number', integer: true, min: 1, max: 60, required: true },
          ],
        },
      ],
    },
    { title: '承诺', fields: [commitment('本单位承诺申报内容真实、准确，不存在重复申报、科研失信等情形')] },
  ],
};
