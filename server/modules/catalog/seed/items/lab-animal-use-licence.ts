// 实验动物使用许可证核发 — administrative licence (seeds 000, 001; J1 in the brief).
import type { ItemContent } from '../../schema.ts';
import {
  CENTRE_WINDOW, COMPLAINT, DEPARTMENT, EFFECTIVE_DATE, FREE_OF_CHARGE, LEGAL_PERSON_LICENCE, LEVEL, MAILING_ADDRESS, OFFICES,
  authorisationLetter, consultation, fromLicenceLibrary, itemCode, material, onlineUrls, templateUrl,
} from '../common.ts';

const basicCode = '000172002000';
const code = itemCode(basicCode);

export const item: ItemContent = {
  code,
  basicCode,
  name: '实验动物使用许可证核发',
  shortDescription:
    '使用实验动物及相关产品开展科学研究、教学、检定、检测和生产等实验活动的单位，须取得省科学技术厅核发的实验动物使用许可证。网上申报、专家在线预审，纸质材料邮寄，许可证以电子证照形式发放。',
  type: '01',
  powerSource: '1',
  caseType: '2',
  level: LEVEL,
  audiences: ['2', '3', '4'],
  department: DEPARTMENT,
  office: OFFICES.conditionsFinance.name,
  legalBasis: [
    {
      title: '《实验动物管理条例》',
      docNo: '国家科学技术委员会令第2号（2017年3月1日国务院令第676号第三次修订）',
      article:
        '第五条 ……省、自治区、直辖市科学技术委员会主管本地区的实验动物工作。\n第十九条 应用实验动物应当根据不同的实验目的，选用相应的合格实验动物。申报科研课题和鉴定科研成果，应当把应用合格实验动物作为基本条件。应用不合格实验动物取得的检定或者安全评价结果无效，所生产的制品不得使用。',
    },
    {
      title: '《实验动物许可证管理办法（试行）》',
      docNo: '国科发财字〔2001〕545号',
      article:
        '第六条 申请实验动物使用许可证的组织和个人，必须具备下列条件：（一）使用的实验动物及相关产品必须来自有实验动物生产许可证的单位，质量合格；（二）实验动物饲育环境及设施符合国家标准；（三）使用的实验动物饲料符合国家标准；（四）有经过专业培训的实验动物饲养和动物实验人员；（五）具有健全有效的管理制度；（六）法律、法规规定的其他条件。',
    },
    {
      title: '《中华人民共和国行政许可法》',
      docNo: '中华人民共和国主席令第七号（2019年4月23日修正）',
      article:
        '第四十五条 行政机关作出行政许可决定，依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的，所需时间不计算在本节规定的期限内。行政机关应当将所需时间书面告知申请人。',
    },
  ],
  conditions: [
    '申请单位为依法设立的企业、事业单位或社会组织，能够独立承担法律责任。',
    '使用的实验动物及相关产品来自持有有效实验动物生产许可证的单位，质量合格。',
    '实验动物饲育环境及设施符合《实验动物 环境及设施》（GB 14925）的要求，使用的饲料、垫料符合国家标准。',
    '有经过专业培训并取得岗位证书的实验动物饲养人员和动物实验人员。',
    '设立实验动物福利伦理审查机构，具有健全有效的管理制度和标准操作规程。',
  ],
  materials: [
    material({
      name: '实验动物使用许可证申请书',
      form: 'both',
      originals: 1,
      spec: '在网上申报系统在线填写后生成，下载打印带“预审通过”水印的申请书，加盖单位公章并由法定代表人签字。设施地址、面积、环境等级及使用动物品种应与检测报告一致。',
      templateUrl: templateUrl(basicCode, 1),
    }),
    fromLicenceLibrary(LEGAL_PERSON_LICENCE),
    material({
      name: '实验动物设施环境检测报告',
      form: 'both',
      originals: 1,
      spec: '由具有检验检测机构资质认定（CMA）的检测机构出具，检测日期须在申请之日前3个月内；按普通环境、屏障环境、隔离环境分别提供，检测项目覆盖GB 14925规定的全部指标。',
    }),
    material({
      name: '实验动物来源证明及质量合格证明',
      source: 'government',
      spec: '省内供应单位的实验动物生产许可证由系统从电子证照库自动核验；需上传近期购买动物的合同或发票及随动物提供的质量合格证。省外供应单位的，另上传其生产许可证扫描件。',
      fileFormats: ['PDF', 'JPG'],
    }),
    material({
      name: '饲料、垫料来源证明',
      toleranceAllowed: true,
      toleranceSupplyDays: 10,
      spec: '提供供应单位资质证明及采购合同或发票。允许容缺受理，须在专家现场考察前补齐。',
      fileFormats: ['PDF', 'JPG'],
    }),
    material({
      name: '主要仪器设备清单',
      spec: '列明饲育、实验及检测设备的名称、型号、数量及检定（校准）情况，加盖单位公章。',
      templateUrl: templateUrl(basicCode, 2),
    }),
    material({
      name: '从业人员名单及培训证明',
      toleranceAllowed: true,
      toleranceSupplyDays: 10,
      spec: '列明饲养人员、动物实验人员的姓名、岗位、学历及岗位培训证书编号，附证书扫描件。允许容缺受理，须在专家现场考察前补齐。',
      fileFormats: ['PDF', 'JPG'],
      templateUrl: templateUrl(basicCode, 3),
    }),
    material({
      name: '设施平面布局图',
      spec: '标明动物饲养区、实验区、辅助区及人流、物流、动物流、污物流走向，屏障设施标明压差梯度，加盖单位公章。',
      fileFormats: ['PDF', 'JPG'],
    }),
    material({
      name: '管理制度及标准操作规程（SOP）目录',
      commitmentAllowed: true,
      spec: '包括动物接收与检疫、饲养管理、动物实验操作、福利伦理审查、生物安全、尸体和废弃物处理等制度及SOP目录。可签署告知承诺书替代，专家现场考察时核查全文。',
    }),
    material({
      name: '实验动物福利伦理审查委员会设立文件',
      commitmentAllowed: true,
      spec: '单位设立实验动物福利伦理审查委员会的正式文件及委员名单。可签署告知承诺书替代，专家现场考察时核查。',
    }),
    authorisationLetter(basicCode, 4),
  ],
  statutoryLimit: {
    value: 3,
    unit: '5',
    note: '《实验动物许可证管理办法（试行）》规定自受理之日起3个月内作出决定；3个月按60个工作日折算。',
  },
  statutoryDays: 60,
  promisedDays: 20,
  promisedNote: '自受理之日起20个工作日内办结，含专家现场验收时间。申请单位整改时间不计入承诺时限。',
  fee: FREE_OF_CHARGE,
  visits: 0,
  onlineDepth: '3',
  onlineUrls: onlineUrls(code),
  process: [
    {
      name: '网上申报',
      actor: '申请单位',
      description: '登录安徽政务服务网，进入实验动物许可网上管理服务系统，在线填写申请书并上传申请材料。',
    },
    {
      name: '在线初审',
      actor: '条件财务处（实验动物许可证管理办公室）',
      description: '对材料的完整性和规范性进行在线初审；需补正的，一次性告知全部补正内容；符合条件的转专家在线预审。',
      days: 3,
    },
    {
      name: '专家在线预审',
      actor: '实验动物专家组',
      description: '专家对设施环境、动物来源、人员和制度进行在线预审并提出意见；申请单位按专家意见在线补正材料。',
      days: 5,
    },
    {
      name: '网上受理',
      actor: '条件财务处（实验动物许可证管理办公室）',
      description: '预审通过的予以网上受理，申请材料加注“预审通过”水印，系统通知申请单位下载打印。',
      days: 1,
    },
    {
      name: '纸质材料确认',
      actor: '条件财务处（实验动物许可证管理办公室）',
      description: `申请单位将加盖公章的纸质材料直接送交或邮寄至${MAILING_ADDRESS}；管理人确认收到后将基本信息共享至安徽省一体化政务服务平台，完成受理。`,
    },
    {
      name: '专家现场考察',
      actor: '实验动物专家组',
      description: '组织专家对实验动物设施、动物实验操作、人员资质和管理制度执行情况进行现场考察验收，形成验收意见。',
      days: 12,
    },
    {
      name: '审批决定',
      actor: '安徽省科学技术厅',
      description: '根据专家验收意见作出准予许可或不予许可的决定；不予许可的，书面说明理由并告知申请人依法享有的救济权利。',
      days: 5,
    },
    {
      name: '制证送达（电子证照）',
      actor: '条件财务处（实验动物许可证管理办公室）',
      description: '制发加盖电子印章的实验动物使用许可证电子证照，推送至安徽省电子证照库并在“信用安徽”公示；申请单位在线下载，可扫码核验。',
      days: 3,
    },
  ],
  specialProcedures: [
    {
      name: '专家现场考察',
      limit: '12个工作日',
      note: '依《行政许可法》第四十五条，专家评审时间可不计入法定办结时限；我厅承诺的20个工作日已包含专家现场验收时间，该环节计入承诺办结时限。',
      countsTowardLimit: true,
    },
    {
      name: '整改',
      limit: '不超过30个自然日',
      note: '现场考察提出整改要求的，申请单位整改期间不计入办结时限。',
      countsTowardLimit: false,
    },
  ],
  result: {
    name: '实验动物使用许可证',
    kind: 'licence',
    validity: '5年；有效期届满需继续使用实验动物的，应在有效期满前6个月内申请换证',
    delivery: '电子证照：办结后推送至安徽省电子证照库，申请单位可在安徽政务服务网、“皖事通”下载；需要纸质证书的，免费邮寄送达。',
  },
  windows: [CENTRE_WINDOW],
  consultation: consultation(OFFICES.conditionsFinance),
  complaint: COMPLAINT,
  faq: [
    {
      q: '单位没有自己的实验动物设施，能否开展动物实验？',
      a: '可以委托持有有效实验动物使用许可证的单位开展动物实验。申报科研项目或进行成果鉴定时，提供委托协议及受托单位的许可证（可通过电子证照扫码核验）即可，无需自行申请使用许可证。',
    },
    {
      q: '同一单位有多个实验动物设施，需要分别申请吗？',
      a: '同一单位在同一申请中列明全部设施即可，但每个设施须分别提供环境检测报告，专家逐一现场考察。许可证按设施地址和环境等级分别载明适用范围。',
    },
    {
      q: '使用的实验动物必须从省内单位购买吗？',
      a: '不限于省内，但供应单位必须持有有效的实验动物生产许可证，且每批动物应附质量合格证。省内供应单位的许可证系统自动核验，省外供应单位需上传其许可证扫描件。',
    },
  ],
  themes: ['实验动物'],
  highFrequency: true,
  workflow: 'lab-animal-licence',
  effectiveDate: EFFECTIVE_DATE,
};
