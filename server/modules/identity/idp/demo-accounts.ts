// Demo accounts of the bundled identity provider that plays the provincial identity platform
// (安徽政务服务网统一身份认证) in development, demos and tests.
// Every person, ID number, mobile number, credit code and company here is synthetic: ID
// numbers use Anhui address codes (34xxxx) with correct check characters, credit codes have
// both check characters right (see server/lib/codes), mobiles are 1380000xxxx. Names of
// companies carry 某某 so they cannot be taken for real ones; addresses are plausible demo values.
import { CENTRE_WINDOW, OFFICES } from '../../catalog/seed/common.ts';

import { STAFF_ROLES, type StaffRole } from '../roles.ts';

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
  | ({ kind: 'staff'; staffNo: string; office: string; roles: StaffRole[] } & DemoPerson);

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
  },
];
