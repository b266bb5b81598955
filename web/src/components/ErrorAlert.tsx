import { Alert, Button } from 'antd';
import type { ReactNode } from 'react';
import { ApiError, errorMessage } from '../api/client.ts';
import { fieldPathLabel } from '../fieldLabels.ts';

interface Props {
  error: unknown;
  title?: string;
  onRetry?: () => void;
  action?: ReactNode;
}

/** One line per entry of an error's details ({param|path, reason|message}). */
function detailLines(error: unknown): string[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return error.details.map((d: unknown) => {
    if (typeof d !== 'object' || d === null) return String(d);
    const r = d as Record<string, unknown>;
    const where = r.param ?? r.path ?? r.field;
    const what = r.reason ?? r.message ?? JSON.stringify(d);
    // Body paths of the admin API start with "content." (the ItemContent wrapper).
    const path = Array.isArray(where) ? where.map(String).join('.') : where ? String(where) : '';
    const whereText = path ? fieldPathLabel(path.replace(/^content\./, '')) : '';
    return whereText ? `${whereText}：${String(what)}` : String(what);
  });
}

/** Shows an API error's Chinese message (and its details), with an optional retry. */
export function ErrorAlert({ error, title, onRetry, action }: Props) {
  // A single detail is already what the message says.
  const all = detailLines(error);
  const lines = all.length > 1 ? all : [];
  return (
    <Alert
      type="error"
      showIcon
      title={title ?? errorMessage(error)}
      description={
        title || lines.length > 0 ? (
          <>
            {title && <div>{errorMessage(error)}</div>}
            {lines.length > 0 && (
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {lines.map((l, i) => (
                  <li key={i}>{l}</li>
                ))}
              </ul>
            )}
          </>
        ) : undefined
      }
      action={
        action ??
        (onRetry ? (
          <Button size="small" onClick={onRetry}>
            重试
          </Button>
        ) : undefined)
      }
      style={{ marginBottom: 16 }}
    />
  );
}
