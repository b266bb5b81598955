import { Button, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { VersionInfo } from '../../../api/types.ts';
import { VersionStateTag } from '../../../components/ItemTags.tsx';
import { formatDateTime } from '../../../format.ts';
import { VersionViewer } from './VersionViewer.tsx';

const who = (by: string | null, at: string | null) => (at ? `${by ?? '—'} · ${formatDateTime(at)}` : '—');

/** 版本历史: all versions, newest first, each viewable read-only. */
export function VersionHistory({ code, versions }: { code: string; versions: VersionInfo[] }) {
  const [viewing, setViewing] = useState<number | null>(null);
  const rows = [...versions].sort((a, b) => b.version - a.version);
  const columns: TableColumnsType<VersionInfo> = [
    { title: '版本', dataIndex: 'version', width: 80, render: (v: number) => `第 ${v} 版` },
    { title: '状态', dataIndex: 'state', width: 100, render: (s: string) => <VersionStateTag state={s} /> },
    { title: '事项名称', dataIndex: 'name', width: 220 },
    { title: '创建', key: 'created', width: 200, render: (_, v) => who(v.createdBy, v.createdAt) },
    { title: '发布', key: 'published', width: 200, render: (_, v) => who(v.publishedBy, v.publishedAt) },
    {
      title: '操作',
      key: 'view',
      width: 80,
      fixed: 'right',
      render: (_, v) => (
        <Button type="link" size="small" onClick={() => setViewing(v.version)}>
          查看
        </Button>
      ),
    },
  ];
  return (
    <>
      <Table<VersionInfo>
        rowKey="version"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 880 }}
        data-testid="version-history"
      />
      <VersionViewer code={code} version={viewing} onClose={() => setViewing(null)} />
    </>
  );
}
