// Small HTTP helpers shared by the documents routes.
import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { errorSchema } from '../../http/error-schema.ts';

export const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema, 422: errorSchema };
export const pageQuery = z.object({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(100).default(20) });
export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

/** Content-Disposition for a Chinese file name (RFC 6266 / 5987). */
export function disposition(name: string, kind: 'inline' | 'attachment' = 'attachment'): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function sendPdf(reply: FastifyReply, f: { name: string; sha256: string; size: number; open: () => Readable }) {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-length', f.size)
    .header('content-disposition', disposition(f.name))
    .header('cache-control', 'private, no-cache')
    .header('etag', `"${f.sha256}"`)
    .send(f.open());
}
