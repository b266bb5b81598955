// National code values of the service-item guide with their Chinese labels.
// No imports: the portal's first page load uses these without pulling in Zod.

/** Labels of each code list, keyed by the national code value. */
export const CODE_LISTS = {
  itemType: {
    '01': '行政许可', '02': '行政处罚', '03': '行政强制', '04': '行政征收', '05': '行政给付',
    '06': '行政检查', '07': '行政确认', '08': '行政奖励', '09': '行政裁决', '10': '其他行政权力',
    '20': '公共服务',
  },
  powerSource: {
    '1': '法定本级行使', '2': '上级下放', '3': '上级授权', '4': '同级授权', '5': '上级委托', '6': '同级委托',
  },
  bodyNature: { '1': '法定机关', '2': '授权组织', '3': '受委托组织' },
  caseType: { '1': '即办件', '2': '承诺件', '3': '联办件', '4': '上报件' },
  audience: {
    '1': '自然人', '2': '企业法人', '3': '事业法人', '4': '社会组织法人', '5': '非法人企业',
    '6': '行政机关', '9': '其他组织',
  },
  level: { '1': '国家级', '2': '省级', '3': '市级', '4': '县级', '5': '乡镇级' },
  limitUnit: { '1': '工作日', '2': '自然日', '3': '小时', '4': '分钟', '5': '月' },
  // 网上办理深度 (national four levels); 4 = 全程网办.
  onlineDepth: { '1': '一级：信息公开', '2': '二级：在线预约/表格下载', '3': '三级：在线申报/预审', '4': '四级：全程网办' },
  materialSource: { applicant: '申请人自备', 'e-licence': '电子证照库获取', government: '政府部门核发/共享' },
  materialForm: { electronic: '电子', paper: '纸质', both: '纸质和电子' },
  itemStatus: { draft: '草稿', published: '已发布', retired: '已停用' },
  versionState: { draft: '草稿', published: '现行版本', superseded: '历史版本' },
  resultKind: { licence: '许可证', certificate: '证书', approval: '批准文件', filing: '备案凭证', other: '其他' },
} as const;
