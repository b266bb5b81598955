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
};

export const demoPrograms: DemoProgram[] = [
  { clientId: 'demo-catalog-sync', clientSecret: 'Demo-Catalog-Sync-2026', name: '省政务服务事项管理系统（演示）', scopes: ['catalog:manage'] },
  { clientId: 'demo-case-reader', clientSecret: 'Demo-Case-Reader-2026', name: '省数据共享平台（演示）', scopes: ['cases:read'] },
];
