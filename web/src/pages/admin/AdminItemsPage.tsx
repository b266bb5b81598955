import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useAdminItems } from '../../api/admin.ts';
import type { AdminItemRow, ItemStatus } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ItemStatusTag } from '../../components/ItemTags.tsx';
import { formatDateTime } from '../../format.ts';
import { codeOptions } from '../../labels.ts';
import { usePageTitle } from '../../usePageTitle.ts';

const PAGE_SIZE = 20;
const itemUrl = (code: string) => `/admin/items/${encodeURIComponent(code)}`;

const columns: TableColumnsType<AdminItemRow> = [
  {
    title: '事项名称',
    dataIndex: 'name',
    width: 260,
    render: (name: string, row) => <Link to={itemUrl(row.code)}>{name}</Link>,
  },
  { title: '实施编码', dataIndex: 'code', width: 280, render: (c: string) => <Typography.Text copyable>{c}</Typography.Text> },
  { title: '状态', dataIndex: 'status', width: 90, render: (s: ItemStatus) => <ItemStatusTag status={s} /> },
  { title: '现行版本', dataIndex: 'publishedVersion', width: 90, render: (v: number | null) => (v ? `第 ${v} 版` : '—') },
  { title: '草稿', dataIndex: 'draftVersion', width: 90, render: (v: number | null) => (v ? `第 ${v} 版` : '—') },
  { title: '更新时间', dataIndex: 'updatedAt', width: 150, render: formatDateTime },
  {
    title: '操作',
    key: 'actions',
    width: 120,
    fixed: 'right',
    render: (_, row) => (
      <Space size="small">
        <Link to={itemUrl(row.code)}>查看</Link>
        <Link to={`${itemUrl(row.code)}/edit`}>编辑</Link>
      </Space>
    ),
  },
];

export default function AdminItemsPage() {
  usePageTitle('事项管理');
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<ItemStatus | undefined>();
  const [page, setPage] = useState(1);
  const { data, error, isFetching, refetch } = useAdminItems({ q: q || undefined, status, page, pageSize: PAGE_SIZE });

  return (
    <>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0, marginRight: 'auto' }}>
          事项管理
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/admin/items/new')}>
          新建事项
        </Button>
      </div>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          placeholder="按名称或编码搜索"
          allowClear
          style={{ width: 280 }}
          onSearch={(v) => {
            setQ(v.trim());
            setPage(1);
          }}
        />
        <Select<ItemStatus>
          placeholder="全部状态"
          allowClear
          style={{ width: 140 }}
          value={status}
          options={codeOptions('itemStatus') as { value: ItemStatus; label: string }[]}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
        />
      </Space>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <Table<AdminItemRow>
        data-testid="admin-items-table"
        rowKey="code"
        size="middle"
        loading={isFetching}
        columns={columns}
        dataSource={data?.items ?? []}
        scroll={{ x: 1080 }}
        locale={{ emptyText: '暂无事项' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共 ${total} 项`,
          onChange: setPage,
        }}
      />
    </>
  );
}
