// Facts shared by every demo item of the demo department (安徽省科学技术厅): the
// implementing body, its offices, windows and the consultation/complaint channels,
// plus small builders that keep the item files free of repeated defaults.
// The credit code is synthetic (both check characters valid). Addresses, phone
// numbers and URLs are plausible demo values, not the department's real ones.
// Legal bases: national laws, regulations and documents carry their real 文号 with
// abridged article text; provincial measures (《安徽省……办法》) are cited by title only,
// with an illustrative one-line summary and no 文号 — check them before production use.
import type { ItemContent, Material } from '../schema.ts';

type Window = ItemContent['windows'][number];
type Channel = ItemContent['consultation'][number];

export const DEPARTMENT = {
  name: '安徽省科学技术厅',
  creditCode: '113400000030028100',
  nature: '1',
} as const satisfies ItemContent['department'];

/** 行使层级: 省级. */
export const LEVEL = '2' as const satisfies ItemContent['level'];

/**
 * 实施编码 = the department's credit code (18) + 行使层级 (1) + 基本编码 (12).
 * Demo basic codes follow one pattern: '00' + item type (2) + '72' + serial (3) + '000'.
 */
export const itemCode = (basicCode: string): string => `${DEPARTMENT.creditCode}${LEVEL}${basicCode}`;

/**
 * Portal page of an item's n-th blank form (printable; the page renders the form of the
 * material whose templateUrl it is).
 */
export const templateUrl = (basicCode: string, n: number): string => `/items/${itemCode(basicCode)}/templates/${n}`;

/** Guide and application pages on the provincial platform (安徽政务服务网, PC and 皖事通 mobile). */
export const onlineUrls = (code: string): ItemContent['onlineUrls'] => ({
  pc: `https://www.ahzwfw.gov.cn/bsdt/item/${code}`,
  mobile: `https://www.ahzwfw.gov.cn/h5/item/${code}`,
});

export const EFFECTIVE_DATE = '2026-01-01';

/** Every item of the department is free of charge. */
export const FREE_OF_CHARGE: ItemContent['fee'] = { charged: false, items: [] };

/** The small fixed set of themes the catalogue groups items by. */
export const THEMES = ['实验动物', '科技企业', '科研项目', '平台基地', '科技奖励', '科技金融', '成果转化', '人才引进'] as const;
export type Theme = (typeof THEMES)[number];

/** 承办处室 with their consultation phones. */
export const OFFICES = {
  planning: { name: '计划处', phone: '0551-62999112' },
  policy: { name: '政策法规处', phone: '0551-62999116' },
  conditionsFinance: { name: '条件财务处', phone: '0551-62999123' },
  highTech: { name: '高新技术处', phone: '0551-62999127' },
  basicResearch: { name: '基础研究与科技奖励处', phone: '0551-62999135' },
  international: { name: '对外科技合作处', phone: '0551-62999139' },
  transfer: { name: '成果转化处', phone: '0551-62999143' },
  personnel: { name: '人事处', phone: '0551-62999147' },
} as const satisfies Record<string, { name: string; phone: string }>;
export type Office = (typeof OFFICES)[keyof typeof OFFICES];

export const OFFICE_HOURS = '周一至周五 上午9:00-12:00，下午13:00-17:00（法定节假日除外）';

/** The department's window in the provincial government service centre. */
export const CENTRE_WINDOW: Window = {
  name: '安徽省政务服务中心科技厅窗口',
  address: '合肥市政务区怀宁路1800号 安徽省政务服务中心三楼C区 科技厅窗口',
  hours: OFFICE_HOURS,
  phone: '0551-62999100',
};

/** Receiving unit (材料代收单位) for printed high-tech applications and registration desk for achievements. */
export const INFO_INSTITUTE_WINDOW: Window = {
  name: '安徽省科学技术情报研究所服务窗口',
  address: '合肥市蜀山区望江西路68号 安徽省科学技术情报研究所一楼服务大厅',
  hours: OFFICE_HOURS,
  phone: '0551-62999160',
};

/** Where applicants mail printed application materials. */
export const MAILING_ADDRESS = '合肥市政务区怀宁路1800号 安徽省政务服务中心三楼C区 科技厅窗口（邮编230071）';

/** Consultation channels of an item handled by the given office. */
export const consultation = (office: Office): Channel[] => [
  { kind: '电话咨询', value: `安徽省科学技术厅${office.name} ${office.phone}` },
  { kind: '窗口咨询', value: `${CENTRE_WINDOW.name} ${CENTRE_WINDOW.phone}` },
  { kind: '网上咨询', value: '安徽政务服务网（https://www.ahzwfw.gov.cn）“我要咨询”栏目，或“皖事通”移动端咨询入口' },
];

export const COMPLAINT: Channel[] = [
  { kind: '政务服务便民热线', value: '12345' },
  { kind: '电话投诉', value: '安徽省科学技术厅机关纪委 0551-62999188' },
  { kind: '网上投诉', value: '安徽政务服务网“好差评”及“我要投诉”栏目' },
];

type MaterialInput = Pick<Material, 'name'> & Partial<Omit<Material, 'name'>>;

/** A material with the common defaults: required, supplied by the applicant, uploaded as PDF, no paper. */
export const material = ({ name, ...rest }: MaterialInput): Material => ({
  name,
  required: true,
  toleranceAllowed: false,
  commitmentAllowed: false,
  source: 'applicant',
  form: 'electronic',
  fileFormats: ['PDF'],
  originals: 0,
  copies: 0,
  ...rest,
});

/** A licence the platform fetches from the electronic licence library: the applicant uploads nothing. */
export const fromLicenceLibrary = (name: string, spec?: string): Material =>
  material({
    name,
    source: 'e-licence',
    fileFormats: [],
    spec: spec ?? '由系统通过安徽省电子证照库自动获取，申请人无需上传或提交复印件。',
  });

/** The usual proof of a legal person: business licence or the certificate of a public institution or social organisation. */
export const LEGAL_PERSON_LICENCE = '营业执照或事业单位法人证书、社会团体法人登记证书';

/** Authorisation letter, needed only when a handler other than the legal representative applies. */
export const authorisationLetter = (basicCode: string, n: number): Material =>
  material({
    name: '法定代表人授权委托书',
    required: false,
    requiredNote: '仅由经办人代为办理时提供。',
    spec: '载明委托事项、权限和期限，法定代表人签字并加盖单位公章；附经办人身份证明（经统一身份认证登录的无需另行提供）。',
    templateUrl: templateUrl(basicCode, n),
  });
