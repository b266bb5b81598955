// Small fetch wrapper: JSON in/out, errors as ApiError with the server's Chinese message.

export interface ApiErrorBody {
  code: string;
  message: string;
  details?: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.details = body.details;
  }
}

const TOKEN_KEY = 'kzt.adminToken';
export const UNAUTHORIZED_EVENT = 'kzt:admin-unauthorized';
/** An admin API refused a signed-in person without catalogue rights (403 FORBIDDEN). */
export const FORBIDDEN_EVENT = 'kzt:admin-forbidden';

export const adminToken = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string) => sessionStorage.setItem(TOKEN_KEY, token),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

// The session's CSRF token (from /api/me), sent back on every state-changing request.
let csrfToken: string | null = null;
export const csrf = {
  get: (): string | null => csrfToken,
  set: (token: string | null) => {
    csrfToken = token;
  },
};

type Query = Record<string, string | number | boolean | undefined | null>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  body?: unknown;
  admin?: boolean;
  /**
   * Whether a 403 FORBIDDEN from an admin API shows the forbidden view (default true). False
   * where the server uses 403 to refuse one particular change, whose message is shown instead.
   */
  forbiddenView?: boolean;
  /** Extra request headers (e.g. Idempotency-Key). */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && 'message' in value && typeof value.message === 'string';
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const method = options.method ?? 'GET';
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (options.admin) {
    const token = adminToken.get();
    if (token) headers.Authorization = `Bearer ${token}`;
  }
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, { code: 'NETWORK_ERROR', message: '网络连接失败，请检查网络后重试' });
  }
  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!res.ok) {
    const body: ApiErrorBody = isErrorBody(data)
      ? { code: String((data as { code?: unknown }).code ?? 'ERROR'), message: data.message, details: data.details }
      : { code: 'HTTP_' + res.status, message: `服务暂时不可用（${res.status}），请稍后重试` };
    if (options.admin && res.status === 401) {
      adminToken.clear();
      window.dispatchEvent(new Event(UNAUTHORIZED_EVENT));
    }
    if (options.admin && options.forbiddenView !== false && res.status === 403 && body.code === 'FORBIDDEN') {
      window.dispatchEvent(new Event(FORBIDDEN_EVENT));
    }
    throw new ApiError(res.status, body);
  }
  return data as T;
}

/** The Chinese message to show for any error thrown by a request. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error && err.message) return err.message;
  return '操作失败，请稍后重试';
}
