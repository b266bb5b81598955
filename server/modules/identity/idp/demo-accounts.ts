// Demo accounts of the bundled identity provider that plays the provincial identity platform
// (安徽政务服务网统一身份认证) in development, demos and tests.
// Every person, ID number, mobile number, credit code and company here is synthetic: ID
// numbers use Anhui address codes (34xxxx) with correct check characters, credit codes have
// both check characters right (see server/lib/codes), mobiles are 1380000xxxx. Names of
// companies carry 某某 so they cannot be taken for real ones; addresses are plausible demo values.
import { CENTRE_WINDOW, OFFICES } from '../../catalog/seed/common.ts';

import { STAFF_ROLES, type RoleScope, type StaffRole } from '../roles.ts';

export { STAFF_ROLES, type StaffRole };

export interface DemoPerson {
  username: string;
  password: string;
  name: string;
  idNumber: string;
  mobile: string;
  email?: string;
}

export interface DemoEnterprise {
  creditCode: string;
  name: string;
  legalRepresentative: string;
  address: string;
  /** How the account's person acts for the enterprise. */
  role: 'legal_representative' | 'handler';
}

export type DemoAccount =
  | ({ kind: 'natural' } & DemoPerson)
  /** A legal representative or handler acting for one or more enterprises. */
  | ({ kind: 'legal'; enterprises: DemoEnterprise[] } & DemoPerson)
  | ({ kind: 'staff'; staffNo: string; office: string; roles: StaffRole[]; scope?: RoleScope; expert?: DemoExpert } & DemoPerson);

/** An expert's profile in the expert pool (专家库). */
export interface DemoExpert {
  category: 'technical' | 'financial' | 'management' | 'legal';
  fields: string[];
  unitName: string;
  unitCreditCode: string | null;
  relations: Array<{ creditCode: string | null; name: string; note?: string }>;
}

export const DEMO_PASSWORD = 'Demo@2026';

const HIGH_TECH_GROUP = {
  parent: {
    creditCode: '91340100MA2N4F6H1P',
    name: '安徽某某智能科技股份有限公司',
    legalRepresentative: '钱学明',
    address: '合肥市高新区创新大道2800号 创新产业园一期A1栋',
  },
  subsidiary: {
    creditCode: '91340100MA2P7R1T9F',
    name: '合肥某某智能装备有限公司',
    legalRepresentative: '冯建国',
    address: '合肥市经济技术开发区繁华大道1000号 智能装备产业园3号楼',
  },
} as const;

/** Experts' own units (synthetic, valid credit codes). */
const UNITS = {
  university: { name: '安徽某某大学', creditCode: '12340000MB00123437' },
  institute: { name: '中国科学院某某研究所', creditCode: '12340000MB00567A0N' },
  techUniversity: { name: '合肥某某工业大学', creditCode: '12340100MB01234B64' },
  accounting: { name: '安徽某某会计师事务所有限公司', creditCode: '91340100MA2R3K5LXQ' },
} as const;

export const demoAccounts: DemoAccount[] = [
  // 自然人
  {
    kind: 'natural',
    username: 'zhangsan',
    password: DEMO_PASSWORD,
    name: '张三',
    idNumber: '340102198506120011',
    mobile: '13800000001',
    email: 'zhangsan@example.com',
  },
  {
    kind: 'natural',
    username: 'lisi',
    password: DEMO_PASSWORD,
    name: '李四',
    idNumber: '340103199209150020',
    mobile: '13800000002',
  },

  // 法人（法定代表人或经办人）
  {
    kind: 'legal',
    username: 'hefei-bio',
    password: DEMO_PASSWORD,
    name: '王五',
    idNumber: '340111197802030039',
    mobile: '13800000003',
    email: 'wangwu@example.com',
    enterprises: [
      {
        creditCode: '91340100MA2K8B3D8J',
        name: '合肥某某生物科技有限公司',
        legalRepresentative: '王五',
        address: '合肥市高新区望江西路800号 创新产业园二期B4栋',
        role: 'legal_representative',
      },
    ],
  },
  {
    kind: 'legal',
    username: 'ah-tech',
    password: DEMO_PASSWORD,
    name: '赵六',
    idNumber: '340121198804290042',
    mobile: '13800000004',
    email: 'zhaoliu@example.com',
    enterprises: [
      { ...HIGH_TECH_GROUP.parent, role: 'handler' },
      { ...HIGH_TECH_GROUP.subsidiary, role: 'handler' },
    ],
  },
  {
    kind: 'legal',
    username: 'ah-institute',
    password: DEMO_PASSWORD,
    name: '孙七',
    idNumber: '340104197208160558',
    mobile: '13800000005',
    enterprises: [
      {
        creditCode: '12340000485001377F',
        name: '安徽省某某科学研究院',
        legalRepresentative: '褚志远',
        address: '合肥市蜀山区黄山路300号',
        role: 'handler',
      },
    ],
  },

  // 工作人员：每个角色一人，另有一人兼两个角色
  {
    kind: 'staff',
    username: 'item-manager',
    password: DEMO_PASSWORD,
    name: '周敏',
    idNumber: '340102198009230420',
    mobile: '13800000011',
    staffNo: 'KJT0011',
    office: OFFICES.conditionsFinance.name,
    roles: ['item_manager'],
  },
  {
    kind: 'staff',
    username: 'expert',
    password: DEMO_PASSWORD,
    name: '吴涛',
    idNumber: '340103197605140319',
    mobile: '13800000012',
    email: 'wutao@example.com',
    staffNo: 'ZJ0012',
    office: '省科技专家库',
    roles: ['expert'],
    expert: { category: 'technical', fields: ['实验动物', '生物医药'], unitName: UNITS.university.name, unitCreditCode: UNITS.university.creditCode, relations: [] },
  },
  {
    kind: 'staff',
    username: 'decision-maker',
    password: DEMO_PASSWORD,
    name: '郑洁',
    idNumber: '340104198311060621',
    mobile: '13800000013',
    staffNo: 'KJT0013',
    office: OFFICES.conditionsFinance.name,
    roles: ['decision_maker'],
  },
  {
    kind: 'staff',
    username: 'window-clerk',
    password: DEMO_PASSWORD,
    name: '王芳',
    idNumber: '340103198708120825',
    mobile: '13800000014',
    staffNo: 'KJT0014',
    office: CENTRE_WINDOW.name,
    roles: ['window_clerk'],
  },
  {
    kind: 'staff',
    username: 'service-point',
    password: DEMO_PASSWORD,
    name: '陈刚',
    idNumber: '340111197201180517',
    mobile: '13800000015',
    staffNo: 'HFKJ0015',
    office: '合肥市科学技术局',
    roles: ['service_point_clerk'],
  },
  {
    kind: 'staff',
    username: 'receiving-unit',
    password: DEMO_PASSWORD,
    name: '刘洋',
    idNumber: '340122199002270737',
    mobile: '13800000016',
    staffNo: 'QBS0016',
    office: '安徽省科学技术情报研究所',
    roles: ['receiving_unit_clerk'],
  },
  {
    kind: 'staff',
    username: 'supervisor',
    password: DEMO_PASSWORD,
    name: '杨帆',
    idNumber: '340102199303050919',
    mobile: '13800000017',
    staffNo: 'KJT0017',
    office: OFFICES.policy.name,
    roles: ['supervisor'],
  },
  {
    kind: 'staff',
    username: 'admin',
    password: DEMO_PASSWORD,
    name: '黄磊',
    idNumber: '340104197906300132',
    mobile: '13800000018',
    email: 'huanglei@example.com',
    staffNo: 'KJT0018',
    office: '办公室',
    roles: ['admin'],
  },
  {
    kind: 'staff',
    username: 'manager-decider',
    password: DEMO_PASSWORD,
    name: '何静',
    idNumber: '340111198404190242',
    mobile: '13800000019',
    staffNo: 'KJT0019',
    office: OFFICES.highTech.name,
    roles: ['item_manager', 'decision_maker'],
    // A scoped example: sees only the cases of 高新技术处's items.
    scope: { offices: [OFFICES.highTech.name] },
  },

  // 专家库：吴涛 (above) and nine more, enough for 高企认定's rule (5 experts, ≥ 60 % technical,
  // ≥ 1 financial) after 回避: 曹雪梅 works at, and 华丽 declared a relation with, 安徽某某智能科技.
  ...(
    [
      ['expert2', '孔明远', '340102197003122117', 'technical', ['电子信息', '人工智能'], UNITS.institute, []],
      ['expert3', '曹雪梅', '340103196811052227', 'technical', ['智能制造', '工业机器人'], { name: HIGH_TECH_GROUP.parent.name, creditCode: HIGH_TECH_GROUP.parent.creditCode }, []],
      ['expert4', '严立新', '340104197508222319', 'technical', ['新材料', '先进制造'], UNITS.techUniversity, []],
      ['expert5', '华丽', '340111198004172424', 'financial', ['财务审计', '研发费用归集'], UNITS.accounting, [{ creditCode: HIGH_TECH_GROUP.parent.creditCode, name: HIGH_TECH_GROUP.parent.name, note: '近三年为其提供审计服务' }]],
      ['expert6', '金鹏', '340122197211302513', 'technical', ['生物医药', '实验动物'], UNITS.university, []],
      ['expert7', '魏晨', '340102198306092626', 'technical', ['新能源', '节能环保'], UNITS.institute, []],
      ['expert8', '陶静', '340103197702142711', 'financial', ['财务', '税务'], { name: '安徽某某税务师事务所', creditCode: null }, []],
      ['expert9', '姜宁', '340104196509282829', 'financial', ['财务管理'], UNITS.techUniversity, []],
      ['expert10', '戚伟', '340111197907032911', 'management', ['科技管理', '成果转化'], { name: '安徽某某科技咨询有限公司', creditCode: null }, []],
    ] as const
  ).map(([username, name, idNumber, category, fields, unit, relations], i): DemoAccount => ({
    kind: 'staff',
    username,
    password: DEMO_PASSWORD,
    name,
    idNumber,
    mobile: `138000000${20 + i}`,
    staffNo: `ZJ00${20 + i}`,
    office: '省科技专家库',
    roles: ['expert'],
    expert: { category, fields: [...fields], unitName: unit.name, unitCreditCode: unit.creditCode, relations: relations.map((r) => ({ ...r })) },
  })),
];
