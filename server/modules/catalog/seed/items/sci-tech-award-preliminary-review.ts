// 科学技术奖初审 — 安徽省科学技术奖初审 (seed 001: 安徽省科学技术奖励网上申报评审系统).
import type { ItemContent } from '../../schema.ts';
import {
  CENTRE_WINDOW, COMPLAINT, DEPARTMENT, EFFECTIVE_DATE, FREE_OF_CHARGE, LEVEL, MAILING_ADDRESS, OFFICES,
  consultation, itemCode, material, onlineUrls, templateUrl,
} from '../common.ts';

const basicCode = '001072010000';
const code = itemCode(basicCode);

export const item: ItemContent = {
  code,
  basicCode,
  name: '科学技术奖初审',
  shortDescription:
    '对提名参评安徽省科学技术奖的项目和人选进行形式审查（初审），审查通过的进入专家评审。提名书网上填报，签字盖章的纸质提名书报送一次。',
  type: '10',
  powerSource: '1',
  caseType: '2',
  level: LEVEL,
  audiences: ['3', '2', '6', '1'],
  department: DEPARTMENT,
  office: OFFICES.basicResearch.name,
  legalBasis: [
    {
      title: '《国家科学技术奖励条例》',
      docNo: '国务院令第265号（2020年10月7日国务院令第731号修订）',
      article: '……省、自治区、直辖市人民政府可以设立一项省级科学技术奖。……',
    },
    {
      title: '《中华人民共和国科学技术进步法》',
      docNo: '中华人民共和国主席令第一〇三号（2021年12月24日修订）',
    },
    {
      title: '《安徽省科学技术奖励办法》',
      article: '省科学技术奖实行提名制度。省科学技术奖励委员会办公室设在省科学技术厅，负责对提名材料进行形式审查，符合要求的提交评审委员会评审。',
    },
  ],
  conditions: [
    '由设区市人民政府、省直有关部门、有关高等学校和科研院所等提名单位，或符合资格条件的专家、学者提名；不受理个人自荐。',
    '技术发明奖、科学技术进步奖的项目须经实际应用一年以上，取得显著的经济效益或社会效益；自然科学奖的代表性论文、专著须公开发表一年以上。',
    '项目的知识产权和完成单位、完成人排序无争议，提名前已在第一完成单位公示不少于7日。',
    '同一项目不得同时参加两个以上奖种或跨年度重复提名，已获国家或其他省级科学技术奖的成果不得重复提名。',
  ],
  materials: [
    material({
      name: '安徽省科学技术奖提名书',
      form: 'both',
      originals: 1,
      spec: '在安徽省科学技术奖励网上提名评审系统在线填报，打印后由提名单位（专家）、完成人签字，完成单位盖章；纸质版须与网上提交版本一致。',
      templateUrl: templateUrl(basicCode, 1),
    }),
    material({
      name: '主要知识产权和标准规范证明',
      spec: '授权专利证书、软件著作权登记证书、标准文本封面等，不超过10项。',
      fileFormats: ['PDF', 'JPG'],
    }),
    material({
      name: '应用证明及经济社会效益证明',
      requiredNote: '技术发明奖、科学技术进步奖必须提供。',
      spec: '由应用单位出具并加盖公章，经济效益须附相关财务数据，列明近三年新增销售额和新增利润。',
    }),
    material({
      name: '代表性论文、专著',
      required: false,
      requiredNote: '自然科学奖必须提供，其他奖种可选。',
      spec: '不超过8篇（部），附收录或他引检索报告。',
    }),
    material({
      name: '完成人合作关系说明',
      spec: '说明主要完成人之间的合作关系和各自的创造性贡献，全体完成人签字确认。',
      templateUrl: templateUrl(basicCode, 2),
    }),
    material({
      name: '第一完成单位公示情况说明',
      toleranceAllowed: true,
      spec: '公示时间、公示范围和公示结果，加盖单位公章；公示期尚未届满的可容缺受理，在初审结束前补齐。',
    }),
    material({
      name: '科研诚信承诺书',
      spec: '提名者和全体完成人在线签署。',
      templateUrl: templateUrl(basicCode, 3),
    }),
  ],
  statutoryLimit: null,
  statutoryDays: null,
  promisedDays: 20,
  promisedNote: '自提名截止之日起20个工作日内完成初审并公布结果，不含补正时间。',
  fee: FREE_OF_CHARGE,
  visits: 1,
  onlineDepth: '3',
  onlineUrls: onlineUrls(code),
  process: [
    {
      name: '网上提名',
      actor: '提名单位、提名专家',
      description: '在安徽省科学技术奖励网上提名评审系统在线填报提名书并上传附件材料。',
    },
    {
      name: '纸质材料报送',
      actor: '提名单位',
      description: `打印签字盖章的纸质提名书1份，在提名截止前报送至安徽省政务服务中心科技厅窗口，也可邮寄至${MAILING_ADDRESS}。`,
    },
    {
      name: '形式审查（初审）',
      actor: '基础研究与科技奖励处（省科学技术奖励委员会办公室）',
      description: '审查提名资格、奖种适用、材料完整性和纸质版与网上版本一致性，查询科研诚信记录；需补正的，一次性告知全部补正内容。',
      days: 15,
    },
    {
      name: '初审结果公布',
      actor: '安徽省科学技术厅',
      description: '初审通过的项目和人选在省科学技术厅门户网站及奖励系统公布，进入专家评审；未通过的，在系统中说明理由。',
      days: 5,
    },
  ],
  specialProcedures: [
    { name: '补正', limit: '5个工作日', note: '初审发现材料需补正的，补正期间不计入承诺办结时限；逾期未补正的，视为放弃提名。', countsTowardLimit: false },
  ],
  result: {
    name: '安徽省科学技术奖初审结果',
    kind: 'other',
    delivery: '初审结果在安徽省科学技术奖励网上提名评审系统和省科学技术厅门户网站公布，同时短信通知提名单位联系人。',
  },
  windows: [CENTRE_WINDOW],
  consultation: consultation(OFFICES.basicResearch),
  complaint: COMPLAINT,
  faq: [
    {
      q: '纸质提名书必须送到窗口吗？',
      a: '纸质提名书需报送1份签字盖章原件，可以送至省政务服务中心科技厅窗口，也可以邮寄，以邮戳日期在提名截止日前为准。网上提交后系统生成的提名书不得再修改，纸质版须与网上版本一致。',
    },
    {
      q: '初审没有通过还能补救吗？',
      a: '初审中发现材料不齐全或不规范的，会一次性告知全部补正内容，提名单位在5个工作日内补正后重新审查。不符合提名资格或奖种条件的，不予受理，可在下一年度重新提名。',
    },
    {
      q: '已获市级科学技术奖的成果能否提名省奖？',
      a: '可以。已获设区市科学技术奖的成果可以提名省科学技术奖；已获国家或其他省级科学技术奖的成果不得重复提名。',
    },
  ],
  themes: ['科技奖励'],
  highFrequency: false,
  effectiveDate: EFFECTIVE_DATE,
};
