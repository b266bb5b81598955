// A tiny JSON HTTP server for the stand-ins (node:http, no framework): routes by method and
// path, a control surface under /_standin to make it fail, time out or answer slowly.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Mode = 'ok' | 'fail' | 'timeout';

export interface Behaviour {
  mode: Mode;
  /** Wait this long before answering (answering slowly); with 'timeout', never answer. */
  delayMs: number;
}

export interface JsonRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

export type Handler = (req: JsonRequest) => Promise<{ status: number; body: unknown }> | { status: number; body: unknown };

export interface StandinServer {
  url: string;
  behaviour: Behaviour;
  /** Business requests received and not yet answered. */
  inflight: () => number;
  close(): Promise<void>;
}

async function readBody(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > 1024 * 1024) throw new Error('too large');
    chunks.push(c as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : null;
}

/**
 * Serves `routes` ("POST /path" → handler) on 127.0.0.1:`port` (0 = any). Requests to
 * business routes obey `behaviour`; /_standin/behaviour (GET, PUT) reads and changes it.
 */
export async function startJsonServer(routes: Record<string, Handler>, o: { port?: number; host?: string; extraControl?: Record<string, Handler> } = {}): Promise<StandinServer> {
  const behaviour: Behaviour = { mode: 'ok', delayMs: 0 };
  const hanging = new Set<http.ServerResponse>();
  let inflight = 0;
  const server = http.createServer(async (req, res) => {
    const send = (status: number, body: unknown) => {
      hanging.delete(res);
      if (res.writableEnded || res.destroyed) return;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(body));
    };
    try {
      const path = (req.url ?? '/').split('?')[0]!;
      const body = await readBody(req).catch(() => undefined);
      if (body === undefined) return send(400, { code: 'BAD_JSON', message: '请求体不是 JSON' });
      const jr: JsonRequest = { method: req.method ?? 'GET', path, headers: req.headers, body };
      if (path === '/_standin/behaviour') {
        if (req.method === 'PUT') {
          const b = body as Partial<Behaviour>;
          if (b.mode) behaviour.mode = b.mode;
          if (typeof b.delayMs === 'number') behaviour.delayMs = b.delayMs;
        }
        return send(200, behaviour);
      }
      const control = o.extraControl?.[`${req.method} ${path}`];
      if (control) {
        const r = await control(jr);
        return send(r.status, r.body);
      }
      const route = routes[`${req.method} ${path}`];
      if (!route) return send(404, { code: 'NOT_FOUND', message: '接口不存在' });
      inflight++;
      res.once('close', () => inflight--);
      if (behaviour.mode === 'timeout') {
        hanging.add(res);
        return; // never answers; the caller's time limit decides
      }
      if (behaviour.delayMs > 0) {
        hanging.add(res);
        await new Promise((r) => setTimeout(r, behaviour.delayMs));
      }
      if (behaviour.mode === 'fail') return send(503, { code: 'UNAVAILABLE', message: '服务暂不可用（模拟故障）' });
      const r = await route(jr);
      send(r.status, r.body);
    } catch (err) {
      send(500, { code: 'ERROR', message: (err as Error).message });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, o.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    behaviour,
    inflight: () => inflight,
    close: async () => {
      for (const r of hanging) r.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
