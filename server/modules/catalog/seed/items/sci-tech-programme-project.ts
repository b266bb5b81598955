// 科技计划项目立项 — project approval with an electronically sealed approval document (seed 000; J3 in the brief).
import type { ItemContent } from '../../schema.ts';
import { programmeProjectForm } from '../forms/programme-project.ts';
import {
  CENTRE_WINDOW, COMPLAINT, DEPARTMENT, EFFECTIVE_DATE, FREE_OF_CHARGE, LEGAL_PERSON_LICENCE, LEVEL, OFFICES,
  consultation, fromLicenceLibrary, itemCode, material, onlineUrls, templateUrl,
} from '../common.ts';

const basicCode = '001072002000';
const code = itemCode(basicCode);

export const item: ItemContent = {
  code,
  basicCode,
  name: '科技计划项目立项',
  shortDescription:
    '省级科技计划项目按年度申报指南组织申报、评审和立项。立项文件加盖电子签章后在线送达，申请人无需到窗口领取。',
  type: '10',
  powerSource: '1',
  caseType: '2',
  level: LEVEL,
  audiences: ['2', '3', '4'],
  department: DEPARTMENT,
  office: OFFICES.planning.name,
  legalBasis: [
    {
      title: '《中华人民共和国科学技术进步法》',
      docNo: '中华人民共和国主席令第一〇三号（2021年12月24日修订）',
    },
    {
      title: '《国务院关于改进加强中央财政科研项目和资金管理的若干意见》',
      docNo: '国发〔2014〕11号',
      article:
        '……项目指南应当发布在国家科技管理信息系统上……除特殊情况外，项目指南发布日到项目申报受理截止日，原则上不少于50天。……',
    },
    {
      title: '《国务院办公厅关于改革完善中央财政科研经费管理的若干意见》',
      docNo: '国办发〔2021〕32号',
      article: '……简化预算编制，将直接费用中除50万元以上的设备费外的其他费用调剂权全部下放给项目承担单位。……',
    },
    {
      title: '《安徽省省级科技计划项目管理办法》',
      article: '省级科技计划项目实行“公开发布指南、网上申报、形式审查、专家评审、立项公示、下达立项”的管理程序，项目承担单位与省科学技术厅签订项目任务书（合同书）。',
    },
  ],
  conditions: [
    '申报单位为在安徽省内注册、具有独立法人资格的企业、高等学校、科研院所或其他组织，运行管理规范，具有完成项目所需的研究条件。',
    '申报项目符合当年度省级科技计划项目申报指南确定的支持方向和申报要求。',
    '项目负责人具有高级职称或博士学位（企业项目负责人可为项目实际主持人），年龄不超过60周岁，同期主持省级科技计划项目不超过1项。',
    '申报单位和项目负责人无不良科研信用记录，未被列入严重失信主体名单。',
    '同一项目不得多头申报或重复申报。',
  ],
  materials: [
    material({
      name: '项目申报书',
      spec: '在安徽省科技管理信息系统在线填报，经申报单位审核后在线提交，无需上传扫描件。',
      fileFormats: [],
    }),
    fromLicenceLibrary(LEGAL_PERSON_LICENCE),
    material({
      name: '科研诚信承诺书',
      spec: '申报单位及项目负责人、主要参与人员在线签署。',
      templateUrl: templateUrl(basicCode, 1),
    }),
    material({
      name: '合作协议',
      required: false,
      requiredNote: '仅联合申报项目提供。',
      spec: '明确各方任务分工、经费分配和知识产权归属，各方盖章。',
      templateUrl: templateUrl(basicCode, 2),
    }),
    material({
      name: '自筹资金证明',
      required: false,
      requiredNote: '仅企业牵头申报的项目提供。',
      commitmentAllowed: true,
      spec: '可签署自筹资金承诺书替代，立项后在任务书中落实；项目验收时核查自筹资金到位情况。',
    }),
    material({
      name: '项目负责人职称或学位证明',
      toleranceAllowed: true,
      spec: '职称证书或学位证书扫描件。已在系统个人信息中填报并核验的无需重复上传。',
      fileFormats: ['PDF', 'JPG'],
    }),
  ],
  statutoryLimit: null,
  statutoryDays: null,
  promisedDays: 45,
  promisedNote: '自申报受理截止之日起计算，不含专家评审和拟立项公示时间；具体时间安排以年度申报指南为准。',
  fee: FREE_OF_CHARGE,
  visits: 0,
  onlineDepth: '4',
  onlineUrls: onlineUrls(code),
  process: [
    {
      name: '申报',
      actor: '申报单位',
      description: '按年度申报指南，在安徽省科技管理信息系统在线填报申报书，经申报单位和主管部门审核推荐后提交。',
    },
    {
      name: '形式审查',
      actor: '计划处、项目管理专业机构',
      description: '对申报资格、材料完整性和规范性进行审查，查询科研诚信和信用记录（应查必查）；不符合要求的，一次性告知原因。',
      days: 10,
    },
    {
      name: '专家评审',
      actor: '项目管理专业机构',
      description: '从专家库中随机抽取专家，采取网络评审、会议评审等方式进行评审，重大项目可组织答辩或现场考察，评审专家实行回避制度。',
    },
    {
      name: '拟立项公示',
      actor: '安徽省科学技术厅',
      description: '根据评审结果研究提出拟立项项目，在省科学技术厅门户网站公示5个工作日，涉密项目除外。',
    },
    {
      name: '下达立项',
      actor: '安徽省科学技术厅',
      description: '公示无异议的，拟制立项文件，上传系统加盖电子签章后发布；系统向安徽省一体化政务服务平台推送办结信息，并以短信通知申请人在线下载打印立项文件。',
      days: 10,
    },
    {
      name: '任务书签订',
      actor: '项目承担单位、计划处',
      description: '项目承担单位在立项文件下达后30日内在线填报并签订项目任务书（合同书），逾期未签订且无正当理由的，视为自动放弃。',
      days: 20,
    },
  ],
  specialProcedures: [
    {
      name: '专家评审',
      limit: '一般不超过30个工作日',
      note: '不计入承诺办结时限。',
      countsTowardLimit: false,
    },
    {
      name: '拟立项公示',
      limit: '5个工作日',
      note: '不计入承诺办结时限；公示期间收到异议的，核实处理时间另计。',
      countsTowardLimit: false,
    },
  ],
  result: {
    name: '省级科技计划项目立项文件',
    kind: 'approval',
    delivery: '立项文件加盖电子签章后在安徽省科技管理信息系统发布，短信通知申请人在线下载打印；办结信息同步推送安徽省一体化政务服务平台。',
  },
  windows: [CENTRE_WINDOW],
  consultation: consultation(OFFICES.planning),
  complaint: COMPLAINT,
  faq: [
    {
      q: '立项文件需要到窗口领取纸质件吗？',
      a: '不需要。立项文件加盖电子签章，与纸质盖章文件具有同等法律效力。系统发送短信通知后，登录安徽省科技管理信息系统即可下载打印，也可扫描文件上的二维码核验真伪。',
    },
    {
      q: '项目未获立项，能否了解原因？',
      a: '可以在系统中查看形式审查结果和专家评审意见汇总。对形式审查结果有异议的，可在结果公布之日起5个工作日内通过系统提出复核申请；对专家学术判断有不同意见的，不属于复核范围。',
    },
    {
      q: '立项后多长时间内要签订任务书？',
      a: '应在立项文件下达之日起30日内完成任务书（合同书）在线填报和签订。逾期未签订且无正当理由的，视为自动放弃立项。',
    },
  ],
  themes: ['科研项目'],
  highFrequency: true,
  workflow: 'programme-project',
  applicationForm: programmeProjectForm,
  effectiveDate: EFFECTIVE_DATE,
};
