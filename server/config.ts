// Configuration from environment variables, validated once at start into a typed object.
import path from 'node:path';
import { z } from 'zod';
import { StartupError } from './lib/errors.ts';
import { integrationConfigFrom, integrationEnvSchema, type IntegrationConfig } from './modules/integration/config.ts';
import { parseMasterKey } from './modules/documents/seals/key-vault.ts';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .refine((v) => /^postgres(ql)?:\/\/[^\s]+$/.test(v) && URL.canParse(v), 'must look like postgres://user@host:5432/db')
    .optional(),
  ADMIN_TOKEN: z.string().min(8, 'must be at least 8 characters').optional(),
  SEED_DEMO: z.enum(['true', 'false']).default('true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().default('web/dist'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URL: z.url({ protocol: /^https?$/ }).optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(120),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(1024).default(20),
  SEAL_MASTER_KEY: z.string().refine((v) => parseMasterKey(v) !== null, 'must be 32 bytes as 64 hex digits or base64').optional(),
  DOCUMENT_TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  RATING_FOLLOWUP_DAYS: z.coerce.number().int().min(1).max(30).default(5),
}).extend(integrationEnvSchema.shape);

export type Database = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

/** Either the bundled identity provider (under /idp) or a real issuer. */
export type IdentityProviderConfig =
  | { kind: 'bundled' }
  | { kind: 'external'; issuer: string; clientId: string; clientSecret: string; redirectUrl: string | undefined };

export interface Config {
  port: number;
  host: string;
  database: Database;
  dataDir: string;
  adminToken: string | undefined;
  seedDemo: boolean;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  webDist: string;
  trustProxy: boolean;
  /** The address people reach the platform at; defaults to http://localhost:PORT once listening. */
  publicUrl: string | undefined;
  identityProvider: IdentityProviderConfig;
  session: { idleSeconds: number; maxSeconds: number };
  /** Uploaded files (content-addressed), DATA_DIR/files — also with PostgreSQL. */
  filesDir: string;
  maxUploadBytes: number;
  /** Outbox workers, provincial platform, SMS/e-mail, credit (server/modules/integration/config.ts). */
  integration: IntegrationConfig;
  /** Encrypts seal and licence keys at rest; unset: a key file in DATA_DIR (demos). */
  sealMasterKey: Buffer | undefined;
  /** Signs the QR codes on printed applications; without it a key kept in the database. */
  documentTokenSecret: string | undefined;
  ratingFollowupDays: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new StartupError('CONFIG_INVALID', `配置项 ${issue.path.join('.')} 无效 (${issue.message})`);
  }
  const e = parsed.data;
  if (e.OIDC_ISSUER && (!e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET)) {
    throw new StartupError('CONFIG_INVALID', '配置项 OIDC_CLIENT_ID / OIDC_CLIENT_SECRET 无效 (required when OIDC_ISSUER is set)');
  }
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database: e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') },
    adminToken: e.ADMIN_TOKEN,
    seedDemo: e.SEED_DEMO === 'true',
    logLevel: e.LOG_LEVEL,
    webDist: path.resolve(e.WEB_DIST),
    trustProxy: e.TRUST_PROXY === 'true',
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ''),
    identityProvider: e.OIDC_ISSUER
      ? { kind: 'external', issuer: e.OIDC_ISSUER, clientId: e.OIDC_CLIENT_ID!, clientSecret: e.OIDC_CLIENT_SECRET!, redirectUrl: e.OIDC_REDIRECT_URL }
      : { kind: 'bundled' },
    session: { idleSeconds: e.SESSION_IDLE_MINUTES * 60, maxSeconds: e.SESSION_MAX_HOURS * 3600 },
    filesDir: path.join(dataDir, 'files'),
    maxUploadBytes: e.MAX_UPLOAD_MB * 1024 * 1024,
    integration: integrationConfigFrom(e),
    sealMasterKey: e.SEAL_MASTER_KEY ? parseMasterKey(e.SEAL_MASTER_KEY)! : undefined,
    documentTokenSecret: e.DOCUMENT_TOKEN_SECRET,
    ratingFollowupDays: e.RATING_FOLLOWUP_DAYS,
  };
}

/** A database URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}
