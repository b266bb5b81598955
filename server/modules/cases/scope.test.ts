// Role data scopes on cases (scope.ts), evaluated by the database on real rows, on each engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../../test/support/databases.ts';
import { staffPrincipal } from '../../../test/support/principals.ts';
import { testApp, type TestApp } from '../../../test/support/app.ts';
import { seedDemoCatalog } from '../catalog/seed/load-demo.ts';
import type { RoleScope, StaffRole } from '../identity/roles.ts';
import { registerWorkflows, SHIPPED } from '../workflow/registry.ts';
import { regionPrefix, visibility } from './scope.ts';
import * as store from './store.ts';

describe('regionPrefix', () => {
  it('makes a province cover its cities and a city its districts', () => {
    expect(regionPrefix('340000')).toBe('34');
    expect(regionPrefix('340100')).toBe('3401');
    expect(regionPrefix('340104')).toBe('340104');
  });
});

describe.each(engines)('case data scopes on %s', (engine) => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  let codes: { labAnimal: string; highTech: string };

  beforeAll(async () => {
    t = await testApp(engine);
    const db = t.db.database.db;
    await registerWorkflows(db);
    await seedDemoCatalog(t.catalog);
    const code = async (name: string) => (await db.selectFrom('catalog_item_version').select('code').where('name', '=', name).executeTakeFirstOrThrow()).code;
    codes = { labAnimal: await code('实验动物生产许可证核发'), highTech: await code('高新技术企业认定') };
    const person = async (idNumber: string) => (await db.insertInto('person').values({ id_number: idNumber, name: '测试', mobile: null }).returning('id').executeTakeFirstOrThrow()).id;
    const enterprise = async (creditCode: string) => (await db.insertInto('enterprise').values({ credit_code: creditCode, name: '测试企业', legal_representative: null, address: null }).returning('id').executeTakeFirstOrThrow()).id;
    const hefeiPerson = await person('340102198506120011'); // Hefei (3401)
    const handler = await person('340202198506120011'); // Wuhu (3402)
    const hefeiCo = await enterprise('91340100MA2K8B3D8J');
    const wuhuCo = await enterprise('91340200MA2K8B3D8J');
    const insert = async (key: string, itemCode: string, workflow: string, personId: string, enterpriseId: string | null) => {
      ids[key] = await store.insertCase(db, {
        case_no: `T${key}`, item_code: itemCode, item_version: 1, item_name: key, workflow_key: workflow, workflow_version: SHIPPED.find((d) => d.key === workflow)!.version, state: 'initial_review',
        applicant_person_id: personId, applicant_enterprise_id: enterpriseId, applicant_type: enterpriseId ? '2' : '1', applicant_name: key,
        channel: '1', on_behalf_by: null, form: {}, idempotency_key: key, promised_days: 20, statutory_days: 60,
      });
    };
    await insert('labHefeiPerson', codes.labAnimal, 'lab-animal-licence', hefeiPerson, null);
    await insert('highTechHefei', codes.highTech, 'high-tech-recognition', handler, hefeiCo);
    await insert('highTechWuhu', codes.highTech, 'high-tech-recognition', handler, wuhuCo);
  }, 120_000);
  afterAll(async () => t.close());

  /** Which of the cases an item manager with this scope sees. */
  async function seen(scope: RoleScope, roles: StaffRole[] = ['item_manager'], through: StaffRole[] = ['item_manager']) {
    const p = { ...staffPrincipal(roles), scopes: Object.fromEntries(roles.map((r) => [r, scope])) };
    const cond = visibility(p, through, { openPanelsOnly: true });
    const out: string[] = [];
    for (const [key, id] of Object.entries(ids)) if (await store.caseMatches(t.db.database.db, id, cond)) out.push(key);
    return out.sort();
  }

  it('does not limit with an empty scope', async () => {
    expect(await seen({})).toEqual(['highTechHefei', 'highTechWuhu', 'labHefeiPerson']);
  });

  it('narrows by item, by the item office, and by the applicant region, each axis ANDed', async () => {
    expect(await seen({ items: [codes.highTech] })).toEqual(['highTechHefei', 'highTechWuhu']);
    expect(await seen({ offices: ['条件财务处'] })).toEqual(['labHefeiPerson']);
    expect(await seen({ offices: ['高新技术处', '计划处'] })).toEqual(['highTechHefei', 'highTechWuhu']);
    expect(await seen({ regions: ['340100'] })).toEqual(['highTechHefei', 'labHefeiPerson']);
    expect(await seen({ regions: ['340200'] })).toEqual(['highTechWuhu']);
    expect(await seen({ regions: ['340000'] })).toEqual(['highTechHefei', 'highTechWuhu', 'labHefeiPerson']);
    expect(await seen({ items: [codes.highTech], regions: ['340100'] })).toEqual(['highTechHefei']);
    expect(await seen({ offices: ['条件财务处'], regions: ['340200'] })).toEqual([]);
  });

  it('counts only the roles that give access, and none when the person holds none of them', async () => {
    // A decision maker's own (unlimited) scope does not widen what the item-manager queue shows.
    const p = { ...staffPrincipal(['item_manager', 'decision_maker']), scopes: { item_manager: { offices: ['条件财务处'] }, decision_maker: {} } };
    expect(visibility(p, ['item_manager'], { openPanelsOnly: true })).not.toBe(true);
    expect(visibility(p, ['item_manager', 'decision_maker'], { openPanelsOnly: true })).toBe(true);
    expect(visibility(p, ['window_clerk'], { openPanelsOnly: true })).toBe(false);
  });

  it('shows an expert only the cases they are assigned to', async () => {
    expect(await seen({}, ['expert'], ['expert'])).toEqual([]);
  });
});
