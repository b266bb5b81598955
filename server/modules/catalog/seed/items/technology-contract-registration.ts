// 技术合同认定登记 — public service; registered contracts qualify for the tax incentives of technology transactions.
import type { ItemContent } from '../../schema.ts';
import {
  CENTRE_WINDOW, COMPLAINT, DEPARTMENT, EFFECTIVE_DATE, FREE_OF_CHARGE, LEGAL_PERSON_LICENCE, LEVEL, OFFICES,
  authorisationLetter, consultation, fromLicenceLibrary, itemCode, material, onlineUrls, templateUrl,
} from '../common.ts';

const basicCode = '002072004000';
const code = itemCode(basicCode);

export const item: ItemContent = {
  code,
  basicCode,
  name: '技术合同认定登记',
  shortDescription:
    '对技术开发、技术转让、技术许可、技术咨询和技术服务合同进行认定登记，核定技术性收入。经认定登记的技术合同可依法享受技术交易相关税收优惠。',
  type: '20',
  powerSource: '1',
  caseType: '2',
  level: LEVEL,
  audiences: ['2', '3', '4', '1'],
  department: DEPARTMENT,
  office: OFFICES.transfer.name,
  legalBasis: [
    {
      title: '《中华人民共和国民法典》',
      docNo: '中华人民共和国主席令第四十五号',
      article: '第八百四十三条 技术合同是当事人就技术开发、转让、许可、咨询或者服务订立的确立相互之间权利和义务的合同。',
    },
    {
      title: '《技术合同认定登记管理办法》',
      docNo: '国科发政字〔2000〕063号',
      article:
        '……当事人申请技术合同认定登记，应当向技术合同登记机构提交完整的书面合同文本和相关附件。……采用口头形式订立技术合同的，技术合同登记机构不予受理。……技术合同登记机构应当自受理认定登记申请之日起30日内完成认定登记事项。技术合同登记机构对认定符合登记条件的合同，应当分类登记和存档，向当事人发给技术合同登记证明，并载明经核定的技术性收入额。',
    },
    {
      title: '《技术合同认定规则》',
      docNo: '国科发政字〔2001〕253号',
    },
    {
      title: '《财政部 国家税务总局关于全面推开营业税改征增值税试点的通知》',
      docNo: '财税〔2016〕36号',
      article: '……纳税人提供技术转让、技术开发和与之相关的技术咨询、技术服务，免征增值税。……',
    },
  ],
  conditions: [
    '申请人为依法订立的技术合同的卖方，即技术开发合同的研究开发人、技术转让（许可）合同的让与人（许可人）、技术咨询和技术服务合同的受托人，在合同成立后向所在地技术合同登记机构申请。',
    '合同为书面形式，已经双方签字盖章生效，标的属于技术开发、技术转让、技术许可、技术咨询或技术服务。',
    '合同内容完整，技术性收入可以核定，不涉及国家秘密。',
  ],
  materials: [
    material({
      name: '技术合同认定登记申请表',
      spec: '在全国技术合同管理与服务系统或安徽政务服务网在线填写，列明合同类型、成交金额和技术交易额。',
      templateUrl: templateUrl(basicCode, 1),
    }),
    material({
      name: '技术合同文本',
      form: 'both',
      originals: 1,
      spec: '双方签字盖章的完整合同文本及附件扫描件，多页合同须加盖骑缝章；可采用科学技术部监制的技术合同示范文本。原件在窗口核验后当场退回。',
    }),
    fromLicenceLibrary(LEGAL_PERSON_LICENCE, '卖方证照由系统通过电子证照库自动获取；卖方为自然人的，通过统一身份认证核验身份。'),
    material({
      name: '技术性收入核定相关材料',
      required: false,
      requiredNote: '合同中包含设备、原材料等非技术性价款的提供。',
      toleranceAllowed: true,
      spec: '设备、原材料、材料费等非技术性价款的明细及发票，用于核定技术交易额；可容缺受理，在登记前补齐。',
    }),
    authorisationLetter(basicCode, 2),
  ],
  statutoryLimit: {
    value: 30,
    unit: '2',
    note: '《技术合同认定登记管理办法》规定自受理认定登记申请之日起30日内完成认定登记；30个自然日按20个工作日折算。',
  },
  statutoryDays: 20,
  promisedDays: 5,
  promisedNote: '自窗口核验合同原件之日起5个工作日内完成认定登记。',
  fee: FREE_OF_CHARGE,
  visits: 1,
  onlineDepth: '3',
  onlineUrls: onlineUrls(code),
  process: [
    { name: '网上申请', actor: '合同卖方', description: '在线填写申请表并上传合同文本扫描件。' },
    { name: '网上预审', actor: '技术合同登记机构', description: '审查合同类型、要素完整性和技术性收入，需补正的一次性告知。', days: 2 },
    { name: '窗口核验受理', actor: '窗口工作人员', description: '核验合同原件与上传文本一致后当场退回原件，完成受理。' },
    { name: '认定登记', actor: '技术合同登记机构（成果转化处指导）', description: '按《技术合同认定规则》认定合同类型，核定技术交易额和技术性收入，符合条件的予以登记。', days: 4 },
    { name: '出具登记证明', actor: '技术合同登记机构', description: '在全国技术合同管理与服务系统生成技术合同登记证明，合同文本加盖技术合同登记专用章；不予登记的，注明“未予登记”并说明理由。', days: 1 },
  ],
  specialProcedures: [],
  result: {
    name: '技术合同登记证明',
    kind: 'certificate',
    delivery: '登记证明在线下载打印，也可到窗口领取；登记信息同步推送税务部门用于增值税减免备查。',
  },
  windows: [CENTRE_WINDOW],
  consultation: consultation(OFFICES.transfer),
  complaint: COMPLAINT,
  faq: [
    {
      q: '哪些合同不予登记？',
      a: '口头形式订立的技术合同、以常规手段或者为生产经营目的进行一般加工定作的合同、就描晒复印图纸、翻译资料、摄影摄像等订立的合同，以及合同标的不涉及技术的合同，不予登记。',
    },
    {
      q: '合同签订很久之后还能登记吗？',
      a: '技术合同应在成立后及时申请认定登记，合同履行完毕后原则上不再受理登记。享受税收优惠的，应在办理纳税申报前完成登记。',
    },
    {
      q: '买方需要办理登记吗？',
      a: '不需要。技术合同认定登记由卖方（研究开发人、让与人、受托人）办理，一份合同只登记一次。',
    },
  ],
  themes: ['成果转化', '科技企业'],
  highFrequency: false,
  effectiveDate: EFFECTIVE_DATE,
};
