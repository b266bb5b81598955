// Unified identity: login through the identity platform (OIDC), sessions, the current
// enterprise of a legal-person handler, and staff roles. Each write is one transaction
// with its audit record.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { writeAudit } from '../../lib/audit/audit-log.ts';
import { AppError } from '../../lib/errors.ts';
import { maskIdCard } from '../../lib/mask.ts';
import type { DB, Queryable } from '../../db/types.ts';
import { identityClaimsSchema } from './claims.ts';
import type { OidcClient } from './oidc-client.ts';
import type { Principal, UserPrincipal } from './principal.ts';
import * as store from './store.ts';
import type { RoleScope, StaffRole, SubjectType } from './tables.ts';

export const SESSION_COOKIE = 'kzt_session';
export const LOGIN_COOKIE = 'kzt_login';
const LOGIN_TTL_SECONDS = 600;

export interface SessionPolicy {
  idleSeconds: number;
  maxSeconds: number;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const token = () => randomBytes(32).toString('base64url');

/** Only same-site paths may be returned to after login (no open redirects). */
export function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[^\s]*$/.test(value) && !value.startsWith('/auth/') ? value : '/';
}

export interface RequestInfo {
  ip: string;
  userAgent: string;
}

export function createIdentityService(db: Kysely<DB>, oidc: OidcClient, policy: SessionPolicy, redirectUri: () => string) {
  const audit = (tx: Queryable, actor: string, action: string, subjectId: string, data: Record<string, unknown>) =>
    writeAudit(tx, { actor, action, subjectType: 'identity', subjectId, data });

  /** The principal of a live session row (one statement read it all, see store.touchSession). */
  function principalFor(row: store.SessionPrincipalRow): UserPrincipal | null {
    let enterprise: UserPrincipal['enterprise'] = null;
    if (row.subject_type === 'legal' && row.enterprise_id) {
      // the platform no longer lets this person act for it
      if (!row.linked_enterprise_id || !row.enterprise_credit_code || !row.enterprise_name) return null;
      enterprise = { id: row.linked_enterprise_id, creditCode: row.enterprise_credit_code, name: row.enterprise_name };
    }
    const staff = row.subject_type === 'staff';
    if (staff && !row.staff_person_id) return null; // staff record deactivated since login
    const roles = staff ? row.roles : [];
    return {
      kind: 'user',
      sessionId: row.id,
      personId: row.person_id,
      name: row.person_name,
      subjectType: row.subject_type,
      enterprise,
      roles: roles.map((r) => r.role),
      scopes: Object.fromEntries(roles.map((r) => [r.role, r.scope])),
      csrfToken: row.csrf_token,
    };
  }

  return {
    /** The registered callback URL: the callback's own URL is rebuilt on it (behind proxies too). */
    redirectBase: redirectUri,

    /** The same session's principal after a change (e.g. a switched enterprise). */
    async resolvePrincipalAgain(p: UserPrincipal): Promise<UserPrincipal> {
      const row = await store.touchSession(db, p.sessionId, policy.idleSeconds);
      const again = row && principalFor(row);
      if (!again) throw new AppError('NOT_AUTHENTICATED');
      return again;
    },

    /** Starts a login; the browser key (a cookie value) binds the callback to this browser. */
    async beginLogin(returnTo: string, opts: { forceLogin?: boolean } = {}) {
      const browserKey = token();
      const start = await oidc.start(opts);
      await store.insertLoginAttempt(db, {
        state: start.state, nonce: start.nonce, codeVerifier: start.codeVerifier, browserHash: sha256(browserKey),
        returnTo: safeReturnTo(returnTo), ttlSeconds: LOGIN_TTL_SECONDS,
      });
      return { redirect: start.url, browserKey, ttlSeconds: LOGIN_TTL_SECONDS };
    },

    /** Completes a login from the callback; returns the new session's cookie value. */
    async completeLogin(callbackUrl: URL, browserKey: string | undefined, info: RequestInfo) {
      const state = callbackUrl.searchParams.get('state') ?? '';
      const fail = async (reason: string, detail?: string): Promise<never> => {
        await audit(db, 'anonymous', 'login.failed', state.slice(0, 64) || '-', { reason, detail, ip: info.ip, userAgent: info.userAgent.slice(0, 200) });
        throw new AppError('LOGIN_FAILED', undefined, { reason });
      };
      const attempt = browserKey ? await store.consumeLoginAttempt(db, state, sha256(browserKey)) : null;
      if (!attempt) return fail('UNKNOWN_OR_REUSED_STATE');
      if (callbackUrl.searchParams.get('error')) return fail('PROVIDER_ERROR', callbackUrl.searchParams.get('error') ?? undefined);
      let result;
      try {
        result = await oidc.finish(callbackUrl, { state, nonce: attempt.nonce, codeVerifier: attempt.code_verifier });
      } catch (err) {
        return fail('TOKEN_CHECK_FAILED', (err as Error).message.slice(0, 200));
      }
      const parsed = identityClaimsSchema.safeParse(result.claims);
      if (!parsed.success) return fail('CLAIMS_INVALID', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      const claims = parsed.data;

      const sessionToken = token();
      const out = await db.transaction().execute(async (tx) => {
        const personId = await store.upsertPerson(tx, { idNumber: claims.id_number, name: claims.name, mobile: claims.phone_number ?? null });
        const enterpriseIds: string[] = [];
        for (const e of claims.enterprises) {
          const id = await store.upsertEnterprise(tx, e);
          await store.linkHandler(tx, id, personId, e.role);
          enterpriseIds.push(id);
        }
        if (claims.subject_type === 'legal') await store.unlinkOtherEnterprises(tx, personId, enterpriseIds);
        const staff = claims.subject_type === 'natural' ? await store.staffOf(tx, personId) : null;
        const subjectType: SubjectType = staff ? 'staff' : claims.subject_type;
        await store.insertSession(tx, {
          id: sha256(sessionToken), personId, subjectType, enterpriseId: subjectType === 'legal' ? (enterpriseIds[0] ?? null) : null,
          csrfToken: token(), idToken: result.idToken, ip: info.ip, userAgent: info.userAgent, maxSeconds: policy.maxSeconds,
        });
        await audit(tx, `person:${personId}`, 'login.succeeded', personId, {
          subjectType, idNumber: maskIdCard(claims.id_number), enterprises: claims.enterprises.map((e) => e.credit_code), ip: info.ip,
        });
        return { personId };
      });
      return { sessionToken, returnTo: attempt.return_to, personId: out.personId, maxSeconds: policy.maxSeconds };
    },

    /** A program's principal from its access token; throws TOKEN_INVALID when it does not verify. */
    async resolveProgram(accessToken: string): Promise<Principal> {
      try {
        const { clientId, scopes } = await oidc.verifyAccessToken(accessToken);
        return { kind: 'program', clientId, scopes };
      } catch {
        throw new AppError('TOKEN_INVALID');
      }
    },

    /** The principal behind a session cookie, or anonymous. */
    async resolve(sessionToken: string | undefined): Promise<Principal> {
      if (!sessionToken || sessionToken.length > 100) return { kind: 'anonymous' };
      const row = await store.touchSession(db, sha256(sessionToken), policy.idleSeconds);
      if (!row) return { kind: 'anonymous' };
      return principalFor(row) ?? { kind: 'anonymous' };
    },

    /**
     * Ends our session (if there still is one) and returns where to send the browser to end
     * the provider's session too — also after our session expired, so that the next login
     * does not silently come back as the same person.
     */
    async logout(p: Principal, info: RequestInfo): Promise<string | null> {
      let idToken: string | null = null;
      if (p.kind === 'user') {
        idToken = (await db.selectFrom('session').select('id_token').where('id', '=', p.sessionId).executeTakeFirst())?.id_token ?? null;
        await db.transaction().execute(async (tx) => {
          await store.revokeSession(tx, p.sessionId);
          await audit(tx, `person:${p.personId}`, 'logout', p.personId, { ip: info.ip });
        });
      }
      return oidc.endSessionUrl(idToken).catch(() => null);
    },

    async me(p: UserPrincipal) {
      const person = await store.getPerson(db, p.personId);
      const enterprises = p.subjectType === 'legal' ? await store.enterprisesOf(db, p.personId) : [];
      const staff = p.subjectType === 'staff' ? await store.staffOf(db, p.personId) : null;
      return {
        subjectType: p.subjectType,
        name: p.name,
        idNumberMasked: maskIdCard(person?.id_number ?? ''),
        enterprise: p.enterprise ? { creditCode: p.enterprise.creditCode, name: p.enterprise.name } : null,
        enterprises: enterprises.map((e) => ({ creditCode: e.credit_code, name: e.name, role: e.role })),
        staff: staff ? { staffNo: staff.staffNo, office: staff.office } : null,
        roles: p.roles,
        csrfToken: p.csrfToken,
      };
    },

    /** A handler switches which enterprise they act for, without logging in again. */
    async switchEnterprise(p: UserPrincipal, creditCode: string) {
      if (p.subjectType !== 'legal') throw new AppError('FORBIDDEN', '只有法人经办人可以切换单位');
      const e = (await store.enterprisesOf(db, p.personId)).find((x) => x.credit_code === creditCode);
      if (!e) throw new AppError('ENTERPRISE_NOT_LINKED');
      await db.transaction().execute(async (tx) => {
        await store.setSessionEnterprise(tx, p.sessionId, e.id);
        await audit(tx, `person:${p.personId}`, 'enterprise.switched', p.personId, { from: p.enterprise?.creditCode ?? null, to: creditCode });
      });
    },

    async sessions(p: UserPrincipal) {
      const rows = await store.listSessions(db, p.personId);
      const now = Date.now();
      return rows.map((r) => ({
        id: r.id,
        current: r.id === p.sessionId,
        ip: r.ip,
        userAgent: r.user_agent,
        createdAt: r.created_at.toISOString(),
        lastSeenAt: r.last_seen_at.toISOString(),
        expiresAt: r.expires_at.toISOString(),
        active: !r.revoked_at && r.expires_at.getTime() > now && now - r.last_seen_at.getTime() < policy.idleSeconds * 1000,
      }));
    },

    async revokeSession(p: UserPrincipal, sessionId: string) {
      const done = await db.transaction().execute(async (tx) => {
        const ok = await store.revokeSession(tx, sessionId, p.personId);
        if (ok) await audit(tx, `person:${p.personId}`, 'session.revoked', p.personId, { session: sessionId.slice(0, 12) });
        return ok;
      });
      if (!done) throw new AppError('SESSION_NOT_FOUND');
    },

    /** Demo staff (people whose roles live in our database), created if missing. */
    async seedStaff(list: Array<{ idNumber: string; name: string; mobile: string; staffNo: string; office: string; roles: StaffRole[]; scope?: RoleScope }>) {
      await db.transaction().execute(async (tx) => {
        for (const s of list) {
          const personId = await store.upsertPerson(tx, { idNumber: s.idNumber, name: s.name, mobile: s.mobile });
          await store.upsertStaff(tx, personId, s);
        }
      });
    },
  };
}

export type IdentityService = ReturnType<typeof createIdentityService>;
