// 省级科技企业孵化器认定 (seed 001 lists it among the items to connect).
import type { ItemContent } from '../../schema.ts';
import {
  CENTRE_WINDOW, COMPLAINT, DEPARTMENT, EFFECTIVE_DATE, FREE_OF_CHARGE, LEGAL_PERSON_LICENCE, LEVEL, OFFICES,
  consultation, fromLicenceLibrary, itemCode, material, onlineUrls, templateUrl,
} from '../common.ts';

const basicCode = '001072006000';
const code = itemCode(basicCode);

export const item: ItemContent = {
  code,
  basicCode,
  name: '省级科技企业孵化器认定',
  shortDescription:
    '对运营规范、孵化成效明显的科技企业孵化器认定为省级科技企业孵化器，认定后按规定享受相关税收优惠和绩效奖补，并可择优推荐申报国家级科技企业孵化器。',
  type: '10',
  powerSource: '1',
  caseType: '2',
  level: LEVEL,
  audiences: ['2', '3', '4'],
  department: DEPARTMENT,
  office: OFFICES.highTech.name,
  legalBasis: [
    {
      title: '《科技企业孵化器管理办法》',
      docNo: '国科发区〔2018〕300号',
      article:
        '第二条 科技企业孵化器（含众创空间等，以下简称孵化器）是以促进科技成果转化、培育科技企业和企业家精神为宗旨，提供物理空间、共享设施和专业化服务的科技创业服务机构，是国家创新体系的重要组成部分、创新创业人才的培养基地、大众创新创业的支撑平台。',
    },
    {
      title: '《财政部 税务总局 科技部 教育部关于科技企业孵化器 大学科技园和众创空间税收政策的通知》',
      docNo: '财税〔2018〕120号',
      article:
        '一、自2019年1月1日至2021年12月31日，对国家级、省级科技企业孵化器、大学科技园和国家备案众创空间自用以及无偿或通过出租等方式提供给在孵对象使用的房产、土地，免征房产税和城镇土地使用税；对其向在孵对象提供孵化服务取得的收入，免征增值税。',
    },
    {
      title: '《安徽省科技企业孵化器管理办法》',
      article: '省级科技企业孵化器由设区市科技局推荐，省科学技术厅组织专家评审和现场核查后认定，实行年度绩效评价和动态管理。',
    },
  ],
  conditions: [
    '孵化器在安徽省内注册，具有独立法人资格，运营满1年，且至少连续1年按要求报送真实完整的统计数据。',
    '可自主支配的孵化场地面积不低于3000平方米（专业孵化器不低于2000平方米），其中在孵企业使用面积（含公共服务面积）占75%以上。',
    '配备自有种子资金或合作的孵化资金规模不低于200万元，获得投融资的在孵企业占比不低于5%。',
    '拥有职业化服务队伍，专业孵化服务人员占机构总人数80%以上，每10家在孵企业至少配备1名专业孵化服务人员和1名创业导师。',
    '在孵企业不少于30家，其中已申请专利的企业占比不低于30%或拥有有效知识产权的企业占比不低于20%；累计毕业企业5家以上。',
  ],
  materials: [
    material({
      name: '省级科技企业孵化器认定申请书',
      spec: '在线填报，内容包括运营机构基本情况、孵化场地、孵化资金、服务团队、在孵和毕业企业情况，法定代表人签字并加盖公章。',
      templateUrl: templateUrl(basicCode, 1),
    }),
    fromLicenceLibrary(LEGAL_PERSON_LICENCE),
    material({
      name: '孵化场地产权证明或租赁合同',
      spec: '不动产权证书或租赁期不少于5年的租赁合同，附场地平面图并标明在孵企业使用面积和公共服务面积。',
      fileFormats: ['PDF', 'JPG'],
    }),
    material({
      name: '在孵企业和毕业企业名单及入孵协议',
      spec: '列明企业名称、统一社会信用代码、入孵时间、使用面积、知识产权和融资情况，附入孵协议；系统自动比对市场主体登记信息。',
      templateUrl: templateUrl(basicCode, 2),
    }),
    material({
      name: '孵化资金证明',
      toleranceAllowed: true,
      spec: '自有种子资金的出资证明或与投资机构签订的合作协议，以及资金使用案例说明；银行对账单可容缺，在现场核查时补齐。',
    }),
    material({
      name: '专业孵化服务人员和创业导师名单',
      spec: '列明姓名、职务、从业经历和培训情况，附创业导师聘任协议。',
      templateUrl: templateUrl(basicCode, 3),
    }),
    material({
      name: '孵化器运营管理制度',
      commitmentAllowed: true,
      spec: '入孵和毕业管理、孵化服务、投融资服务、财务管理等制度。可签署告知承诺书替代，现场核查时查验。',
    }),
    material({
      name: '设区市科技局推荐意见',
      source: 'government',
      spec: '由设区市科技局在系统中在线出具，申请人无需提交。',
      fileFormats: [],
    }),
  ],
  statutoryLimit: null,
  statutoryDays: null,
  promisedDays: 30,
  promisedNote: '自受理之日起计算，不含专家评审、现场核查和公示时间。',
  fee: FREE_OF_CHARGE,
  visits: 0,
  onlineDepth: '4',
  onlineUrls: onlineUrls(code),
  process: [
    { name: '网上申报', actor: '孵化器运营机构', description: '在年度申报期内通过安徽省科技管理信息系统在线提交认定申请。' },
    { name: '市级推荐', actor: '设区市科技局', description: '对申报材料的真实性进行审核，在线出具推荐意见。', days: 10 },
    { name: '形式审查', actor: '高新技术处', description: '审查申报条件和材料完整性，符合要求的予以受理；需补正的一次性告知。', days: 5 },
    { name: '专家评审及现场核查', actor: '专家组', description: '组织专家进行材料评审，并对孵化场地、服务团队和在孵企业情况进行现场核查。' },
    { name: '审定', actor: '安徽省科学技术厅', description: '根据专家意见研究提出拟认定名单。', days: 10 },
    { name: '公示', actor: '安徽省科学技术厅', description: '拟认定名单在省科学技术厅门户网站公示5个工作日。' },
    { name: '发文认定', actor: '安徽省科学技术厅', description: '公示无异议的，发文认定并授牌，认定文件加盖电子签章在线送达。', days: 10 },
  ],
  specialProcedures: [
    { name: '专家评审及现场核查', limit: '一般不超过20个工作日', note: '不计入承诺办结时限。', countsTowardLimit: false },
    { name: '公示', limit: '5个工作日', note: '不计入承诺办结时限。', countsTowardLimit: false },
  ],
  result: {
    name: '省级科技企业孵化器认定文件',
    kind: 'approval',
    validity: '实行动态管理，每年开展绩效评价；评价不合格的限期整改，连续两年不合格的取消省级孵化器资格',
    delivery: '认定文件加盖电子签章在线送达，认定名单在省科学技术厅门户网站公布；牌匾由省科学技术厅统一制作发放。',
  },
  windows: [CENTRE_WINDOW],
  consultation: consultation(OFFICES.highTech),
  complaint: COMPLAINT,
  faq: [
    {
      q: '认定为省级孵化器后可以享受哪些税收优惠？',
      a: '按照财税〔2018〕120号文件及其延续政策，省级科技企业孵化器自用以及提供给在孵对象使用的房产、土地，免征房产税和城镇土地使用税；向在孵对象提供孵化服务取得的收入，免征增值税。具体执行期限以财政部、税务总局最新公告为准。',
    },
    {
      q: '众创空间可以申请省级孵化器认定吗？',
      a: '众创空间按省级众创空间备案管理办法另行申报。已备案的众创空间在场地、在孵企业数量等条件达到要求后，可以按本事项申请省级科技企业孵化器认定。',
    },
  ],
  themes: ['平台基地', '科技企业'],
  highFrequency: false,
  effectiveDate: EFFECTIVE_DATE,
};
