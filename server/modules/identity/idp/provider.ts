// The bundled OpenID Connect provider that plays the provincial identity platform in
// development, demos and tests (oidc-provider). It is switched off when OIDC_ISSUER names
// a real issuer. Its accounts are the demo accounts; its storage is in memory.
import { createHash, randomBytes } from 'node:crypto';
import { generateKeyPair, exportJWK } from 'jose';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { demoAccounts, type DemoAccount } from './demo-accounts.ts';
import { sameSecret } from '../../../lib/secrets.ts';
import { logoutPage } from './login-page.ts';
import { MemoryAdapter } from './memory-adapter.ts';
import { PROGRAM_SCOPES, demoPrograms } from './demo-programs.ts';

export const IDP_PATH = '/idp';

/** The claims the bundled provider asserts; a real provincial platform's are mapped in docs/identity.md. */
export function claimsOf(a: DemoAccount): Record<string, unknown> {
  const base = { sub: subjectOf(a), name: a.name, phone_number: a.mobile, id_number: a.idNumber, subject_type: a.kind === 'legal' ? 'legal' : 'natural' };
  if (a.kind === 'legal') {
    return {
      ...base,
      enterprises: a.enterprises.map((e) => ({
        credit_code: e.creditCode, name: e.name, legal_representative: e.legalRepresentative, address: e.address, role: e.role,
      })),
    };
  }
  return base;
}

export const subjectOf = (a: DemoAccount) => `ah-${createHash('sha256').update(a.idNumber).digest('hex').slice(0, 16)}`;


/** Finds a demo account by username, ID number or mobile. */
export function findAccount(login: string): DemoAccount | undefined {
  const key = login.trim();
  return demoAccounts.find((a) => a.username === key || a.idNumber === key.toUpperCase() || a.mobile === key);
}

/** Checks a password in constant time, against a random value when there is no account. */
export function passwordMatches(account: DemoAccount | undefined, password: string): boolean {
  return sameSecret(password, account?.password ?? randomBytes(16).toString('hex')) && account !== undefined;
}

export interface IdpClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
  /** The resource identifier (audience) of 科政通's API, for programs' access tokens. */
  apiResource: string;
}

export async function createProvider(issuer: string, client: IdpClient): Promise<Provider> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: randomBytes(8).toString('hex') };
  const secure = issuer.startsWith('https:');

  const configuration: Configuration = {
    adapter: MemoryAdapter,
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        client_name: '科政通',
        redirect_uris: [client.redirectUri],
        post_logout_redirect_uris: [client.postLogoutRedirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
      ...demoPrograms.map((p) => ({
        client_id: p.clientId,
        client_secret: p.clientSecret,
        client_name: p.name,
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
        token_endpoint_auth_method: 'client_secret_basic' as const,
        scope: p.scopes.join(' '),
      })),
    ],
    jwks: { keys: [jwk as never] },
    cookies: { keys: [randomBytes(32).toString('hex')], long: { secure, sameSite: 'lax' }, short: { secure, sameSite: 'lax' } },
    pkce: { required: () => true },
    scopes: ['openid', 'profile', 'phone', 'gov', ...Object.keys(PROGRAM_SCOPES)],
    claims: { openid: ['sub'], profile: ['name'], phone: ['phone_number'], gov: ['id_number', 'subject_type', 'enterprises'] },
    conformIdTokenClaims: false, // the ID token carries the claims; no userinfo round trip
    findAccount: async (_ctx, sub) => {
      const account = demoAccounts.find((a) => subjectOf(a) === sub);
      if (!account) return undefined;
      return { accountId: sub, claims: async () => claimsOf(account) as { sub: string } };
    },
    interactions: { url: (_ctx, interaction) => `${IDP_PATH}/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      // Programs get signed JWT access tokens for 科政通's API, verifiable with the provider's keys.
      resourceIndicators: {
        enabled: true,
        defaultResource: () => client.apiResource,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: Object.keys(PROGRAM_SCOPES).join(' '),
          audience: client.apiResource,
          accessTokenFormat: 'jwt',
          accessTokenTTL: 600,
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
      rpInitiatedLogout: { enabled: true, logoutSource: async (ctx: KoaContextWithOIDC, form: string) => { ctx.body = logoutPage(form); } },
    },
    ttl: { AccessToken: 600, IdToken: 600, Interaction: 600, Session: 8 * 3600, Grant: 8 * 3600 },
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body = `<!doctype html><meta charset="utf-8"><title>认证出错</title><p>认证出错：${String(out.error_description ?? out.error).replace(/[<>&]/g, '')}</p>`;
    },
  };
  const provider = new Provider(issuer, configuration);
  provider.proxy = true;
  return provider;
}
