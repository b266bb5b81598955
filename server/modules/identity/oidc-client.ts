// 科政通 as an OpenID Connect relying party (openid-client): authorization code flow with
// PKCE, state and nonce, ID token verified against the issuer's keys. The issuer is
// discovered on first use, so the bundled provider can live on this same server.
import { createRemoteJWKSet, jwtVerify } from 'jose';
import * as oidc from 'openid-client';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
  /** Audience of access tokens issued to programs for 科政通's API. */
  apiResource: string;
}

export const OIDC_SCOPES = 'openid profile phone gov';

export class OidcClient {
  private config: Promise<oidc.Configuration> | null = null;
  private jwks: ReturnType<typeof createRemoteJWKSet> | null = null;

  constructor(private readonly settings: () => OidcSettings) {}

  private configuration(): Promise<oidc.Configuration> {
    this.config ??= (async () => {
      const s = this.settings();
      const insecure = s.issuer.startsWith('http:');
      return oidc.discovery(new URL(s.issuer), s.clientId, undefined, oidc.ClientSecretBasic(s.clientSecret), insecure ? { execute: [oidc.allowInsecureRequests] } : undefined);
    })().catch((err) => {
      this.config = null; // try discovery again next time
      throw err;
    });
    return this.config;
  }

  /** Starts a login: fresh state, nonce and PKCE verifier, and where to send the browser. */
  /** `forceLogin` asks the provider for a fresh login even if it has a session (switch account). */
  async start(opts: { forceLogin?: boolean } = {}): Promise<{ url: string; state: string; nonce: string; codeVerifier: string }> {
    const config = await this.configuration();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.settings().redirectUri,
      scope: OIDC_SCOPES,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      ...(opts.forceLogin ? { prompt: 'login' } : {}),
    });
    return { url: url.href, state, nonce, codeVerifier };
  }

  /** Finishes a login from the callback URL; throws unless state, nonce, PKCE and the ID token all check out. */
  async finish(callbackUrl: URL, checks: { state: string; nonce: string; codeVerifier: string }) {
    const config = await this.configuration();
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      pkceCodeVerifier: checks.codeVerifier,
      idTokenExpected: true,
    });
    return { claims: tokens.claims() as Record<string, unknown>, idToken: tokens.id_token ?? null };
  }

  /**
   * Verifies a program's access token (a JWT signed by the issuer, for our API's audience)
   * and returns its client and scopes; throws if anything does not check out.
   */
  async verifyAccessToken(token: string): Promise<{ clientId: string; scopes: string[] }> {
    const config = await this.configuration();
    const meta = config.serverMetadata();
    if (!meta.jwks_uri) throw new Error('issuer publishes no jwks_uri');
    this.jwks ??= createRemoteJWKSet(new URL(meta.jwks_uri));
    const { payload } = await jwtVerify(token, this.jwks, { issuer: meta.issuer, audience: this.settings().apiResource, typ: 'at+jwt' });
    return { clientId: String(payload.client_id ?? payload.sub), scopes: String(payload.scope ?? '').split(' ').filter(Boolean) };
  }

  /** Where to send the browser to end the provider's session too (RP-initiated logout). */
  async endSessionUrl(idToken: string | null): Promise<string | null> {
    const config = await this.configuration();
    if (!config.serverMetadata().end_session_endpoint) return null;
    const params: Record<string, string> = { post_logout_redirect_uri: this.settings().postLogoutRedirectUri };
    if (idToken) params.id_token_hint = idToken;
    return oidc.buildEndSessionUrl(config, params).href;
  }
}
