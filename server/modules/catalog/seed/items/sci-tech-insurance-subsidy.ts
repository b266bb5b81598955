// 科技保险补助 — public service (seed 001 lists it among the items to connect).
import type { ItemContent } from '../../schema.ts';
import {
  CENTRE_WINDOW, COMPLAINT, DEPARTMENT, EFFECTIVE_DATE, FREE_OF_CHARGE, LEVEL, OFFICES,
  consultation, fromLicenceLibrary, itemCode, material, onlineUrls, templateUrl,
} from '../common.ts';

const basicCode = '002072001000';
const code = itemCode(basicCode);

export const item: ItemContent = {
  code,
  basicCode,
  name: '科技保险补助',
  shortDescription:
    '对投保科技保险的高新技术企业和科技型中小企业，按实际缴纳保费的一定比例给予补助，分散企业研发和成果转化风险。补助比例和上限以年度申报通知为准。',
  type: '20',
  powerSource: '1',
  caseType: '2',
  level: LEVEL,
  audiences: ['2'],
  department: DEPARTMENT,
  office: OFFICES.policy.name,
  legalBasis: [
    {
      title: '《中华人民共和国科学技术进步法》',
      docNo: '中华人民共和国主席令第一〇三号（2021年12月24日修订）',
    },
    {
      title: '《中国保监会 科学技术部关于加强和改善对高新技术企业保险服务有关问题的通知》',
      docNo: '保监发〔2006〕129号',
      article: '……充分认识保险在促进自主创新中的重要作用，积极开发适合高新技术企业需要的保险产品，为高新技术企业提供全面的风险保障……',
    },
    {
      title: '《安徽省科技保险补助资金管理办法》',
      article: '对省内高新技术企业、科技型中小企业投保科技保险险种实际缴纳的保费，按不超过50%的比例给予补助，单个企业年度补助额不超过20万元。',
    },
  ],
  conditions: [
    '申请企业为在安徽省内注册的有效期内高新技术企业或已入库的科技型中小企业。',
    '上一年度投保了产品研发责任保险、关键研发设备保险、营业中断保险、首台（套）重大技术装备综合保险、专利保险、高管及关键研发人员团体健康和意外保险等科技保险险种，且保费已实际缴纳。',
    '同一保单未获得其他财政资金保费补贴。',
    '企业无不良信用记录，未被列入严重失信主体名单。',
  ],
  materials: [
    material({
      name: '科技保险补助申请表',
      spec: '在线填写投保险种、保单号、保险期间和实缴保费，加盖企业电子印章。',
      templateUrl: templateUrl(basicCode, 1),
    }),
    fromLicenceLibrary('营业执照'),
    material({
      name: '高新技术企业证书或科技型中小企业入库登记编号',
      source: 'government',
      spec: '系统根据统一社会信用代码自动核验，企业无需上传。',
      fileFormats: [],
    }),
    material({
      name: '保险合同（保险单）',
      spec: '保险单及条款的扫描件，须能体现险种名称、保险期间、保险金额和保费。',
      fileFormats: ['PDF', 'JPG'],
    }),
    material({
      name: '保费发票及付款凭证',
      spec: '保险公司开具的保费发票和银行付款回单。',
      fileFormats: ['PDF', 'JPG'],
    }),
    material({
      name: '未重复享受财政保费补贴的承诺书',
      commitmentAllowed: true,
      spec: '在线签署告知承诺书；经核查存在重复补贴的，追回补助资金并记入失信记录。',
      templateUrl: templateUrl(basicCode, 2),
    }),
  ],
  statutoryLimit: null,
  statutoryDays: null,
  promisedDays: 30,
  promisedNote: '自申报截止之日起计算，不含拟补助名单公示时间；资金拨付时间以财政国库支付进度为准。',
  fee: FREE_OF_CHARGE,
  visits: 0,
  onlineDepth: '4',
  onlineUrls: onlineUrls(code),
  process: [
    { name: '网上申报', actor: '申请企业', description: '在年度申报期内通过安徽政务服务网在线填写申请表并上传保单及缴费凭证。' },
    { name: '市级初审', actor: '设区市科技局', description: '核对企业资格和保单信息的真实性，提出初审意见。', days: 10 },
    { name: '审核', actor: '政策法规处', description: '复核保单险种和实缴保费，按标准核定补助金额，必要时向保险机构核实。', days: 10 },
    { name: '拟补助公示', actor: '安徽省科学技术厅', description: '拟补助企业名单和金额在省科学技术厅门户网站公示5个工作日。' },
    { name: '资金下达', actor: '安徽省科学技术厅、安徽省财政厅', description: '公示无异议的，下达补助资金，通过国库集中支付拨付至企业基本账户。', days: 10 },
  ],
  specialProcedures: [{ name: '拟补助公示', limit: '5个工作日', note: '不计入承诺办结时限。', countsTowardLimit: false }],
  result: {
    name: '科技保险补助资金下达通知',
    kind: 'other',
    delivery: '补助结果在线公布并短信通知企业，资金通过国库集中支付拨付至企业基本账户。',
  },
  windows: [CENTRE_WINDOW],
  consultation: consultation(OFFICES.policy),
  complaint: COMPLAINT,
  faq: [
    {
      q: '哪些险种可以申请补助？',
      a: '以年度申报通知公布的险种目录为准，通常包括产品研发责任保险、关键研发设备保险、营业中断保险、首台（套）重大技术装备综合保险、专利保险、高管及关键研发人员团体健康和意外保险等。普通财产险、车险不在补助范围。',
    },
    {
      q: '保单跨年度的怎么计算？',
      a: '按保费实际缴纳时间归属年度，同一笔保费只能申请一次补助。',
    },
  ],
  themes: ['科技金融', '科技企业'],
  highFrequency: false,
  effectiveDate: EFFECTIVE_DATE,
};
