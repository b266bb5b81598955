// 院士工作站备案 — 安徽省院士工作站备案 (seed 001 lists it among the items to connect).
import type { ItemContent } from '../../schema.ts';
import {
  CENTRE_WINDOW, COMPLAINT, DEPARTMENT, EFFECTIVE_DATE, FREE_OF_CHARGE, LEGAL_PERSON_LICENCE, LEVEL, OFFICES,
  consultation, fromLicenceLibrary, itemCode, material, onlineUrls, templateUrl,
} from '../common.ts';

const basicCode = '001072009000';
const code = itemCode(basicCode);

export const item: ItemContent = {
  code,
  basicCode,
  name: '院士工作站备案',
  shortDescription:
    '省内企业、高校、科研院所等单位与院士及其团队建立长期合作关系、设立院士工作站的，向省科学技术厅办理备案，纳入全省院士工作站管理和服务。',
  type: '10',
  powerSource: '1',
  caseType: '2',
  level: LEVEL,
  audiences: ['2', '3'],
  department: DEPARTMENT,
  office: OFFICES.personnel.name,
  legalBasis: [
    {
      title: '《中华人民共和国科学技术进步法》',
      docNo: '中华人民共和国主席令第一〇三号（2021年12月24日修订）',
    },
    {
      title: '《安徽省院士工作站管理办法》',
      article: '院士工作站实行备案管理。建站单位与院士签订合作协议后，经所在地科技管理部门审核，报省科学技术厅备案；省科学技术厅对院士工作站进行绩效考核和动态管理。',
    },
  ],
  conditions: [
    '建站单位为在安徽省内注册、具有独立法人资格的企业、高等学校、科研院所或其他组织，具有较强的研发能力和明确的技术需求。',
    '与中国科学院院士、中国工程院院士或外籍院士及其团队签订合作协议，合作期不少于3年，有明确的合作项目和目标。',
    '进站院士每年在站工作时间累计不少于1个月，院士团队成员不少于3人。',
    '具备开展合作研究所需的科研场所、仪器设备，每年投入合作研发经费不少于50万元，配备专门的科研团队和管理人员。',
  ],
  materials: [
    material({
      name: '安徽省院士工作站备案表',
      spec: '在线填写建站单位、进站院士、合作项目和保障条件，加盖建站单位公章。',
      templateUrl: templateUrl(basicCode, 1),
    }),
    fromLicenceLibrary(LEGAL_PERSON_LICENCE),
    material({
      name: '建站单位与院士签订的合作协议',
      spec: '明确合作期限、合作项目、双方权利义务、知识产权归属和院士在站工作时间，院士本人签字。',
      fileFormats: ['PDF', 'JPG'],
    }),
    material({
      name: '合作项目计划书',
      spec: '说明合作项目的研究内容、技术路线、预期目标和进度安排。',
      templateUrl: templateUrl(basicCode, 2),
    }),
    material({
      name: '科研条件及经费保障承诺书',
      commitmentAllowed: true,
      spec: '承诺提供科研场所、仪器设备、生活条件和年度研发经费，法定代表人签字并加盖公章。',
      templateUrl: templateUrl(basicCode, 3),
    }),
    material({
      name: '所在地科技管理部门审核意见',
      source: 'government',
      spec: '由设区市科技局在系统中在线出具，省属单位由主管部门出具。',
      fileFormats: [],
    }),
  ],
  statutoryLimit: null,
  statutoryDays: null,
  promisedDays: 15,
  promisedNote: '自受理之日起15个工作日内完成备案。',
  fee: FREE_OF_CHARGE,
  visits: 0,
  onlineDepth: '4',
  onlineUrls: onlineUrls(code),
  process: [
    { name: '网上提交', actor: '建站单位', description: '通过安徽政务服务网在线填写备案表并上传合作协议等材料。' },
    { name: '市级审核', actor: '设区市科技局', description: '核实建站单位条件和合作协议真实性，在线出具审核意见。', days: 5 },
    { name: '备案审核', actor: '人事处', description: '审核备案材料，必要时与院士本人核实合作意向；材料不全的一次性告知。', days: 8 },
    { name: '备案公布', actor: '安徽省科学技术厅', description: '予以备案的，出具备案通知并在省科学技术厅门户网站公布院士工作站名单。', days: 2 },
  ],
  specialProcedures: [],
  result: {
    name: '安徽省院士工作站备案通知',
    kind: 'filing',
    validity: '合作协议期内有效，每3年进行一次绩效考核',
    delivery: '备案通知加盖电子印章在线送达，建站单位可下载打印；牌匾由省科学技术厅统一制作。',
  },
  windows: [CENTRE_WINDOW],
  consultation: consultation(OFFICES.personnel),
  complaint: COMPLAINT,
  faq: [
    {
      q: '同一位院士可以在多个单位设立工作站吗？',
      a: '原则上同一位院士在本省进站不超过2家。申请备案时须在备案表中如实填写院士在省内其他单位的进站情况。',
    },
    {
      q: '合作期满后如何续期？',
      a: '合作期满需继续合作的，建站单位与院士重新签订合作协议后，在原备案基础上在线办理续期备案，无需重复提交已有材料。',
    },
  ],
  themes: ['人才引进', '平台基地'],
  highFrequency: false,
  effectiveDate: EFFECTIVE_DATE,
};
