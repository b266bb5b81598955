// 自然科学基金项目 — 安徽省自然科学基金项目认定 (seed 001 lists it among the items to connect).
import type { ItemContent } from '../../schema.ts';
import {
  CENTRE_WINDOW, COMPLAINT, DEPARTMENT, EFFECTIVE_DATE, FREE_OF_CHARGE, LEVEL, OFFICES,
  consultation, itemCode, material, onlineUrls, templateUrl,
} from '../common.ts';

const basicCode = '001072004000';
const code = itemCode(basicCode);

export const item: ItemContent = {
  code,
  basicCode,
  name: '自然科学基金项目',
  shortDescription:
    '安徽省自然科学基金资助自然科学基础研究和应用基础研究，设面上项目、青年项目、杰出青年项目等类型，由依托单位组织科研人员网上申请，经同行评审择优资助。',
  type: '10',
  powerSource: '1',
  caseType: '2',
  level: LEVEL,
  audiences: ['3', '2'],
  department: DEPARTMENT,
  office: OFFICES.basicResearch.name,
  legalBasis: [
    {
      title: '《中华人民共和国科学技术进步法》',
      docNo: '中华人民共和国主席令第一〇三号（2021年12月24日修订）',
    },
    {
      title: '《国家自然科学基金条例》',
      docNo: '国务院令第487号',
      article:
        '第三条 国家自然科学基金主要用于资助自然科学基础研究，支持人才培养和团队建设。确定国家自然科学基金资助项目，应当充分发挥专家的作用，遵循公开、公平、公正的原则，实行尊重科学、发扬民主、提倡竞争、促进合作、激励创新、引领未来的方针。',
    },
    {
      title: '《安徽省自然科学基金管理办法》',
      article: '省自然科学基金实行依托单位负责制，按照“自由申请、同行评审、择优支持”的原则确定资助项目。',
    },
  ],
  conditions: [
    '申请人所在单位已在安徽省自然科学基金管理系统注册为依托单位。',
    '申请人具有高级专业技术职称或博士学位；不具有高级职称或博士学位的，须有2名同行高级职称专家推荐。',
    '申请青年项目的，申请当年1月1日男性未满35周岁、女性未满40周岁。',
    '同一申请人当年度只能申请1项省自然科学基金项目，正在承担的省自然科学基金项目不超过1项。',
    '申请人无不良科研信用记录，申请内容未获其他财政资金资助。',
  ],
  materials: [
    material({
      name: '安徽省自然科学基金项目申请书',
      spec: '在安徽省自然科学基金管理系统在线撰写，经依托单位审核后在线提交，无需报送纸质材料。',
      fileFormats: [],
    }),
    material({
      name: '依托单位注册信息',
      source: 'government',
      spec: '依托单位注册时已核验法人证照，申请时由系统自动关联，申请人无需提供。',
      fileFormats: [],
    }),
    material({
      name: '科研诚信承诺书',
      spec: '申请人及主要参与者在线签署。',
      templateUrl: templateUrl(basicCode, 1),
    }),
    material({
      name: '同行专家推荐信',
      required: false,
      requiredNote: '仅不具有高级职称且无博士学位的申请人提供。',
      spec: '2名具有高级专业技术职称的同行专家推荐，说明申请人的研究能力和项目的创新性，推荐人签字。',
      fileFormats: ['PDF', 'JPG'],
      templateUrl: templateUrl(basicCode, 2),
    }),
    material({
      name: '合作研究单位协议',
      required: false,
      requiredNote: '仅有合作研究单位的项目提供。',
      spec: '合作单位盖章，明确合作内容与分工。',
    }),
    material({
      name: '在职博士研究生导师同意函',
      required: false,
      requiredNote: '仅在职攻读博士学位的申请人提供。',
      toleranceAllowed: true,
      spec: '导师签字，说明申请项目与学位论文的关系。',
      fileFormats: ['PDF', 'JPG'],
    }),
  ],
  statutoryLimit: null,
  statutoryDays: null,
  promisedDays: 30,
  promisedNote: '自申请集中接收截止之日起计算，不含同行评审和拟资助公示时间。',
  fee: FREE_OF_CHARGE,
  visits: 0,
  onlineDepth: '4',
  onlineUrls: onlineUrls(code),
  process: [
    {
      name: '网上申请',
      actor: '申请人',
      description: '在集中接收期内通过安徽省自然科学基金管理系统在线撰写并提交申请书。',
    },
    {
      name: '依托单位审核',
      actor: '依托单位科研管理部门',
      description: '审核申请人资格和申请书内容的真实性，在线确认提交。',
    },
    {
      name: '形式审查',
      actor: '基础研究与科技奖励处',
      description: '对申请资格、限项要求和材料完整性进行审查；不予受理的，说明理由。',
      days: 10,
    },
    {
      name: '同行评审',
      actor: '评审专家',
      description: '通讯评审随机遴选3至5名同行专家；杰出青年等项目另行组织会议评审。',
    },
    {
      name: '拟资助公示',
      actor: '安徽省科学技术厅',
      description: '拟资助项目清单在省科学技术厅门户网站公示5个工作日。',
    },
    {
      name: '下达资助',
      actor: '安徽省科学技术厅',
      description: '公示无异议的，下达加盖电子签章的资助文件，依托单位组织项目负责人在线填报计划书。',
      days: 10,
    },
  ],
  specialProcedures: [
    { name: '同行评审', limit: '一般不超过40个工作日', note: '不计入承诺办结时限。', countsTowardLimit: false },
    { name: '拟资助公示', limit: '5个工作日', note: '不计入承诺办结时限。', countsTowardLimit: false },
  ],
  result: {
    name: '安徽省自然科学基金项目资助文件',
    kind: 'approval',
    delivery: '资助文件加盖电子签章在系统发布，项目负责人在线查看评审意见和资助结果。',
  },
  windows: [CENTRE_WINDOW],
  consultation: consultation(OFFICES.basicResearch),
  complaint: COMPLAINT,
  faq: [
    {
      q: '不资助的项目能看到评审意见吗？',
      a: '可以。评审结束后，申请人可登录系统查看专家评审意见（不显示专家姓名）。对不予受理决定有异议的，可在公布之日起15日内提出复审申请；对专家学术判断有不同意见的，不属于复审范围。',
    },
    {
      q: '正在承担国家自然科学基金项目，还能申请省基金吗？',
      a: '可以申请，但同一研究内容不得重复申请。申请书中须如实列明在研项目，并说明与本申请的区别与联系。',
    },
  ],
  themes: ['科研项目'],
  highFrequency: false,
  effectiveDate: EFFECTIVE_DATE,
};
