// 实验动物生产许可证核发 — administrative licence (seeds 000, 001; J1 in the brief).
import type { ItemContent } from '../../schema.ts';
import {
  CENTRE_WINDOW, COMPLAINT, DEPARTMENT, EFFECTIVE_DATE, FREE_OF_CHARGE, LEGAL_PERSON_LICENCE, LEVEL, MAILING_ADDRESS, OFFICES,
  authorisationLetter, consultation, fromLicenceLibrary, itemCode, material, onlineUrls, templateUrl,
} from '../common.ts';

const basicCode = '000172001000';
const code = itemCode(basicCode);

export const item: ItemContent = {
  code,
  basicCode,
  name: '实验动物生产许可证核发',
  shortDescription:
    '从事实验动物及相关产品保种、繁育、生产、供应、运输及有关商业性经营的单位，须取得省科学技术厅核发的实验动物生产许可证。全程网上申报、网上预审，纸质材料邮寄，许可证以电子证照形式发放。',
  type: '01',
  powerSource: '1',
  caseType: '2',
  level: LEVEL,
  audiences: ['2', '3'],
  department: DEPARTMENT,
  office: OFFICES.conditionsFinance.name,
  legalBasis: [
    {
      title: '《实验动物管理条例》',
      docNo: '国家科学技术委员会令第2号（2017年3月1日国务院令第676号第三次修订）',
      article:
        '第五条 国家科学技术委员会主管全国实验动物工作。省、自治区、直辖市科学技术委员会主管本地区的实验动物工作。国务院各有关部门负责管理本部门的实验动物工作。\n第六条 国家实行实验动物的质量监督和质量合格认证制度。具体办法由国家科学技术委员会另行制定。',
    },
    {
      title: '《实验动物许可证管理办法（试行）》',
      docNo: '国科发财字〔2001〕545号',
      article:
        '第五条 申请实验动物生产许可证的组织和个人，必须具备下列条件：（一）实验动物种子来源于国家实验动物保种中心或国家认可的种源单位，遗传背景清楚，质量符合现行的国家标准；（二）具有保证实验动物及相关产品质量的饲养、繁育、生产环境设施及检测手段；（三）使用的实验动物饲料、垫料及饮水等符合国家标准及相关要求；（四）具有保证正常生产和保证动物质量的专业技术人员、熟练技术工人及检测人员，所有人员持证上岗；（五）具有健全有效的质量管理制度；（六）生产的实验动物质量符合国家标准；（七）法律、法规规定的其他条件。\n……省、自治区、直辖市科技厅（科委、局）收到申请后，组织专家进行审查，在三个月内作出是否批准的决定。……实验动物许可证有效期五年，到期重新审查发证。',
    },
    {
      title: '《中华人民共和国行政许可法》',
      docNo: '中华人民共和国主席令第七号（2019年4月23日修正）',
      article:
        '第四十五条 行政机关作出行政许可决定，依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的，所需时间不计算在本节规定的期限内。行政机关应当将所需时间书面告知申请人。',
    },
  ],
  conditions: [
    '申请单位为依法设立的企业、事业单位或其他组织，能够独立承担法律责任。',
    '实验动物种子来源于国家实验动物种质资源库（保种中心）或国家认可的种源单位，遗传背景清楚，质量符合现行国家标准。',
    '具有保证实验动物及相关产品质量的饲养、繁育、生产环境设施及检测手段，设施环境指标符合《实验动物 环境及设施》（GB 14925）的要求。',
    '使用的实验动物饲料、垫料及饮水等符合国家标准及相关要求。',
    '具有保证正常生产和动物质量的专业技术人员、熟练技术工人及检测人员，所有从业人员经专业培训并持证上岗。',
    '具有健全有效的质量管理制度和标准操作规程，生产的实验动物质量符合国家标准。',
  ],
  materials: [
    material({
      name: '实验动物生产许可证申请书',
      form: 'both',
      originals: 1,
      spec: '在网上申报系统在线填写后生成，下载打印带“预审通过”水印的申请书，加盖单位公章并由法定代表人签字。申请的品种品系、等级、设施面积应与检测报告一致。',
      templateUrl: templateUrl(basicCode, 1),
    }),
    fromLicenceLibrary(LEGAL_PERSON_LICENCE),
    material({
      name: '实验动物设施环境检测报告',
      form: 'both',
      originals: 1,
      spec: '由具有检验检测机构资质认定（CMA）的检测机构出具，检测日期须在申请之日前3个月内；检测项目覆盖GB 14925规定的温度、湿度、换气次数、静压差、洁净度、沉降菌、氨浓度、噪声、照度等指标；屏障环境、隔离环境分别提供。',
    }),
    material({
      name: '实验动物质量检测报告',
      form: 'both',
      originals: 1,
      spec: '由省科学技术厅认可的实验动物质量检测机构出具，检测日期须在申请之日前3个月内，包括遗传学、微生物学、寄生虫学等项目；每个申请品种品系分别提供。',
    }),
    material({
      name: '实验动物种源证明',
      spec: '提供种子来源单位出具的种源证明及引种协议（合同）；种源单位须为国家实验动物种质资源库或持有有效实验动物生产许可证的单位。',
    }),
    material({
      name: '笼器具、饲料及垫料来源证明',
      toleranceAllowed: true,
      toleranceSupplyDays: 10,
      spec: '提供供应单位的资质证明（如饲料生产许可证）及采购合同或发票；自行生产饲料的，提供饲料营养成分检测报告。允许容缺受理，须在专家现场考察前补齐。',
      fileFormats: ['PDF', 'JPG'],
    }),
    material({
      name: '主要仪器设备清单',
      spec: '列明设备名称、型号、数量、用途及检定（校准）情况，加盖单位公章。',
      templateUrl: templateUrl(basicCode, 2),
    }),
    material({
      name: '从业人员名单及培训证明',
      toleranceAllowed: true,
      toleranceSupplyDays: 10,
      spec: '列明姓名、岗位、学历、专业及实验动物从业人员岗位培训证书编号，附培训证书扫描件。新入职人员尚未取得证书的，可容缺受理，在专家现场考察前补齐。',
      fileFormats: ['PDF', 'JPG'],
      templateUrl: templateUrl(basicCode, 3),
    }),
    material({
      name: '设施平面布局图',
      spec: '标明各功能区域、人流、物流、动物流、污物流走向及洁净区压差梯度，图面清晰并加盖单位公章。',
      fileFormats: ['PDF', 'JPG'],
    }),
    material({
      name: '管理制度及标准操作规程（SOP）目录',
      commitmentAllowed: true,
      spec: '包括质量管理、人员管理、设施运行维护、动物福利伦理审查、生物安全、废弃物处理等制度及SOP目录。可签署告知承诺书替代，承诺制度健全，专家现场考察时核查全文。',
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
      description: '登录安徽政务服务网，进入实验动物许可网上管理服务系统，在线填写申请书并上传申请材料。营业执照等证照由电子证照库自动获取。',
    },
    {
      name: '在线初审',
      actor: '条件财务处（实验动物许可证管理办公室）',
      description: '许可事项管理人对材料的完整性和规范性进行在线初审；需补正的，一次性告知全部补正内容；符合条件的转专家在线预审。',
      days: 3,
    },
    {
      name: '专家在线预审',
      actor: '实验动物专家组',
      description: '专家对设施条件、检测报告、人员与制度进行在线预审，提出预审意见；申请单位按专家意见在线补正材料。',
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
      description: `申请单位将加盖公章的纸质材料直接送交或邮寄至${MAILING_ADDRESS}；管理人确认收到并核对一致后，将基本信息共享至安徽省一体化政务服务平台，完成受理。`,
    },
    {
      name: '专家现场考察',
      actor: '实验动物专家组',
      description: '组织不少于3名专家对生产设施、动物质量、人员和管理制度进行现场考察验收，形成现场验收意见；需整改的，申请单位整改后提交整改报告。',
      days: 12,
    },
    {
      name: '审批决定',
      actor: '安徽省科学技术厅',
      description: '根据专家验收意见提出审核意见，经审批负责人审定后作出准予许可或不予许可的决定；不予许可的，书面说明理由并告知申请人享有依法申请行政复议或提起行政诉讼的权利。',
      days: 5,
    },
    {
      name: '制证送达（电子证照）',
      actor: '条件财务处（实验动物许可证管理办公室）',
      description: '制发加盖电子印章的实验动物生产许可证电子证照，推送至安徽省电子证照库并在“信用安徽”公示许可信息；申请单位在线下载，可扫码核验。',
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
      note: '现场考察提出整改要求的，申请单位整改期间不计入办结时限；逾期未整改完毕的，按不予许可处理。',
      countsTowardLimit: false,
    },
  ],
  result: {
    name: '实验动物生产许可证',
    kind: 'licence',
    validity: '5年；有效期届满需继续从事实验动物生产的，应在有效期满前6个月内申请换证',
    delivery: '电子证照：办结后推送至安徽省电子证照库，申请单位可在安徽政务服务网、“皖事通”下载；需要纸质证书的，免费邮寄送达。',
  },
  windows: [CENTRE_WINDOW],
  consultation: consultation(OFFICES.conditionsFinance),
  complaint: COMPLAINT,
  faq: [
    {
      q: '实验动物生产许可证的有效期是多久？到期后如何换证？',
      a: '有效期为5年。需要继续从事实验动物生产的，应在有效期满前6个月内在网上申报系统提出换证申请，提交的材料和办理流程与首次申请相同，经专家审查合格后换发新证。逾期未申请的，许可证到期自动失效。',
    },
    {
      q: '设施环境检测报告和动物质量检测报告有时效要求吗？',
      a: '有。两类检测报告均须在申请之日前3个月内出具，超过3个月的需重新检测。设施环境检测须由具有CMA资质的机构出具，动物质量检测须由省科学技术厅认可的实验动物质量检测机构出具。',
    },
    {
      q: '纸质材料一定要到窗口递交吗？',
      a: '不需要。网上受理后，登录系统下载打印带“预审通过”水印的申请材料，加盖公章后邮寄至省政务服务中心科技厅窗口即可，全程无需到现场。工作人员确认收到纸质材料后即完成受理，并通过短信告知。',
    },
    {
      q: '单位名称、法定代表人或生产品种发生变化，需要重新申请吗？',
      a: '单位名称、法定代表人等登记事项变更的，应及时在网上申报系统提出变更申请，经审核后换发许可证，原许可证有效期不变。增加生产品种品系、提高动物等级或改变设施地址的，须按新申请办理，并重新进行专家现场考察。',
    },
  ],
  themes: ['实验动物'],
  highFrequency: true,
  workflow: 'lab-animal-licence',
  effectiveDate: EFFECTIVE_DATE,
};
