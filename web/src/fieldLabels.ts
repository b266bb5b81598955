// Chinese names of ItemContent fields, to show diff paths and validation issues.

const TOP: Record<string, string> = {
  code: '实施编码',
  basicCode: '基本编码',
  name: '事项名称',
  shortDescription: '事项简介',
  type: '事项类型',
  powerSource: '权力来源',
  caseType: '办件类型',
  level: '行使层级',
  audiences: '服务对象',
  department: '实施主体',
  office: '承办处室',
  legalBasis: '设定依据',
  conditions: '受理条件',
  materials: '申请材料',
  statutoryLimit: '法定办结时限',
  statutoryDays: '法定时限（工作日）',
  promisedDays: '承诺办结时限',
  promisedNote: '承诺时限说明',
  deadlinePolicy: '时限管理（预警与延期）',
  fee: '收费',
  visits: '到现场次数',
  onlineDepth: '网上办理深度',
  onlineUrls: '网办地址',
  process: '办理流程',
  specialProcedures: '特别程序',
  result: '审批结果',
  windows: '办理窗口',
  consultation: '咨询方式',
  complaint: '监督投诉',
  faq: '常见问题',
  themes: '主题分类',
  highFrequency: '高频事项',
  workflow: '网上办理流程',
  effectiveDate: '生效日期',
};

const NESTED: Record<string, string> = {
  // department
  creditCode: '统一社会信用代码',
  nature: '性质',
  // materials
  required: '必要性',
  requiredNote: '必要性说明',
  toleranceAllowed: '容缺受理',
  commitmentAllowed: '告知承诺',
  source: '来源',
  form: '形式',
  fileFormats: '电子格式',
  originals: '原件份数',
  copies: '复印件份数',
  spec: '材料要求',
  templateUrl: '空白表格',
  sampleUrl: '示例样表',
  // legal basis
  title: '名称',
  docNo: '文号',
  article: '条款',
  // process / windows / channels
  actor: '办理人',
  description: '办理内容',
  days: '时限',
  address: '地点',
  hours: '时间',
  phone: '电话',
  kind: '方式',
  value: '内容',
  q: '问题',
  a: '解答',
  // limits, fee, result, urls
  warnWorkingDays: '到期前预警（工作日）',
  extensionMaxWorkingDays: '延期上限（工作日）',
  extensionMaxTimes: '延期次数上限',
  unit: '单位',
  note: '说明',
  charged: '是否收费',
  basis: '收费依据',
  items: '收费项目',
  standard: '标准',
  limit: '时限',
  countsTowardLimit: '计入承诺时限',
  validity: '有效期',
  delivery: '送达方式',
  pc: '电脑端',
  mobile: '移动端',
  name: '名称',
};

/** Labels of specific nested paths (indices ignored) that the generic names describe badly. */
const PATHS: Record<string, string> = {
  'statutoryLimit.value': '时限数值',
  'statutoryLimit.unit': '时限单位',
  'statutoryLimit.note': '时限说明',
  'department.name': '实施主体名称',
  'result.name': '结果名称',
  'result.kind': '结果类型',
  'fee.items.name': '收费项目名称',
};

/** "materials.2.name" or ['materials', 2, 'name'] → "申请材料 › 第 3 项 › 名称". */
export function fieldPathLabel(path: string | readonly PropertyKey[]): string {
  const parts = typeof path === 'string' ? path.split('.') : path.map((p) => String(p));
  const isIndex = (part: string) => /^\d+$/.test(part);
  return parts
    .map((part, i) => {
      if (isIndex(part)) return `第 ${Number(part) + 1} 项`;
      if (i === 0) return TOP[part] ?? part;
      const named = parts.slice(0, i + 1).filter((p) => !isIndex(p)).join('.');
      return PATHS[named] ?? NESTED[part] ?? TOP[part] ?? part;
    })
    .join(' › ');
}
