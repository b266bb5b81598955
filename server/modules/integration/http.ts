// JSON over HTTP to other systems, with a time limit. Refusals of the content (4xx other than
// 408/429) are permanent: retrying the same message cannot help.
import { PermanentDeliveryError } from './outbox/worker.ts';

export class RemoteError extends Error {
  constructor(message: string, readonly status: number | null) {
    super(message);
    this.name = 'RemoteError';
  }
}

export async function postJson(url: string, body: unknown, o: { timeoutMs: number; headers?: Record<string, string> }): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...o.headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(o.timeoutMs),
    });
  } catch (err) {
    const e = err as Error;
    throw new RemoteError(e.name === 'TimeoutError' ? `超时（${o.timeoutMs} ms）：${url}` : `无法连接 ${url}：${(e.cause as Error | undefined)?.message ?? e.message}`, null);
  }
  const text = await res.text();
  if (!res.ok) {
    const msg = `${url} 返回 ${res.status}：${text.slice(0, 300)}`;
    if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) throw new PermanentDeliveryError(msg);
    throw new RemoteError(msg, res.status);
  }
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    throw new RemoteError(`${url} 返回的不是 JSON`, res.status);
  }
}
