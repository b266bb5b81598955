// 企业研究开发项目费用税前加计扣除鉴定 — other administrative power (seed 001, high-frequency list).
import type { ItemContent } from '../../schema.ts';
import {
  CENTRE_WINDOW, COMPLAINT, DEPARTMENT, EFFECTIVE_DATE, FREE_OF_CHARGE, LEVEL, OFFICES,
  consultation, fromLicenceLibrary, itemCode, material, onlineUrls, templateUrl,
} from '../common.ts';

const basicCode = '001072001000';
const code = itemCode(basicCode);

export const item: ItemContent = {
  code,
  basicCode,
  name: '企业研究开发项目费用税前加计扣除鉴定',
  shortDescription:
    '税务部门对企业享受研发费用加计扣除优惠的研发项目有异议、转请科技部门鉴定的，由省科学技术厅组织专家对项目是否属于研发活动出具鉴定意见。全程网办，鉴定意见同步推送税务部门。',
  type: '10',
  powerSource: '1',
  caseType: '2',
  level: LEVEL,
  audiences: ['2'],
  department: DEPARTMENT,
  office: OFFICES.policy.name,
  legalBasis: [
    {
      title: '《中华人民共和国企业所得税法》',
      docNo: '中华人民共和国主席令第六十三号（2018年12月29日修正）',
      article: '第三十条 企业的下列支出，可以在计算应纳税所得额时加计扣除：（一）开发新技术、新产品、新工艺发生的研究开发费用；……',
    },
    {
      title: '《财政部 国家税务总局 科技部关于完善研究开发费用税前加计扣除政策的通知》',
      docNo: '财税〔2015〕119号',
      article:
        '……税务部门应加强研发费用加计扣除优惠政策的后续管理，定期开展核查，年度核查面不得低于20%。税务部门对企业享受加计扣除优惠的研发项目有异议的，可以转请地市级（含）以上科技行政主管部门出具鉴定意见，科技部门应及时回复意见。企业承担省部级（含）以上科研项目的，以及以前年度已鉴定的跨年度研发项目，不再需要鉴定。',
    },
    {
      title: '《科技部 财政部 国家税务总局关于进一步做好企业研发费用加计扣除政策落实工作的通知》',
      docNo: '国科发政〔2017〕211号',
      article: '……各级科技管理部门要会同财政、税务部门建立工作协调机制，对税务部门转请鉴定的研发项目，及时组织专家进行鉴定并出具鉴定意见。……',
    },
    {
      title: '《财政部 税务总局关于进一步完善研发费用税前加计扣除政策的公告》',
      docNo: '财政部 税务总局公告2023年第7号',
      article:
        '一、企业开展研发活动中实际发生的研发费用，未形成无形资产计入当期损益的，在按规定据实扣除的基础上，自2023年1月1日起，再按照实际发生额的100%在税前加计扣除；形成无形资产的，自2023年1月1日起，按照无形资产成本的200%在税前摊销。',
    },
  ],
  conditions: [
    '申请人为在安徽省内依法登记、实行查账征收、能够准确归集研发费用的居民企业。',
    '主管税务机关对企业享受加计扣除优惠的研发项目有异议，并已转请科技行政主管部门出具鉴定意见。',
    '鉴定项目为企业自主、委托、合作或集中开发的研究开发项目；企业承担省部级（含）以上科研项目的，以及以前年度已鉴定的跨年度研发项目，不再需要鉴定。',
  ],
  materials: [
    material({
      name: '企业研究开发项目鉴定申请表',
      spec: '在线填写，列明项目名称、起止时间、研发目标、技术路线和研发费用总额，加盖企业电子印章。',
      templateUrl: templateUrl(basicCode, 1),
    }),
    fromLicenceLibrary('营业执照'),
    material({
      name: '主管税务机关转请鉴定函',
      source: 'government',
      spec: '由税务部门通过数据共享推送，企业无需提交。',
      fileFormats: [],
    }),
    material({
      name: '研究开发项目计划书及立项决议',
      spec: '包括项目研发目标、技术路线、创新点、研发周期、预算和人员安排，附企业内部立项决议文件。',
    }),
    material({
      name: '研发支出辅助账及费用归集说明',
      spec: '按项目设置的研发支出辅助账及汇总表，按人员人工费用、直接投入费用、折旧费用、无形资产摊销、新产品设计费等、其他相关费用分类列示。',
      templateUrl: templateUrl(basicCode, 2),
    }),
    material({
      name: '研究开发项目结题报告或进展报告',
      toleranceAllowed: true,
      requiredNote: '项目已完成的提供结题报告，尚未完成的提供阶段性进展报告。',
      spec: '说明研发过程、取得的技术成果及与立项目标的对比。允许容缺受理，在专家鉴定前补齐。',
    }),
    material({
      name: '委托（合作）研究开发合同',
      required: false,
      requiredNote: '仅委托或合作开发的项目提供。',
      spec: '经技术合同登记的，提供技术合同登记证明编号即可，系统自动核验。',
    }),
  ],
  statutoryLimit: null,
  statutoryDays: null,
  promisedDays: 20,
  promisedNote: '自受理之日起计算，含专家鉴定时间。',
  fee: FREE_OF_CHARGE,
  visits: 0,
  onlineDepth: '4',
  onlineUrls: onlineUrls(code),
  process: [
    {
      name: '网上申请',
      actor: '申请企业',
      description: '企业收到主管税务机关转请鉴定告知后，登录安徽政务服务网在线填写申请表并上传项目材料。',
    },
    {
      name: '受理',
      actor: '政策法规处',
      description: '核对税务部门转请信息与申请材料；材料齐全的予以受理，需补正的一次性告知全部补正内容。',
      days: 2,
    },
    {
      name: '专家鉴定',
      actor: '鉴定专家组',
      description: '从专家库中随机抽取技术和财务专家不少于3名，对项目是否属于研究开发活动进行鉴定，必要时约谈项目负责人。',
      days: 12,
    },
    {
      name: '出具鉴定意见',
      actor: '安徽省科学技术厅',
      description: '根据专家组意见出具《企业研究开发项目鉴定意见书》，加盖电子印章。',
      days: 5,
    },
    {
      name: '结果送达',
      actor: '政策法规处',
      description: '鉴定意见书在线送达企业，同步推送主管税务机关，办结信息推送安徽省一体化政务服务平台。',
      days: 1,
    },
  ],
  specialProcedures: [
    {
      name: '专家约谈或现场核查',
      limit: '5个工作日',
      note: '材料不足以作出判断需约谈或现场核查的，所需时间不计入承诺办结时限，并书面告知企业。',
      countsTowardLimit: false,
    },
  ],
  result: {
    name: '企业研究开发项目鉴定意见书',
    kind: 'other',
    delivery: '电子文书加盖电子印章，企业在线下载；鉴定意见同步推送主管税务机关。',
  },
  windows: [CENTRE_WINDOW],
  consultation: consultation(OFFICES.policy),
  complaint: COMPLAINT,
  faq: [
    {
      q: '哪些研发项目不需要鉴定？',
      a: '企业承担省部级（含）以上科研项目的，以及以前年度已鉴定的跨年度研发项目，不再需要鉴定。企业日常享受加计扣除无需事先鉴定，只有税务部门对项目是否属于研发活动有异议并转请时才办理本事项。',
    },
    {
      q: '鉴定意见对加计扣除金额有什么影响？',
      a: '鉴定意见只判断项目是否属于研究开发活动，是税务部门确认能否享受加计扣除的依据之一；研发费用归集是否准确、加计扣除金额是否正确，由税务部门按规定核定。',
    },
    {
      q: '现在研发费用加计扣除的比例是多少？',
      a: '自2023年1月1日起，企业开展研发活动实际发生的研发费用，未形成无形资产计入当期损益的，在据实扣除的基础上再按实际发生额的100%在税前加计扣除；形成无形资产的，按无形资产成本的200%在税前摊销。',
    },
  ],
  themes: ['科技企业'],
  highFrequency: true,
  effectiveDate: EFFECTIVE_DATE,
};
