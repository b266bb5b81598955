// 国际科技合作基地认定 — 安徽省国际科技合作基地认定 (seed 001 lists it among the items to connect).
import type { ItemContent } from '../../schema.ts';
import {
  CENTRE_WINDOW, COMPLAINT, DEPARTMENT, EFFECTIVE_DATE, FREE_OF_CHARGE, LEGAL_PERSON_LICENCE, LEVEL, OFFICES,
  consultation, fromLicenceLibrary, itemCode, material, onlineUrls, templateUrl,
} from '../common.ts';

const basicCode = '001072008000';
const code = itemCode(basicCode);

export const item: ItemContent = {
  code,
  basicCode,
  name: '国际科技合作基地认定',
  shortDescription:
    '对在开展国际科技合作中取得显著成效、具有示范引领作用的省内高校、科研院所、企业和科技园区，认定为安徽省国际科技合作基地，并择优推荐申报国家国际科技合作基地。',
  type: '10',
  powerSource: '1',
  caseType: '2',
  level: LEVEL,
  audiences: ['2', '3'],
  department: DEPARTMENT,
  office: OFFICES.international.name,
  legalBasis: [
    {
      title: '《国家国际科技合作基地管理办法》',
      docNo: '国科发外〔2011〕316号',
      article:
        '……国合基地是指由科学技术部及其职能机构认定，在承担国家国际科技合作任务中取得显著成绩、具有进一步发展潜力和引导示范作用的国内科技园区、科研院所、高等学校、创新型企业等机构载体，包括国际创新园、国际联合研究中心、国际技术转移中心和示范型国际科技合作基地等不同类型。……',
    },
    {
      title: '《中华人民共和国科学技术进步法》',
      docNo: '中华人民共和国主席令第一〇三号（2021年12月24日修订）',
    },
    {
      title: '《安徽省国际科技合作基地管理办法》',
      article: '省国际科技合作基地分为国际联合研究中心、国际技术转移中心和国际科技合作示范基地等类型，由省科学技术厅组织认定，实行三年一评估的动态管理。',
    },
  ],
  conditions: [
    '申请单位为在安徽省内注册、具有独立法人资格的高等学校、科研院所、企业或科技园区管理机构，具有较强的科技研发实力。',
    '近三年与国外（境外）高校、科研机构或企业建立了稳定的合作关系，签订了实质性合作协议，联合开展科研项目、共建研发平台或开展技术转移。',
    '近三年承担过国家级或省级国际科技合作项目，在引进国外先进技术、智力和联合研发方面取得显著成效。',
    '设有负责国际科技合作的专门机构或专职团队，负责人具有较高学术水平和丰富的国际交流经验。',
    '具有开展国际科技合作所需的科研条件和配套经费保障。',
  ],
  materials: [
    material({
      name: '安徽省国际科技合作基地认定申请书',
      spec: '在线填报，按申请基地类型填写合作基础、合作成效、团队情况和发展规划，法定代表人签字并加盖公章。',
      templateUrl: templateUrl(basicCode, 1),
    }),
    fromLicenceLibrary(LEGAL_PERSON_LICENCE),
    material({
      name: '国际合作协议',
      spec: '与外方签订的有效合作协议或合同，外文协议须附中文译本并由申请单位盖章确认。',
    }),
    material({
      name: '国际合作项目及成果证明',
      spec: '近三年承担的国际科技合作项目立项文件、联合发表论文、共同申请专利、技术引进合同等。',
    }),
    material({
      name: '国际合作团队人员名单',
      spec: '列明中方团队和外方合作专家的姓名、职称、专业和分工，外方专家附简历。',
      templateUrl: templateUrl(basicCode, 2),
    }),
    material({
      name: '配套经费保障承诺书',
      commitmentAllowed: true,
      spec: '承诺基地建设和运行的配套经费，法定代表人签字并加盖公章。',
      templateUrl: templateUrl(basicCode, 3),
    }),
    material({
      name: '主管部门推荐意见',
      source: 'government',
      spec: '由设区市科技局或省直主管部门在系统中在线出具。',
      fileFormats: [],
    }),
  ],
  statutoryLimit: null,
  statutoryDays: null,
  promisedDays: 30,
  promisedNote: '自受理之日起计算，不含专家评审和公示时间。',
  fee: FREE_OF_CHARGE,
  visits: 0,
  onlineDepth: '4',
  onlineUrls: onlineUrls(code),
  process: [
    { name: '网上申报', actor: '申请单位', description: '在安徽省科技管理信息系统在线提交认定申请。' },
    { name: '主管部门推荐', actor: '设区市科技局、省直主管部门', description: '审核申报材料，在线出具推荐意见。', days: 10 },
    { name: '形式审查', actor: '对外科技合作处', description: '审查申报条件和材料完整性，符合要求的予以受理。', days: 5 },
    { name: '专家评审', actor: '专家组', description: '组织专家对合作基础、合作成效和发展潜力进行评审，必要时进行现场考察。' },
    { name: '审定', actor: '安徽省科学技术厅', description: '根据专家意见提出拟认定名单。', days: 10 },
    { name: '公示', actor: '安徽省科学技术厅', description: '拟认定名单公示5个工作日。' },
    { name: '发文认定', actor: '安徽省科学技术厅', description: '公示无异议的，发文认定，认定文件加盖电子签章在线送达。', days: 10 },
  ],
  specialProcedures: [
    { name: '专家评审', limit: '一般不超过20个工作日', note: '不计入承诺办结时限。', countsTowardLimit: false },
    { name: '公示', limit: '5个工作日', note: '不计入承诺办结时限。', countsTowardLimit: false },
  ],
  result: {
    name: '安徽省国际科技合作基地认定文件',
    kind: 'approval',
    validity: '每三年评估一次，评估合格的继续保留资格',
    delivery: '认定文件加盖电子签章在线送达，认定名单在省科学技术厅门户网站公布。',
  },
  windows: [CENTRE_WINDOW],
  consultation: consultation(OFFICES.international),
  complaint: COMPLAINT,
  faq: [
    {
      q: '与港澳台地区机构的合作可以作为申报依据吗？',
      a: '可以。与香港、澳门特别行政区和台湾地区高校、科研机构或企业开展的科技合作，参照国际科技合作认定。',
    },
    {
      q: '省级基地如何申报国家国际科技合作基地？',
      a: '科技部组织国家国际科技合作基地申报时，由省科学技术厅从运行良好的省级基地中择优推荐。已认定为省级基地且评估优秀的，优先推荐。',
    },
  ],
  themes: ['平台基地'],
  highFrequency: false,
  effectiveDate: EFFECTIVE_DATE,
};
