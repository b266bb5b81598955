// The workflows an item may name in its guide. No imports: the catalogue schema (shared with
// the browser) validates against this list.
export const WORKFLOW_KEYS = {
  generic: '通用审批流程',
  'lab-animal-licence': '实验动物许可（初审—专家预审—网上受理—纸质材料—现场验收—决定—发证）',
  'high-tech-recognition': '高新技术企业认定（初审—受理点收件—代收单位确认—专家评审—公示—认定）',
  'programme-project': '科技计划项目立项（形式审查—专家评审—立项决定—立项通知）',
} as const;
export type WorkflowKey = keyof typeof WORKFLOW_KEYS;
