// Starts a local stand-in for every outside system the configuration leaves unset (STANDINS=true):
// the demo and development run end to end without any real system, over real HTTP (and SMTP).
import { randomBytes } from 'node:crypto';
import type { IntegrationConfig } from '../config.ts';
import { startCreditStandin } from './credit.ts';
import { startPlatformStandin } from './platform.ts';
import { startRatingStandin } from './rating.ts';
import { startSmsGatewayStandin } from './sms-gateway.ts';
import { startSmtpStandin } from './smtp.ts';

export interface RunningStandins {
  config: IntegrationConfig;
  /** One line per stand-in started, for the start-up banner. */
  lines: string[];
  close(): Promise<void>;
}

export async function startStandins(cfg: IntegrationConfig): Promise<RunningStandins> {
  const closers: Array<() => Promise<void>> = [];
  const lines: string[] = [];
  const config: IntegrationConfig = structuredClone(cfg);
  if (cfg.standins) {
    if (!cfg.platform) {
      const p = await startPlatformStandin();
      closers.push(p.close);
      config.platform = { url: p.url };
      lines.push(`省政务服务平台（模拟）：${p.url}/_standin/received`);
    }
    if (cfg.sms.gateways.length === 0) {
      const token = cfg.sms.token ?? randomBytes(18).toString('base64url');
      config.sms.token = token;
      for (const name of ['sms-a', 'sms-b']) {
        const g = await startSmsGatewayStandin({ name, token });
        closers.push(g.close);
        config.sms.gateways.push({ name, url: g.url });
        lines.push(`短信网关 ${name}（模拟）：${g.url}/_standin/messages`);
      }
    }
    if (!cfg.smtp.url) {
      const m = await startSmtpStandin();
      closers.push(m.close);
      config.smtp = { url: m.url, from: cfg.smtp.from };
      lines.push(`邮件服务器（模拟）：${m.url}`);
    }
    if (!cfg.credit) {
      const c = await startCreditStandin();
      closers.push(c.close);
      config.credit = { url: c.url };
      lines.push(`信用平台（模拟）：${c.url}/_standin/publicity`);
    }
    if (!cfg.rating) {
      const r = await startRatingStandin();
      closers.push(r.close);
      config.rating = { url: r.url };
      lines.push(`好差评系统（模拟）：${r.url}/_standin/evaluations`);
    }
  }
  return { config, lines, close: async () => void (await Promise.all(closers.map((c) => c()))) };
}
