// 工作人员与角色 (系统管理员): staff list with masked personal data, add and edit dialogs.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useItemOptions, useStaffList, type RoleGrant, type StaffMember } from '../../../api/staff.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { roleLabel } from '../../../identityLabels.ts';
import { usePageTitle } from '../../../usePageTitle.ts';
import { PersonalDataModal } from './PersonalDataModal.tsx';
import { StaffFormModal } from './StaffFormModal.tsx';
import { grantsSummary } from './scope.ts';

const PAGE_SIZE = 20;

interface Handlers {
  onReveal: (m: StaffMember) => void;
  onEdit: (m: StaffMember) => void;
  itemName: (code: string) => string;
}

function columns({ onReveal, onEdit, itemName }: Handlers): TableColumnsType<StaffMember> {
  return [
    { title: '姓名', dataIndex: 'name', width: 80 },
    { title: '工号', dataIndex: 'staffNo', width: 100 },
    { title: '处室', dataIndex: 'office', width: 140 },
    {
      title: '身份证号',
      dataIndex: 'idNumberMasked',
      width: 220,
      render: (v: string, row) => (
        <Space size="small" className="nowrap">
          <span className="mono">{v}</span>
          <Typography.Link onClick={() => onReveal(row)} data-testid={`reveal-${row.staffNo}`}>
            查看
          </Typography.Link>
        </Space>
      ),
    },
    { title: '手机', dataIndex: 'mobileMasked', width: 110, render: (v: string) => v || '—' },
    {
      title: '角色',
      dataIndex: 'roles',
      width: 170,
      render: (roles: RoleGrant[]) =>
        roles.length ? (
          <Space size={[0, 4]} wrap>
            {roles.map((g) => (
              <Tag key={g.role} color={g.role === 'admin' ? 'red' : 'blue'}>
                {roleLabel(g.role)}
              </Tag>
            ))}
          </Space>
        ) : (
          <span className="muted">未授予</span>
        ),
    },
    {
      title: '数据范围',
      key: 'scope',
      render: (_, row) => {
        const lines = grantsSummary(row.roles, itemName);
        return lines.length ? lines.map((l) => <div key={l} className="small">{l}</div>) : <span className="muted">不限</span>;
      },
    },
    {
      title: '状态',
      dataIndex: 'active',
      width: 70,
      render: (active: boolean) => (active ? <Tag color="green">在岗</Tag> : <Tag>停用</Tag>),
    },
    {
      title: '操作',
      key: 'actions',
      width: 64,
      fixed: 'right',
      render: (_, row) => (
        <Typography.Link onClick={() => onEdit(row)} data-testid={`edit-${row.staffNo}`}>
          编辑
        </Typography.Link>
      ),
    },
  ];
}

export default function StaffPage() {
  usePageTitle('工作人员与角色');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [reveal, setReveal] = useState<{ open: boolean; member: StaffMember | null }>({ open: false, member: null });
  // `session` remounts the dialog for each opening, so no state of the previous one is carried over.
  const [form, setForm] = useState<{ open: boolean; editing: StaffMember | null; session: number }>({ open: false, editing: null, session: 0 });
  const openForm = useCallback((editing: StaffMember | null) => setForm((f) => ({ open: true, editing, session: f.session + 1 })), []);
  const { data, error, isFetching, refetch } = useStaffList({ q: q || undefined, page, pageSize: PAGE_SIZE });
  const items = useItemOptions(true);

  const cols = useMemo(() => {
    const names = new Map((items.data ?? []).map((o) => [o.value, o.label]));
    return columns({
      onReveal: (m) => setReveal({ open: true, member: m }),
      onEdit: openForm,
      itemName: (code) => names.get(code) ?? code,
    });
  }, [items.data, openForm]);

  return (
    <>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0, marginRight: 'auto' }}>
          工作人员与角色
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => openForm(null)} data-testid="staff-add">
          新增工作人员
        </Button>
      </div>
      <Input.Search
        placeholder="按姓名、工号或处室搜索"
        allowClear
        maxLength={50}
        style={{ width: 280, marginBottom: 12 }}
        data-testid="staff-search"
        onSearch={(v) => {
          setQ(v.trim());
          setPage(1);
        }}
      />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <Table<StaffMember>
        data-testid="staff-table"
        rowKey="personId"
        size="middle"
        loading={isFetching}
        columns={cols}
        dataSource={data?.items ?? []}
        scroll={{ x: 1120 }}
        locale={{ emptyText: '暂无工作人员' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共 ${total} 人`,
          onChange: setPage,
        }}
      />
      <PersonalDataModal open={reveal.open} member={reveal.member} onClose={() => setReveal((r) => ({ ...r, open: false }))} />
      <StaffFormModal key={form.session} open={form.open} editing={form.editing} onClose={() => setForm((f) => ({ ...f, open: false }))} />
    </>
  );
}
