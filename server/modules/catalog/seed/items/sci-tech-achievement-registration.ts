// 科技成果登记 — registration on the spot at the window when materials are complete.
import type { ItemContent } from '../../schema.ts';
import {
  CENTRE_WINDOW, COMPLAINT, DEPARTMENT, EFFECTIVE_DATE, FREE_OF_CHARGE, INFO_INSTITUTE_WINDOW, LEGAL_PERSON_LICENCE, LEVEL, OFFICES,
  consultation, fromLicenceLibrary, itemCode, material, onlineUrls, templateUrl,
} from '../common.ts';

const basicCode = '002072003000';
const code = itemCode(basicCode);

export const item: ItemContent = {
  code,
  basicCode,
  name: '科技成果登记',
  shortDescription:
    '执行各级各类科技计划（含专项）产生的科技成果应当登记，非财政投入产生的科技成果自愿登记。网上预审后到窗口核验原件，材料齐全的当场登记。',
  type: '20',
  powerSource: '1',
  caseType: '1',
  level: LEVEL,
  audiences: ['1', '2', '3', '4'],
  department: DEPARTMENT,
  office: OFFICES.transfer.name,
  legalBasis: [
    {
      title: '《中华人民共和国促进科技成果转化法》',
      docNo: '中华人民共和国主席令第三十二号（2015年8月29日修正）',
      article:
        '第十一条 国家建立、完善科技报告制度和科技成果信息系统，向社会公布科技项目实施情况以及科技成果和相关知识产权信息，提供科技成果信息查询、筛选等公益服务。……',
    },
    {
      title: '《科技成果登记办法》',
      docNo: '国科发计字〔2000〕542号',
      article:
        '……执行各级、各类科技计划（含专项）产生的科技成果应当登记；非财政投入产生的科技成果自愿登记；涉及国家秘密的科技成果，按照国家科技保密的有关规定进行管理。……办理科技成果登记应当提交《科技成果登记表》及下列材料：（一）应用技术成果：相关的评价证明（鉴定证书或者鉴定报告、科技计划项目验收报告、行业准入证明、新产品证书等）和研制报告；或者知识产权证明（专利证书、植物品种权证书、软件登记证书等）和用户证明；（二）基础理论成果：学术论文、学术专著、本单位学术部门的评价意见和论文发表后被引用的证明；（三）软科学研究成果：相关的评价证明（软科学成果评审证书或验收报告等）和研究报告。',
    },
  ],
  conditions: [
    '申请人为科技成果的完成单位或完成人，按直属或属地关系向相应的科技成果登记机构办理登记，同一成果不得重复登记。',
    '应用技术成果已通过评价、验收或取得知识产权并有用户应用；基础理论成果已公开发表；软科学研究成果已通过评审或验收。',
    '成果权属清楚、无争议，不涉及国家秘密。',
  ],
  materials: [
    material({
      name: '科技成果登记表',
      form: 'both',
      originals: 1,
      spec: '在线填写，打印后由完成单位盖章（个人完成的由完成人签字）；成果名称、完成单位和完成人应与评价证明一致。',
      templateUrl: templateUrl(basicCode, 1),
    }),
    fromLicenceLibrary(LEGAL_PERSON_LICENCE, '完成单位的证照由系统通过电子证照库自动获取，无需提交；个人完成的，通过统一身份认证核验身份。'),
    material({
      name: '评价证明或知识产权证明',
      requiredNote: '应用技术成果、软科学研究成果提供评价证明；以知识产权登记的应用技术成果提供知识产权证明。',
      form: 'both',
      originals: 1,
      spec: '鉴定证书、验收报告、评审证书或专利证书等；科技计划项目验收报告由系统自动调取的无需提交；原件在窗口核验后当场退回。',
      fileFormats: ['PDF', 'JPG'],
    }),
    material({
      name: '研制报告或研究报告',
      requiredNote: '应用技术成果提供研制报告，软科学研究成果提供研究报告。',
      spec: '说明研究背景、技术路线、主要技术指标和创新点。',
    }),
    material({
      name: '用户应用证明',
      required: false,
      requiredNote: '以知识产权证明办理登记的应用技术成果必须提供。',
      spec: '由应用单位出具，说明应用时间、应用范围和效果，加盖应用单位公章。',
    }),
    material({
      name: '学术论文、专著及引用证明',
      required: false,
      requiredNote: '仅基础理论成果提供。',
      spec: '代表性论文、专著及本单位学术部门的评价意见、论文被引用的检索证明。',
    }),
  ],
  statutoryLimit: null,
  statutoryDays: null,
  promisedDays: 0,
  promisedNote: '即办件：网上预审通过、窗口核验原件无误的，当场登记并出具登记证书；需补正的一次性告知。',
  fee: FREE_OF_CHARGE,
  visits: 1,
  onlineDepth: '3',
  onlineUrls: onlineUrls(code),
  process: [
    { name: '网上填报', actor: '成果完成单位或完成人', description: '通过安徽政务服务网在线填写科技成果登记表并上传相关材料。' },
    { name: '网上预审', actor: '安徽省科学技术情报研究所（科技成果登记机构）', description: '对登记表和材料进行预审，需补正的一次性告知；预审通过的通知申请人携带原件到窗口办理。', days: 2 },
    { name: '窗口核验', actor: '窗口工作人员', description: '核验评价证明、知识产权证明等原件与网上材料一致后当场退回原件。' },
    { name: '登记发证', actor: '安徽省科学技术情报研究所（科技成果登记机构）', description: '符合登记条件的，当场予以登记，出具科技成果登记证书，成果信息纳入科技成果信息系统。' },
  ],
  specialProcedures: [],
  result: {
    name: '科技成果登记证书',
    kind: 'certificate',
    delivery: '窗口当场发放；同时生成加盖电子印章的电子证书，可在线下载和扫码核验。',
  },
  windows: [INFO_INSTITUTE_WINDOW, CENTRE_WINDOW],
  consultation: consultation(OFFICES.transfer),
  complaint: COMPLAINT,
  faq: [
    {
      q: '科技成果登记有什么作用？',
      a: '科技成果登记是科技成果统计、信息共享和转化推广的基础。登记的成果纳入科技成果信息系统，可作为申报科学技术奖、科技计划项目和职称评审的参考；执行财政资金科技计划产生的成果应当登记。',
    },
    {
      q: '已经登记的成果，后来又取得了新的专利，可以再登记吗？',
      a: '同一成果不得重复登记。取得新专利的，可以申请对原登记信息进行补充更新；属于新的独立成果的，可按新成果办理登记。',
    },
    {
      q: '为什么还要到窗口跑一次？',
      a: '评价证明等材料需要核验原件。科技计划项目验收报告已在系统中的，系统自动调取，可申请免于到窗口核验；其他情形须携带原件到窗口核验，核验无误当场登记。',
    },
  ],
  themes: ['成果转化'],
  highFrequency: true,
  effectiveDate: EFFECTIVE_DATE,
};
