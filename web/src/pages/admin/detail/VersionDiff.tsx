import { SwapOutlined } from '@ant-design/icons';
import { Button, Empty, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useVersionDiff } from '../../../api/admin.ts';
import type { DiffChange, VersionInfo } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { fieldPathLabel } from '../../../fieldLabels.ts';
import { stringifyValue } from '../../../format.ts';
import { codeLabel, DIFF_KIND } from '../../../labels.ts';

const valueCell = (v: unknown) => (v === undefined ? <span className="muted">—</span> : <pre className="diff-value">{stringifyValue(v)}</pre>);

const columns: TableColumnsType<DiffChange> = [
  {
    title: '字段',
    dataIndex: 'path',
    width: 240,
    render: (path: string) => (
      <>
        <div>{fieldPathLabel(path)}</div>
        <div className="muted small">{path}</div>
      </>
    ),
  },
  {
    title: '类型',
    dataIndex: 'kind',
    width: 80,
    render: (k: string) => <Tag color={DIFF_KIND[k]?.color}>{DIFF_KIND[k]?.label ?? k}</Tag>,
  },
  { title: '修改前', dataIndex: 'before', width: 300, render: valueCell },
  { title: '修改后', dataIndex: 'after', width: 300, render: valueCell },
];

/** 版本对比: pick two versions and list the field changes between them. */
export function VersionDiff({ code, versions }: { code: string; versions: VersionInfo[] }) {
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  const latest = sorted[sorted.length - 1]?.version;
  const previous = sorted[sorted.length - 2]?.version;
  const [from, setFrom] = useState<number | undefined>(previous);
  const [to, setTo] = useState<number | undefined>(latest);
  const [pair, setPair] = useState<{ from: number; to: number } | null>(null);
  const diff = useVersionDiff(code, pair);

  if (sorted.length < 2) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="至少需要两个版本才能对比" />;
  const options = sorted.map((v) => ({ value: v.version, label: `第 ${v.version} 版（${codeLabel('versionState', v.state)}）` }));

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<number> style={{ width: 200 }} value={from} onChange={setFrom} options={options} aria-label="对比版本（旧）" />
        <SwapOutlined />
        <Select<number> style={{ width: 200 }} value={to} onChange={setTo} options={options} aria-label="对比版本（新）" />
        <Button
          type="primary"
          disabled={from === undefined || to === undefined || from === to}
          loading={diff.isFetching}
          onClick={() => from !== undefined && to !== undefined && setPair({ from, to })}
        >
          对比
        </Button>
      </Space>
      {diff.error && <ErrorAlert error={diff.error} />}
      {diff.data && (
        <Table<DiffChange>
          rowKey={(c) => `${c.kind}:${c.path}`}
          size="small"
          bordered
          columns={columns}
          dataSource={diff.data.changes}
          pagination={diff.data.changes.length > 50 ? { pageSize: 50 } : false}
          scroll={{ x: 920 }}
          locale={{ emptyText: `第 ${diff.data.from} 版与第 ${diff.data.to} 版内容相同` }}
          title={() => `第 ${diff.data.from} 版 → 第 ${diff.data.to} 版：共 ${diff.data.changes.length} 处变化`}
          data-testid="diff-table"
        />
      )}
    </>
  );
}
