import { Empty, Timeline } from 'antd';
import type { AuditEntry } from '../../../api/types.ts';
import { formatDateTime, stringifyValue } from '../../../format.ts';
import { auditLabel } from '../../../labels.ts';

const DATA_LABELS: Record<string, string> = {
  version: '版本',
  reason: '原因',
  baseVersion: '基础版本',
  from: '来源版本',
  previous: '原现行版本',
  publishedVersion: '停用时的现行版本',
  name: '事项名称',
};
const VERSION_KEYS = new Set(['version', 'baseVersion', 'from', 'previous', 'publishedVersion']);
const versionText = (v: unknown) => (typeof v === 'number' ? `第 ${v} 版` : '无');

const COLORS: Record<string, string> = {
  'version.published': 'green',
  'item.retired': 'red',
  'draft.discarded': 'gray',
};

function dataText(data: Record<string, unknown>): string {
  return Object.entries(data)
    .map(([k, v]) => `${DATA_LABELS[k] ?? k}：${VERSION_KEYS.has(k) ? versionText(v) : stringifyValue(v)}`)
    .join('；');
}

/** 操作记录, newest first. */
export function HistoryTimeline({ history }: { history: AuditEntry[] }) {
  if (history.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无操作记录" />;
  const entries = [...history].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Timeline
      items={entries.map((h, i) => ({
        key: i,
        color: COLORS[h.action] ?? 'blue',
        content: (
          <>
            <strong>{auditLabel(h.action)}</strong>
            <span className="muted">
              {' '}
              · {formatDateTime(h.at)} · {h.actor}
            </span>
            {Object.keys(h.data).length > 0 && <div className="muted small">{dataText(h.data)}</div>}
          </>
        ),
      }))}
    />
  );
}
