// The generic HTTP SMS gateway adapter (contract in docs/integration.md), with failover: the
// gateways are tried in the configured order, and one that just failed is passed over for a
// while so that traffic moves to the next one.
import { maskMobile } from '../../../lib/mask.ts';
import { postJson } from '../http.ts';

export interface SmsGateway {
  name: string;
  url: string;
}

export interface SmsSent {
  gateway: string;
  gatewayMsgId: string;
}

const COOL_DOWN_MS = 60_000;

export function createSmsSender(gateways: SmsGateway[], o: { token?: string; timeoutMs: number; callbackUrl: (gateway: string) => string; log?: { warn: (o: object, m: string) => void } }) {
  const failedAt = new Map<string, number>();
  return {
    configured: gateways.length > 0,
    /** Hands one message to a gateway; throws when none took it. */
    async send(m: { messageId: string; mobile: string; content: string }): Promise<SmsSent> {
      if (gateways.length === 0) throw new Error('未配置短信网关');
      const now = Date.now();
      // Healthy gateways first (in configured order), then those cooling down.
      const order = [...gateways].sort((a, b) => Number((failedAt.get(a.name) ?? 0) > now - COOL_DOWN_MS) - Number((failedAt.get(b.name) ?? 0) > now - COOL_DOWN_MS));
      const errors: string[] = [];
      for (const g of order) {
        try {
          const res = (await postJson(`${g.url}/sms/send`, { ...m, callbackUrl: o.callbackUrl(g.name) }, { timeoutMs: o.timeoutMs, headers: o.token ? { authorization: `Bearer ${o.token}` } : undefined })) as { code?: string; gatewayMessageId?: string };
          if (res?.code !== '0' || !res.gatewayMessageId) throw new Error(`网关应答不符合约定`);
          failedAt.delete(g.name);
          return { gateway: g.name, gatewayMsgId: res.gatewayMessageId };
        } catch (err) {
          failedAt.set(g.name, Date.now());
          errors.push(`${g.name}: ${(err as Error).message}`);
          o.log?.warn({ gateway: g.name, mobile: maskMobile(m.mobile), error: (err as Error).message }, 'sms gateway failed, trying the next');
        }
      }
      throw new Error(`短信网关均不可用（${errors.join('；')}）`);
    },
  };
}
export type SmsSender = ReturnType<typeof createSmsSender>;
