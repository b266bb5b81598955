// Complete, valid answers to the demo items' application forms (synthetic people and numbers).
// Identity fields (unit name, credit code) are left out: the server fills them in.

/** The generic form (contact details and what is applied for). */
export const genericForm = (description = '申请登记“一种实验动物饲料配方”科技成果。') => ({
  contactName: '张三',
  contactPhone: '13800138000',
  address: '安徽省合肥市蜀山区某某路 1 号',
  description,
});

const labAnimalCommon = {
  legalRepresentative: '王五',
  unitAddress: '安徽省合肥市高新区望江西路 800 号',
  contactName: '王五',
  contactPhone: '0551-65000000',
  applicationKind: 'new',
  species: ['01', '02'],
  strains: 'C57BL/6J 小鼠、SD 大鼠',
  grades: ['spf'],
  facilityAddress: '安徽省合肥市高新区望江西路 800 号 3 号楼',
  facilityArea: 1200,
  barrierArea: 600,
  envTestDate: '2026-10-20',
  animalSource: '某某实验动物中心（SCXK(皖)2024-0001）',
  staffTotal: 25,
  techStaff: 12,
  certifiedStaff: 25,
  keyStaff: [{ name: '李某', post: '设施负责人', title: '高级实验师', certificateNo: 'AH-2024-001' }],
  commitment: true,
};

/** 实验动物生产许可证核发 (J1). */
export const labAnimalProductionForm = () => ({ ...labAnimalCommon, annualOutput: 50000 });
/** 实验动物使用许可证核发 (J1). */
export const labAnimalUseForm = () => ({ ...labAnimalCommon, useScope: '药物安全性评价与科研实验' });

/** 高新技术企业认定 (J2). */
export const highTechForm = () => ({
  legalRepresentative: '赵六',
  unitAddress: '安徽省合肥市高新区创新大道 2800 号',
  registeredDate: '2018-05-16',
  contactName: '赵六',
  contactPhone: '13900139000',
  contactEmail: 'hr@example.com',
  techField: '1',
  mainProducts: '工业视觉检测设备及其软件',
  salesRevenue3y: 18000,
  revenueLastYear: 7200,
  rdExpense3y: 1100,
  rdExpenseDomestic3y: 1050,
  rdRatio: 6.1,
  highTechRevenue: 5100,
  highTechRevenueShare: 70.8,
  staffTotal: 180,
  techStaff: 62,
  techStaffShare: 34.4,
  inventionPatents: 3,
  utilityModels: 12,
  softwareCopyrights: 20,
  otherIp: 0,
  coreIp: [{ name: '一种基于深度学习的缺陷检测方法', kind: '1', number: 'ZL202110000000.1', grantedOn: '2023-03-10' }],
  noMajorIncident: true,
  commitment: true,
});

/** 科技计划项目立项 (J3). */
export const programmeProjectForm = () => ({
  unitAddress: '安徽省合肥市蜀山区黄山路 100 号',
  contactName: '孙七',
  contactPhone: '0551-63000000',
  projectName: '江淮地区典型农田土壤固碳技术研究',
  programme: '1',
  techField: '7',
  startDate: '2027-01-01',
  durationMonths: 36,
  summary: '研究江淮地区典型农田土壤有机碳的变化规律，形成可推广的固碳增汇技术模式与评价方法。',
  leaderName: '孙七',
  leaderIdNumber: '340104199003071235',
  leaderTitle: '1',
  leaderPhone: '13700137000',
  budgetTotal: 300,
  budgetFiscal: 200,
  budgetSelf: 100,
  team: [{ name: '孙七', unit: '安徽省某某科学研究院', title: '研究员', role: '项目负责人', months: 24 }],
  commitment: true,
});

/** A valid form for a demo item by its name. */
export function formFor(itemName: string): Record<string, unknown> {
  switch (itemName) {
    case '实验动物生产许可证核发':
      return labAnimalProductionForm();
    case '实验动物使用许可证核发':
      return labAnimalUseForm();
    case '高新技术企业认定':
      return highTechForm();
    case '科技计划项目立项':
      return programmeProjectForm();
    default:
      return genericForm(`${itemName}（测试）`);
  }
}
