// 大型科学仪器设备共享共用补助 — public service (seed 001 lists it among the items to connect).
import type { ItemContent } from '../../schema.ts';
import {
  CENTRE_WINDOW, COMPLAINT, DEPARTMENT, EFFECTIVE_DATE, FREE_OF_CHARGE, LEGAL_PERSON_LICENCE, LEVEL, OFFICES,
  consultation, fromLicenceLibrary, itemCode, material, onlineUrls, templateUrl,
} from '../common.ts';

const basicCode = '002072002000';
const code = itemCode(basicCode);

export const item: ItemContent = {
  code,
  basicCode,
  name: '大型科学仪器设备共享共用补助',
  shortDescription:
    '对通过省大型科学仪器设备共享服务平台对外提供服务的仪器管理单位，以及使用平台入网仪器开展研发活动的科技型中小企业，按服务或使用费用的一定比例给予补助。',
  type: '20',
  powerSource: '1',
  caseType: '2',
  level: LEVEL,
  audiences: ['2', '3'],
  department: DEPARTMENT,
  office: OFFICES.conditionsFinance.name,
  legalBasis: [
    {
      title: '《国务院关于国家重大科研基础设施和大型科研仪器向社会开放的意见》',
      docNo: '国发〔2014〕70号',
      article:
        '……加快推进科研设施与仪器向高校、科研院所、企业、社会研发组织等社会用户开放，实现资源共享……建立开放共享评价考核和奖惩机制，根据评价考核结果和实际服务情况，对开放效果好、用户评价高的管理单位给予后补助。……',
    },
    {
      title: '《中华人民共和国科学技术进步法》',
      docNo: '中华人民共和国主席令第一〇三号（2021年12月24日修订）',
    },
    {
      title: '《安徽省大型科学仪器设备资源共享共用管理办法》',
      article: '纳入省共享服务平台的单台（套）原值50万元以上的科学仪器设备，应当向社会开放共享；对共享服务成效显著的管理单位和使用平台仪器开展研发的科技型中小企业给予补助。',
    },
  ],
  conditions: [
    '服务提供方：仪器设备已纳入省大型科学仪器设备共享服务平台，单台（套）原值50万元以上，上年度对外服务机时和服务收入记录完整可查。',
    '服务使用方：在安徽省内注册的科技型中小企业或创新创业团队，使用平台入网仪器开展研究开发或检验检测并已支付服务费用。',
    '服务合同、发票和平台服务记录相互一致，未获得其他财政资金重复补助。',
    '申请单位无不良信用记录。',
  ],
  materials: [
    material({
      name: '大型科学仪器设备共享共用补助申请表',
      spec: '在线填写，提供方列明仪器名称、对外服务机时和收入，使用方列明服务项目和支付金额。',
      templateUrl: templateUrl(basicCode, 1),
    }),
    fromLicenceLibrary(LEGAL_PERSON_LICENCE),
    material({
      name: '共享服务记录',
      source: 'government',
      spec: '由省大型科学仪器设备共享服务平台根据预约、服务和评价记录自动汇总，申请人无需上传。',
      fileFormats: [],
    }),
    material({
      name: '服务合同（协议）',
      spec: '服务双方签订的测试、分析或加工服务合同，单笔金额1万元以下的可提供委托单。',
      fileFormats: ['PDF', 'JPG'],
    }),
    material({
      name: '服务费用发票及支付凭证',
      toleranceAllowed: true,
      spec: '发票及银行付款回单；个别凭证暂缺的可容缺受理，在审核完成前补齐，逾期未补的不计入补助基数。',
      fileFormats: ['PDF', 'JPG'],
    }),
  ],
  statutoryLimit: null,
  statutoryDays: null,
  promisedDays: 30,
  promisedNote: '自申报截止之日起计算，不含拟补助名单公示时间。',
  fee: FREE_OF_CHARGE,
  visits: 0,
  onlineDepth: '4',
  onlineUrls: onlineUrls(code),
  process: [
    { name: '网上申报', actor: '申请单位', description: '在年度申报期内登录共享服务平台或安徽政务服务网在线申报。' },
    { name: '平台数据核验', actor: '省大型科学仪器设备共享服务平台运行机构', description: '比对服务合同、发票与平台服务记录，标注不一致的记录。', days: 10 },
    { name: '审核', actor: '条件财务处', description: '审核核验结果，按补助标准核定补助金额。', days: 10 },
    { name: '拟补助公示', actor: '安徽省科学技术厅', description: '拟补助名单和金额在省科学技术厅门户网站公示5个工作日。' },
    { name: '资金拨付', actor: '安徽省科学技术厅、安徽省财政厅', description: '公示无异议的，下达补助资金，拨付至申请单位账户。', days: 10 },
  ],
  specialProcedures: [{ name: '拟补助公示', limit: '5个工作日', note: '不计入承诺办结时限。', countsTowardLimit: false }],
  result: {
    name: '大型科学仪器设备共享共用补助资金下达通知',
    kind: 'other',
    delivery: '补助结果在线公布并短信通知，资金拨付至申请单位基本账户。',
  },
  windows: [CENTRE_WINDOW],
  consultation: consultation(OFFICES.conditionsFinance),
  complaint: COMPLAINT,
  faq: [
    {
      q: '仪器如何纳入共享服务平台？',
      a: '仪器管理单位在共享服务平台注册后，在线填报仪器名称、型号、原值、技术指标、开放时间和收费标准，经审核后上线。单台（套）原值50万元以上、使用财政资金购置的科研仪器原则上应当入网共享。',
    },
    {
      q: '使用省外平台的仪器可以申请补助吗？',
      a: '目前仅对使用省共享服务平台入网仪器发生的费用给予补助。长三角科技资源共享服务平台互认的仪器，以年度申报通知为准。',
    },
  ],
  themes: ['平台基地', '科技金融'],
  highFrequency: false,
  effectiveDate: EFFECTIVE_DATE,
};
