// Every error leaves the server as { code, message, details? }: a stable code for programs,
// a Chinese message for people. 5xx details stay in the log.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERRORS } from '../lib/errors.ts';

export interface ErrorBody {
  code: string;
  message: string;
  details?: unknown;
}

const PART = { querystring: '查询参数', body: '请求体', params: '路径参数', headers: '请求头' } as const;

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      const body: ErrorBody = { code: err.code, message: err.message };
      if (err.details !== undefined) body.details = err.details;
      return reply.status(err.status).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = PART[err.validationContext as keyof typeof PART] ?? '参数';
      const details = err.validation.map((v) => ({
        param: v.instancePath.replace(/^\//, '').replaceAll('/', '.') || (err.validationContext ?? ''),
        reason: v.message ?? '格式不正确',
      }));
      const first = details[0]!;
      return reply
        .status(400)
        .send({ code: 'VALIDATION_FAILED', message: `${where} ${first.param} 无效：${first.reason}`, details } satisfies ErrorBody);
    }
    // Errors Fastify raises itself before our code runs.
    switch (err.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return reply.status(413).send({ code: 'PAYLOAD_TOO_LARGE', message: ERRORS.PAYLOAD_TOO_LARGE.message });
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return reply.status(415).send({ code: 'UNSUPPORTED_MEDIA_TYPE', message: ERRORS.UNSUPPORTED_MEDIA_TYPE.message });
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return reply.status(400).send({ code: 'VALIDATION_FAILED', message: '请求体为空或长度不正确' });
    }
    if (err instanceof SyntaxError || err.statusCode === 400) {
      return reply.status(400).send({ code: 'VALIDATION_FAILED', message: '请求体不是有效的 JSON' });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ code: 'INTERNAL', message: ERRORS.INTERNAL.message });
  });

}

/** 404 for unknown routes; with the web app built, other GETs outside /api get its shell (client-side routes). */
export function registerNotFound(app: FastifyInstance, opts: { spaShell: boolean }): void {
  app.setNotFoundHandler((req, reply) => {
    const pathname = req.url.split('?')[0] ?? '';
    // Client-side routes have no file extension; a missing asset is a real 404, not the shell.
    if (opts.spaShell && req.method === 'GET' && !pathname.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(pathname)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.status(404).send({ code: 'ROUTE_NOT_FOUND', message: `${ERRORS.ROUTE_NOT_FOUND.message}：${req.method} ${pathname}` });
  });
}
