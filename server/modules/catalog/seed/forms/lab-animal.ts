// 实验动物生产/使用许可证申请书 (J1), after the application form of 《实验动物许可证管理办法（试行）》
// (国科发财字〔2001〕545号): species and grade, facilities, staff; same keys in both so answers
// carry over from one licence to the other (一表申请).
import type { ApplicationFormDef } from '../../application-form.ts';
import { commitment, contactEmail, contactName, contactPhone, legalRepresentative, unitAddress, unitCreditCode, unitName } from '../../forms/fields.ts';

const SPECIES = ['小鼠', '大鼠', '豚鼠', '地鼠', '兔', '犬', '猴', '小型猪', '鸡', '其他'].map((label, i) => ({ value: String(i + 1).padStart(2, '0'), label }));
const GRADES = [
  { value: 'conventional', label: '普通级' },
  { value: 'clean', label: '清洁级' },
  { value: 'spf', label: '无特定病原体级（SPF）' },
  { value: 'germfree', label: '无菌级（含悉生动物）' },
];

export function labAnimalForm(kind: 'production' | 'use'): ApplicationFormDef {
  const production = kind === 'production';
  return {
    sections: [
      { title: '申请单位基本情况', fields: [unitName, unitCreditCode, legalRepresentative, unitAddress, contactName, contactPhone, contactEmail] },
      {
        title: '许可申请内容',
        fields: [
          { key: 'applicationKind', label: '申请类型', type: 'radio', required: true, options: [{ value: 'new', label: '首次申请' }, { value: 'renewal', label: '延续（换证）' }, { value: 'change', label: '变更' }] },
          { key: 'licenceNo', label: '原许可证编号', type: 'text', maxLength: 50, help: '延续或变更时填写' },
          { key: 'species', label: production ? '生产的实验动物种类' : '使用的实验动物种类', type: 'checkbox', required: true, options: SPECIES },
          { key: 'strains', label: '品种品系', type: 'textarea', required: true, maxLength: 1000, help: '逐一列出品种品系，应与检测报告一致，如：C57BL/6J 小鼠、SD 大鼠' },
          { key: 'grades', label: '动物等级', type: 'checkbox', required: true, options: GRADES },
          production
            ? { key: 'annualOutput', label: '年生产能力', type: 'number', integer: true, min: 1, unit: '只', required: true }
            : { key: 'useScope', label: '使用范围', type: 'textarea', required: true, maxLength: 1000, help: '如：药物安全性评价、教学、科研实验' },
        ],
      },
      {
        title: '设施情况',
        fields: [
          { key: 'facilityAddress', label: '设施地址', type: 'address', required: true, prefill: 'previous' },
          { key: 'facilityArea', label: '设施总面积', type: 'number', required: true, min: 1, max: 1_000_000, unit: '平方米', prefill: 'previous' },
          { key: 'barrierArea', label: '其中屏障环境面积', type: 'number', min: 0, max: 1_000_000, unit: '平方米', prefill: 'previous' },
          { key: 'envTestDate', label: '设施环境检测报告日期', type: 'date', required: true, help: '检测报告须在申请前 3 个月内出具' },
          { key: 'animalSource', label: '实验动物来源单位', type: 'text', required: true, maxLength: 200, help: '种源单位名称及其许可证编号', prefill: 'previous' },
        ],
      },
      {
        title: '人员情况',
        fields: [
          { key: 'staffTotal', label: '从业人员总数', type: 'number', integer: true, min: 1, max: 100_000, unit: '人', required: true, prefill: 'previous' },
          { key: 'techStaff', label: '其中专业技术人员', type: 'number', integer: true, min: 0, max: 100_000, unit: '人', required: true, prefill: 'previous' },
          { key: 'certifiedStaff', label: '持证上岗人数', type: 'number', integer: true, min: 0, max: 100_000, unit: '人', required: true, prefill: 'previous' },
          {
            key: 'keyStaff', label: '主要技术人员', type: 'table', minRows: 1, maxRows: 50, required: true, prefill: 'previous',
            columns: [
              { key: 'name', label: '姓名', type: 'text', required: true, maxLength: 50 },
              { key: 'post', label: '岗位', type: 'text', required: true, maxLength: 50 },
              { key: 'title', label: '职称', type: 'text', maxLength: 50 },
              { key: 'certificateNo', label: '上岗证编号', type: 'text', maxLength: 50 },
            ],
          },
        ],
      },
      { title: '承诺', fields: [commitment('本单位承诺所填信息真实、准确，设施与人员符合实验动物管理的有关规定')] },
    ],
  };
}
