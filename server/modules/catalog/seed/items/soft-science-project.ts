// 软科学研究计划项目 — 省软科学研究计划项目认定 (seed 001 lists it among the items to connect).
import type { ItemContent } from '../../schema.ts';
import {
  CENTRE_WINDOW, COMPLAINT, DEPARTMENT, EFFECTIVE_DATE, FREE_OF_CHARGE, LEGAL_PERSON_LICENCE, LEVEL, OFFICES,
  consultation, fromLicenceLibrary, itemCode, material, onlineUrls, templateUrl,
} from '../common.ts';

const basicCode = '001072005000';
const code = itemCode(basicCode);

export const item: ItemContent = {
  code,
  basicCode,
  name: '软科学研究计划项目',
  shortDescription:
    '围绕全省科技创新战略、科技政策、创新体系建设和科技管理改革等开展决策咨询研究，为省委、省政府和省科学技术厅决策提供支撑。',
  type: '10',
  powerSource: '1',
  caseType: '2',
  level: LEVEL,
  audiences: ['3', '2', '4'],
  department: DEPARTMENT,
  office: OFFICES.policy.name,
  legalBasis: [
    {
      title: '《中华人民共和国科学技术进步法》',
      docNo: '中华人民共和国主席令第一〇三号（2021年12月24日修订）',
    },
    {
      title: '《安徽省软科学研究计划管理办法》',
      article: '省软科学研究计划重点支持科技发展战略、科技政策与法规、科技体制改革和科技管理等领域的研究，实行公开申报、专家评审、择优立项。',
    },
  ],
  conditions: [
    '申报单位为在安徽省内注册的高等学校、科研院所、党校（行政学院）、企业及其他具有独立法人资格的组织。',
    '项目负责人具有副高级以上专业技术职称或博士学位，同期主持省软科学研究计划项目不超过1项，上一期省软科学项目已按期结题。',
    '选题符合当年度软科学研究计划申报指南，研究目标明确，成果具有决策参考价值。',
    '申报单位和项目负责人无不良科研信用记录。',
  ],
  materials: [
    material({
      name: '软科学研究计划项目申报书',
      spec: '在安徽省科技管理信息系统在线填报，包括研究背景、研究内容、研究方法、预期成果和经费预算。',
      fileFormats: [],
    }),
    fromLicenceLibrary(LEGAL_PERSON_LICENCE),
    material({
      name: '科研诚信承诺书',
      spec: '申报单位和项目负责人在线签署。',
      templateUrl: templateUrl(basicCode, 1),
    }),
    material({
      name: '前期研究基础材料',
      required: false,
      requiredNote: '有相关前期成果的提供。',
      spec: '与申报选题相关的研究报告、决策咨询报告被采纳或领导批示证明、学术论文等，不超过5项。',
    }),
  ],
  statutoryLimit: null,
  statutoryDays: null,
  promisedDays: 30,
  promisedNote: '自申报截止之日起计算，不含专家评审和拟立项公示时间。',
  fee: FREE_OF_CHARGE,
  visits: 0,
  onlineDepth: '4',
  onlineUrls: onlineUrls(code),
  process: [
    { name: '申报', actor: '申报单位', description: '按年度指南在安徽省科技管理信息系统在线填报申报书，经单位审核后提交。' },
    { name: '形式审查', actor: '政策法规处', description: '审查申报资格、限项要求和材料完整性，一次性告知不符合项。', days: 5 },
    { name: '专家评审', actor: '评审专家组', description: '组织通讯评审，重点项目组织会议评审，按评分排序提出拟立项建议。' },
    { name: '拟立项公示', actor: '安徽省科学技术厅', description: '拟立项项目在省科学技术厅门户网站公示5个工作日。' },
    { name: '下达立项', actor: '安徽省科学技术厅', description: '公示无异议的，下达加盖电子签章的立项文件，短信通知申报单位在线下载。', days: 10 },
    { name: '任务书签订', actor: '项目承担单位、政策法规处', description: '立项后30日内在线签订项目任务书。', days: 15 },
  ],
  specialProcedures: [
    { name: '专家评审', limit: '一般不超过20个工作日', note: '不计入承诺办结时限。', countsTowardLimit: false },
    { name: '拟立项公示', limit: '5个工作日', note: '不计入承诺办结时限。', countsTowardLimit: false },
  ],
  result: {
    name: '省软科学研究计划项目立项文件',
    kind: 'approval',
    delivery: '立项文件加盖电子签章，在安徽省科技管理信息系统在线下载。',
  },
  windows: [CENTRE_WINDOW],
  consultation: consultation(OFFICES.policy),
  complaint: COMPLAINT,
  faq: [
    {
      q: '软科学项目结题需要提交什么？',
      a: '项目到期后3个月内在线提交结题报告、研究总报告和经费决算表；有决策咨询报告被采纳或获领导批示的，一并提供证明材料，作为结题评价的重要依据。',
    },
    {
      q: '个人可以申报吗？',
      a: '不可以以个人名义申报，须通过所在单位申报。单位须具有独立法人资格并对申报内容的真实性负责。',
    },
  ],
  themes: ['科研项目'],
  highFrequency: false,
  effectiveDate: EFFECTIVE_DATE,
};
