// Stand-in for a generic HTTP SMS gateway (contract in docs/integration.md): accepts
// POST /sms/send, records the message, keeps one per messageId, and later posts a delivery
// receipt to the caller's callbackUrl (X-Gateway-Token). It can be made to fail, time out or
// answer slowly (/_standin/behaviour) and to withhold receipts or report failures.
import { randomUUID } from 'node:crypto';
import { startJsonServer, type StandinServer } from './http-server.ts';

export interface SmsRecord {
  messageId: string;
  gatewayMessageId: string;
  mobile: string;
  content: string;
  receivedAt: string;
}

export interface SmsGatewayStandin extends StandinServer {
  name: string;
  messages: SmsRecord[];
  /** What receipts say: 'delivered' (after receiptDelayMs), 'failed', or 'none' (never sent). */
  receipts: { mode: 'delivered' | 'failed' | 'none'; delayMs: number };
}

export async function startSmsGatewayStandin(o: { name: string; token: string; port?: number }): Promise<SmsGatewayStandin> {
  const messages: SmsRecord[] = [];
  const receipts: SmsGatewayStandin['receipts'] = { mode: 'delivered', delayMs: 100 };
  const timers = new Set<NodeJS.Timeout>();
  const server = await startJsonServer(
    {
      'POST /sms/send': ({ headers, body }) => {
        if (headers.authorization !== `Bearer ${o.token}`) return { status: 401, body: { code: 'UNAUTHORIZED', message: '未授权' } };
        const b = body as { messageId?: string; mobile?: string; content?: string; callbackUrl?: string };
        if (!b.messageId || !b.mobile || !/^1\d{10}$/.test(b.mobile) || !b.content) return { status: 400, body: { code: 'INVALID', message: '参数有误' } };
        const seen = messages.find((m) => m.messageId === b.messageId);
        if (seen) return { status: 200, body: { code: '0', gatewayMessageId: seen.gatewayMessageId, duplicate: true } };
        const rec: SmsRecord = { messageId: b.messageId, gatewayMessageId: `${o.name}-${randomUUID()}`, mobile: b.mobile, content: b.content, receivedAt: new Date().toISOString() };
        messages.push(rec);
        if (b.callbackUrl && receipts.mode !== 'none') {
          const status = receipts.mode === 'delivered' ? 'DELIVERED' : 'FAILED';
          const t = setTimeout(() => {
            timers.delete(t);
            fetch(b.callbackUrl!, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'x-gateway-token': o.token },
              body: JSON.stringify({ gatewayMessageId: rec.gatewayMessageId, messageId: rec.messageId, status, ...(status === 'FAILED' ? { error: '用户关机或空号（模拟）' } : {}), at: new Date().toISOString() }),
            }).catch(() => undefined);
          }, receipts.delayMs);
          timers.add(t);
        }
        return { status: 200, body: { code: '0', gatewayMessageId: rec.gatewayMessageId } };
      },
    },
    { port: o.port, extraControl: { 'GET /_standin/messages': () => ({ status: 200, body: { messages } }) } },
  );
  return {
    ...server,
    name: o.name,
    messages,
    receipts,
    close: async () => {
      for (const t of timers) clearTimeout(t);
      await server.close();
    },
  };
}
