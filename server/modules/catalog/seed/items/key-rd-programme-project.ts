// 省重点研究与开发计划项目 — one of the department's programmes (seed 001 lists it among the items to connect).
import type { ItemContent } from '../../schema.ts';
import {
  CENTRE_WINDOW, COMPLAINT, DEPARTMENT, EFFECTIVE_DATE, FREE_OF_CHARGE, LEGAL_PERSON_LICENCE, LEVEL, OFFICES,
  consultation, fromLicenceLibrary, itemCode, material, onlineUrls, templateUrl,
} from '../common.ts';

const basicCode = '001072003000';
const code = itemCode(basicCode);

export const item: ItemContent = {
  code,
  basicCode,
  name: '省重点研究与开发计划项目',
  shortDescription:
    '围绕全省高新技术、农业农村、社会发展等领域的关键共性技术，支持企业牵头、产学研联合开展研究开发。按年度指南网上申报，立项文件电子签章在线送达。',
  type: '10',
  powerSource: '1',
  caseType: '2',
  level: LEVEL,
  audiences: ['2', '3'],
  department: DEPARTMENT,
  office: OFFICES.planning.name,
  legalBasis: [
    {
      title: '《中华人民共和国科学技术进步法》',
      docNo: '中华人民共和国主席令第一〇三号（2021年12月24日修订）',
    },
    {
      title: '《国务院印发关于深化中央财政科技计划（专项、基金等）管理改革方案的通知》',
      docNo: '国发〔2014〕64号',
      article:
        '……将科技计划（专项、基金等）整合形成国家自然科学基金、国家科技重大专项、国家重点研发计划、技术创新引导专项（基金）、基地和人才专项五类科技计划（专项、基金等）。……',
    },
    {
      title: '《安徽省省级科技计划项目管理办法》',
      article: '省重点研究与开发计划项目实行指南引导、公开竞争、专家评审、择优立项，企业牵头申报的项目应落实自筹资金。',
    },
  ],
  conditions: [
    '申报单位为在安徽省内注册、具有独立法人资格的企业、高等学校或科研院所；鼓励企业牵头、产学研联合申报。',
    '申报项目属于当年度申报指南支持的领域和方向，具有明确的技术指标和考核目标，实施周期一般为2至3年。',
    '企业牵头申报的，上年度研发投入占销售收入比例不低于3%，自筹资金与申请省财政资金比例不低于2:1。',
    '项目负责人同期主持省重点研究与开发计划项目不超过1项，申报单位和项目负责人无不良科研信用记录。',
  ],
  materials: [
    material({
      name: '项目申报书',
      spec: '在安徽省科技管理信息系统在线填报，明确研发内容、技术指标、考核目标、经费预算和进度安排，经申报单位和推荐单位审核后提交。',
      fileFormats: [],
    }),
    fromLicenceLibrary(LEGAL_PERSON_LICENCE),
    material({
      name: '科研诚信承诺书',
      spec: '申报单位及项目负责人在线签署。',
      templateUrl: templateUrl(basicCode, 1),
    }),
    material({
      name: '产学研合作协议',
      required: false,
      requiredNote: '仅联合申报项目提供。',
      spec: '明确各方任务分工、经费分配、知识产权归属和成果转化收益分配，各方盖章。',
      templateUrl: templateUrl(basicCode, 2),
    }),
    material({
      name: '上年度财务审计报告',
      required: false,
      requiredNote: '仅企业牵头申报的项目提供。',
      toleranceAllowed: true,
      spec: '由会计师事务所出具；当年审计报告尚未出具的，可先提供上年度财务报表，在专家评审前补齐。',
    }),
    material({
      name: '自筹资金承诺书',
      required: false,
      requiredNote: '仅企业牵头申报的项目提供。',
      commitmentAllowed: true,
      spec: '承诺自筹资金来源和到位计划，法定代表人签字并加盖公章；项目验收时核查自筹资金到位情况。',
      templateUrl: templateUrl(basicCode, 3),
    }),
  ],
  statutoryLimit: null,
  statutoryDays: null,
  promisedDays: 45,
  promisedNote: '自申报受理截止之日起计算，不含专家评审（含答辩、现场考察）和拟立项公示时间。',
  fee: FREE_OF_CHARGE,
  visits: 0,
  onlineDepth: '4',
  onlineUrls: onlineUrls(code),
  process: [
    {
      name: '申报',
      actor: '申报单位、推荐单位',
      description: '按年度申报指南在安徽省科技管理信息系统在线填报申报书，经设区市科技局或省直主管部门审核推荐后提交。',
    },
    {
      name: '形式审查',
      actor: '计划处、项目管理专业机构',
      description: '审查申报资格和材料的完整性、规范性，查询科研诚信和信用记录；不符合要求的，一次性告知原因。',
      days: 10,
    },
    {
      name: '专家评审',
      actor: '项目管理专业机构',
      description: '采取网络评审与会议答辩相结合的方式评审，必要时对企业牵头项目开展现场考察；评审专家随机抽取并实行回避。',
    },
    {
      name: '拟立项公示',
      actor: '安徽省科学技术厅',
      description: '拟立项项目在省科学技术厅门户网站公示5个工作日。',
    },
    {
      name: '下达立项',
      actor: '安徽省科学技术厅',
      description: '公示无异议的，下达加盖电子签章的立项文件，短信通知申报单位在线下载，办结信息推送安徽省一体化政务服务平台。',
      days: 10,
    },
    {
      name: '任务书签订',
      actor: '项目承担单位、计划处',
      description: '立项文件下达后30日内在线签订项目任务书（合同书），按任务书拨付省财政资金。',
      days: 20,
    },
  ],
  specialProcedures: [
    { name: '专家评审（含答辩、现场考察）', limit: '一般不超过40个工作日', note: '不计入承诺办结时限。', countsTowardLimit: false },
    { name: '拟立项公示', limit: '5个工作日', note: '不计入承诺办结时限。', countsTowardLimit: false },
  ],
  result: {
    name: '省重点研究与开发计划项目立项文件',
    kind: 'approval',
    delivery: '立项文件加盖电子签章，在安徽省科技管理信息系统在线下载，短信通知申报单位。',
  },
  windows: [CENTRE_WINDOW],
  consultation: consultation(OFFICES.planning),
  complaint: COMPLAINT,
  faq: [
    {
      q: '高校和科研院所可以牵头申报吗？',
      a: '可以。指南中标注为“企业牵头”的方向须由企业牵头申报，其他方向高等学校、科研院所可以牵头，鼓励与企业联合申报并明确成果转化路径。',
    },
    {
      q: '自筹资金需要在申报时到位吗？',
      a: '不需要。申报时签署自筹资金承诺书即可，立项后在任务书中明确自筹资金投入计划，项目中期检查和验收时核查到位情况。',
    },
  ],
  themes: ['科研项目'],
  highFrequency: false,
  effectiveDate: EFFECTIVE_DATE,
};
