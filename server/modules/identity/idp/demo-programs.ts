// Other systems that call 科政通's API with client credentials issued by the bundled
// provider (in production the identity platform registers them). Scopes are the ones the
// module policies name (e.g. catalog:manage in server/modules/catalog/policy.ts).

export interface DemoProgram {
  clientId: string;
  clientSecret: string;
  name: string;
  scopes: string[];
}

/** Every scope a program may be given, with what it allows. */
export const PROGRAM_SCOPES: Record<string, string> = {
  'catalog:manage': '维护事项目录（新建、编辑、发布、停用事项）',
  'cases:read': '读取办件信息（数据共享接口：按办件编号查询办件状态）',
  'licences:read': '查询和核验电子证照（数据共享接口：按编号或持证主体查询、核验证照二维码）',
  'data-requests:write': '提交数据共享申请并查询其办理状态和答复',
};

export const demoPrograms: DemoProgram[] = [
  { clientId: 'demo-catalog-sync', clientSecret: 'Demo-Catalog-Sync-2026', name: '省政务服务事项管理系统（演示）', scopes: ['catalog:manage'] },
  { clientId: 'demo-case-reader', clientSecret: 'Demo-Case-Reader-2026', name: '省数据共享平台（演示）', scopes: ['cases:read'] },
  { clientId: 'demo-licence-reader', clientSecret: 'Demo-Licence-Reader-2026', name: '省市场监管局证照核验系统（演示）', scopes: ['licences:read'] },
  { clientId: 'demo-data-requester', clientSecret: 'Demo-Data-Requester-2026', name: '省市场监管局数据共享申请（演示）', scopes: ['data-requests:write'] },
];
