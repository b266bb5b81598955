// Configuration of the connections to other systems (environment variables, checked at
// start with the rest of server/config.ts). Every system left unconfigured is played by a
// local stand-in when STANDINS=true (the default, for demos and development).
import { z } from 'zod';

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
const url = z.url({ protocol: /^https?$/ });

export const integrationEnvSchema = z.object({
  INTEGRATION_WORKERS: bool.default(true),
  STANDINS: bool.default(true),
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(10),
  OUTBOX_BACKOFF_BASE_SECONDS: z.coerce.number().min(0).max(3600).default(5),
  OUTBOX_BACKOFF_MAX_SECONDS: z.coerce.number().min(0).max(86_400).default(3600),
  OUTBOX_BATCH: z.coerce.number().int().min(1).max(200).default(10),
  PLATFORM_URL: url.optional(),
  PLATFORM_TOKEN: z.string().min(1).optional(),
  REMOTE_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  RECONCILE_AT: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM').default('02:00'),
  SMS_GATEWAYS: z
    .string()
    .regex(/^[a-z0-9-]+=https?:\/\/[^\s,]+(,[a-z0-9-]+=https?:\/\/[^\s,]+)*$/, 'name=url[,name=url]')
    .optional(),
  SMS_GATEWAY_TOKEN: z.string().min(8).optional(),
  SMS_RECEIPT_TIMEOUT_MINUTES: z.coerce.number().min(0.01).max(7 * 24 * 60).default(30),
  NOTICE_SMS_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(5),
  NOTICE_EMAIL_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(10),
  SMTP_URL: z.string().regex(/^smtps?:\/\/\S+$/, 'smtp://host:port').optional(),
  MAIL_FROM: z.string().default('科政通 <noreply@kezhengtong.local>'),
  CREDIT_URL: url.optional(),
  CREDIT_TOKEN: z.string().min(1).optional(),
  RATING_URL: url.optional(),
  RATING_TOKEN: z.string().min(1).optional(),
  DATA_REQUEST_OVERDUE_CHECK_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
});

export interface SmsGatewayConfig {
  name: string;
  url: string;
}

export interface IntegrationConfig {
  workers: boolean;
  standins: boolean;
  outbox: { pollMs: number; leaseSeconds: number; maxAttempts: number; batchSize: number; backoff: { baseSeconds: number; maxSeconds: number } };
  timeoutMs: number;
  /** Daily reconciliation with the platform at this China time (HH:MM). */
  reconcileAt: string;
  platform: { url: string; token?: string } | null;
  sms: { gateways: SmsGatewayConfig[]; token: string | undefined; receiptTimeoutMinutes: number };
  limits: { smsPerHour: number; emailPerHour: number };
  smtp: { url: string; from: string } | { url: null; from: string };
  credit: { url: string; token?: string } | null;
  /** The provincial rating system (好差评系统). */
  rating: { url: string; token?: string } | null;
  /** How often open data requests are checked for a passed deadline. */
  dataRequestOverdueMinutes: number;
}

export function integrationConfigFrom(e: z.infer<typeof integrationEnvSchema>): IntegrationConfig {
  return {
    workers: e.INTEGRATION_WORKERS,
    standins: e.STANDINS,
    outbox: {
      pollMs: e.OUTBOX_POLL_MS,
      leaseSeconds: e.OUTBOX_LEASE_SECONDS,
      maxAttempts: e.OUTBOX_MAX_ATTEMPTS,
      batchSize: e.OUTBOX_BATCH,
      backoff: { baseSeconds: e.OUTBOX_BACKOFF_BASE_SECONDS, maxSeconds: e.OUTBOX_BACKOFF_MAX_SECONDS },
    },
    timeoutMs: e.REMOTE_TIMEOUT_MS,
    reconcileAt: e.RECONCILE_AT,
    platform: e.PLATFORM_URL ? { url: e.PLATFORM_URL.replace(/\/$/, ''), token: e.PLATFORM_TOKEN } : null,
    sms: {
      gateways: (e.SMS_GATEWAYS ?? '').split(',').filter(Boolean).map((g) => {
        const i = g.indexOf('=');
        return { name: g.slice(0, i), url: g.slice(i + 1).replace(/\/$/, '') };
      }),
      token: e.SMS_GATEWAY_TOKEN,
      receiptTimeoutMinutes: e.SMS_RECEIPT_TIMEOUT_MINUTES,
    },
    limits: { smsPerHour: e.NOTICE_SMS_PER_HOUR, emailPerHour: e.NOTICE_EMAIL_PER_HOUR },
    smtp: { url: e.SMTP_URL ?? null, from: e.MAIL_FROM },
    credit: e.CREDIT_URL ? { url: e.CREDIT_URL.replace(/\/$/, ''), token: e.CREDIT_TOKEN } : null,
    rating: e.RATING_URL ? { url: e.RATING_URL.replace(/\/$/, ''), token: e.RATING_TOKEN } : null,
    dataRequestOverdueMinutes: e.DATA_REQUEST_OVERDUE_CHECK_MINUTES,
  };
}

/** Settings for tests and embedded use: no workers, no stand-ins, nothing configured. */
export const INTEGRATION_OFF: IntegrationConfig = integrationConfigFrom(integrationEnvSchema.parse({ INTEGRATION_WORKERS: 'false', STANDINS: 'false' }));
