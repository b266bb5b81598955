// 省级重点实验室认定 (seed 001 lists it among the items to connect).
import type { ItemContent } from '../../schema.ts';
import {
  CENTRE_WINDOW, COMPLAINT, DEPARTMENT, EFFECTIVE_DATE, FREE_OF_CHARGE, LEGAL_PERSON_LICENCE, LEVEL, OFFICES,
  consultation, fromLicenceLibrary, itemCode, material, onlineUrls, templateUrl,
} from '../common.ts';

const basicCode = '001072007000';
const code = itemCode(basicCode);

export const item: ItemContent = {
  code,
  basicCode,
  name: '省级重点实验室认定',
  shortDescription:
    '依托省内高等学校、科研院所和创新型企业，围绕全省重点产业和学科前沿建设省级重点实验室，开展基础研究和应用基础研究，聚集和培养优秀科技人才。',
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
      title: '《国家重点实验室建设与运行管理办法》',
      docNo: '国科发基〔2008〕539号',
      article: '……重点实验室是国家科技创新体系的重要组成部分，是国家组织高水平基础研究和应用基础研究、聚集和培养优秀科学家、开展高层次学术交流的重要基地。……',
    },
    {
      title: '《安徽省重点实验室建设与运行管理办法》',
      article: '省重点实验室实行“开放、流动、联合、竞争”的运行机制，经认定后进入建设期，建设期满验收合格的正式命名，运行期间定期评估、动态调整。',
    },
  ],
  conditions: [
    '依托单位为在安徽省内注册、具有独立法人资格的高等学校、科研院所或创新型企业，能为实验室建设提供人员、场地、经费等条件保障。',
    '研究方向明确，属于全省重点发展的产业领域或学科前沿，在本领域具有较强的研究实力和特色。',
    '拥有结构合理的研究队伍，固定研究人员不少于20人（企业类不少于15人），学术带头人具有较高学术水平。',
    '实验室用房面积不少于1000平方米，科研仪器设备原值不少于1000万元（企业类不少于500万元）。',
    '近五年承担过国家级或省级科技计划项目，取得较好的研究成果。',
  ],
  materials: [
    material({
      name: '省级重点实验室建设申请书',
      spec: '在线填报，包括研究方向、研究队伍、研究基础、运行管理和建设目标，依托单位法定代表人签字并盖章。',
      templateUrl: templateUrl(basicCode, 1),
    }),
    fromLicenceLibrary(LEGAL_PERSON_LICENCE),
    material({
      name: '建设可行性研究报告',
      spec: '论证建设必要性、研究方向、建设目标、建设内容、经费预算和预期成效。',
      templateUrl: templateUrl(basicCode, 2),
    }),
    material({
      name: '研究队伍名单及学术带头人简历',
      spec: '列明固定研究人员姓名、年龄、职称、学历、研究方向，附实验室主任和学术带头人简历。',
    }),
    material({
      name: '科研仪器设备清单',
      spec: '列明单价10万元以上仪器设备的名称、型号、原值和购置时间，依托单位资产管理部门盖章。',
    }),
    material({
      name: '近五年承担项目及代表性成果证明',
      spec: '项目立项文件、代表性论文、授权专利、获奖证书等，每类不超过10项。',
    }),
    material({
      name: '依托单位支持承诺书',
      commitmentAllowed: true,
      spec: '承诺在人员编制、实验用房、运行经费等方面给予保障，依托单位法定代表人签字并盖章。',
      templateUrl: templateUrl(basicCode, 3),
    }),
    material({
      name: '主管部门推荐意见',
      source: 'government',
      spec: '由设区市科技局或省直主管部门在系统中在线出具，申请人无需提交。',
      fileFormats: [],
    }),
  ],
  statutoryLimit: null,
  statutoryDays: null,
  promisedDays: 30,
  promisedNote: '自受理之日起计算，不含专家评审、现场考察和公示时间。',
  fee: FREE_OF_CHARGE,
  visits: 0,
  onlineDepth: '4',
  onlineUrls: onlineUrls(code),
  process: [
    { name: '网上申报', actor: '依托单位', description: '按年度申报通知在安徽省科技管理信息系统在线提交建设申请。' },
    { name: '主管部门推荐', actor: '设区市科技局、省直主管部门', description: '审核申报材料并在线出具推荐意见。', days: 10 },
    { name: '形式审查', actor: '基础研究与科技奖励处', description: '审查申报条件和材料完整性，符合要求的予以受理。', days: 5 },
    { name: '专家评审与现场考察', actor: '专家组', description: '组织同行专家进行会议评审和现场考察，重点评价研究方向、队伍水平和条件保障。' },
    { name: '审定', actor: '安徽省科学技术厅', description: '根据专家意见提出拟批准建设名单。', days: 10 },
    { name: '公示', actor: '安徽省科学技术厅', description: '拟批准建设名单公示5个工作日。' },
    { name: '批准建设', actor: '安徽省科学技术厅', description: '公示无异议的，下达建设批复文件，依托单位在线签订建设任务书。', days: 10 },
  ],
  specialProcedures: [
    { name: '专家评审与现场考察', limit: '一般不超过30个工作日', note: '不计入承诺办结时限。', countsTowardLimit: false },
    { name: '公示', limit: '5个工作日', note: '不计入承诺办结时限。', countsTowardLimit: false },
  ],
  result: {
    name: '省级重点实验室建设批复文件',
    kind: 'approval',
    validity: '建设期一般为2年，建设期满验收合格后正式命名；运行期间每5年评估一次',
    delivery: '批复文件加盖电子签章在线送达，批准名单在省科学技术厅门户网站公布。',
  },
  windows: [CENTRE_WINDOW],
  consultation: consultation(OFFICES.basicResearch),
  complaint: COMPLAINT,
  faq: [
    {
      q: '企业可以申请建设省级重点实验室吗？',
      a: '可以。创新型企业可作为依托单位申请建设企业类省级重点实验室，人员和仪器设备条件要求适当放宽，重点考察企业研发投入、应用基础研究能力和产学研合作情况。',
    },
    {
      q: '评估不合格会怎样？',
      a: '评估结果分为优秀、良好、较差三档。评估为较差的，限期一年整改；整改后复评仍不合格的，撤销省级重点实验室资格。',
    },
  ],
  themes: ['平台基地'],
  highFrequency: false,
  effectiveDate: EFFECTIVE_DATE,
};
