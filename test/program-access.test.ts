// Other systems get client credentials from the same identity platform and call the API
// with the access token: scopes decide what they may do; a forged, foreign or expired token
// is refused; what they change is audited under their client id.
import { SignJWT, generateKeyPair } from 'jose';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPrograms } from '../server/modules/identity/idp/demo-programs.ts';
import { buildItem } from './support/factories.ts';
import { listeningApp, type ListeningApp } from './support/listening-app.ts';

describe('programs with client credentials', () => {
  let t: ListeningApp;
  beforeAll(async () => {
    t = await listeningApp('pglite');
  });
  afterAll(async () => t.close());

  async function tokenFor(clientId: string, scope?: string): Promise<Response> {
    const p = demoPrograms.find((x) => x.clientId === clientId)!;
    const body = new URLSearchParams({ grant_type: 'client_credentials', ...(scope ? { scope } : {}) });
    return fetch(`${t.url}/idp/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${p.clientId}:${p.clientSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
  }

  it('issues a JWT access token with the granted scope, which the admin API accepts', async () => {
    const res = await tokenFor('demo-catalog-sync', 'catalog:manage');
    expect(res.status).toBe(200);
    const { access_token, token_type, scope } = await res.json();
    expect(token_type).toBe('Bearer');
    expect(scope).toBe('catalog:manage');
    expect(access_token.split('.')).toHaveLength(3);
    const item = buildItem({ name: '外部系统同步事项' });
    const created = await fetch(`${t.url}/api/admin/catalog/items`, {
      method: 'POST', headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' }, body: JSON.stringify({ content: item }),
    });
    expect(created.status).toBe(201);
    const audit = await sql<{ actor: string }>`select actor from audit_event where action = 'item.created' and subject_id = ${item.code}`.execute(t.db.database.db);
    expect(audit.rows[0]!.actor).toBe('program:demo-catalog-sync');
  });

  it('does not give a program a scope it was not registered for', async () => {
    const refused = await tokenFor('demo-case-reader', 'catalog:manage');
    expect(refused.status).toBe(400);
    expect((await refused.json()).error).toBe('invalid_scope');
    const { access_token, scope } = await (await tokenFor('demo-case-reader', 'cases:read')).json();
    expect(scope).toBe('cases:read');
    const denied = await fetch(`${t.url}/api/admin/catalog/items`, { headers: { authorization: `Bearer ${access_token}` } });
    expect(denied.status).toBe(403);
    expect((await denied.json()).code).toBe('FORBIDDEN');
    const wrongSecret = await fetch(`${t.url}/idp/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from('demo-catalog-sync:wrong').toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    expect(wrongSecret.status).toBe(401);
  });

  it('refuses forged tokens and does not let programs into people-only routes', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ scope: 'catalog:manage', client_id: 'demo-catalog-sync' })
      .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt' })
      .setIssuer(`${t.url}/idp`).setAudience(`${t.url}/api`).setIssuedAt().setExpirationTime('5m')
      .sign(privateKey);
    const res = await fetch(`${t.url}/api/admin/catalog/items`, { headers: { authorization: `Bearer ${forged}` } });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'TOKEN_INVALID' });

    const { access_token } = await (await tokenFor('demo-catalog-sync', 'catalog:manage')).json();
    expect((await fetch(`${t.url}/api/admin/staff`, { headers: { authorization: `Bearer ${access_token}` } })).status).toBe(403);
    expect((await fetch(`${t.url}/api/me`, { headers: { authorization: `Bearer ${access_token}` } })).status).toBe(401);
  });
});
