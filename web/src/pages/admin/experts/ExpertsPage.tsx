// 专家库 (系统管理员): the expert pool — specialty, fields, own unit, declared relations (回避),
// active flag — and dialogs to add a profile for a staff expert or change one.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { EXPERT_CATEGORY_LABELS } from '../../../../../server/modules/experts/categories.ts';
import { useExpertPool, type Expert } from '../../../api/experts.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { usePageTitle } from '../../../usePageTitle.ts';
import { ExpertFormModal } from './ExpertFormModal.tsx';

export default function ExpertsPage() {
  usePageTitle('专家库');
  const [q, setQ] = useState('');
  const { data, error, isFetching, refetch } = useExpertPool(q);
  // `session` remounts the dialog for each opening.
  const [form, setForm] = useState<{ open: boolean; editing: Expert | null; session: number }>({ open: false, editing: null, session: 0 });
  const open = (editing: Expert | null) => setForm((f) => ({ open: true, editing, session: f.session + 1 }));
  const items = data?.items ?? [];
  const count = (c: Expert['category']) => items.filter((e) => e.category === c && e.available).length;

  return (
    <>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0, marginRight: 'auto' }}>
          专家库
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => open(null)} data-testid="expert-add">
          新增专家
        </Button>
      </div>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search placeholder="按姓名或单位搜索" allowClear maxLength={50} style={{ width: 260 }} onSearch={(v) => setQ(v.trim())} data-testid="expert-search" />
        <span className="small muted">
          可抽取：技术专家 {count('technical')} 人，财务专家 {count('financial')} 人，管理专家 {count('management')} 人，法律专家 {count('legal')} 人
        </span>
      </Space>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <Table<Expert>
        data-testid="experts-table"
        rowKey="personId"
        size="middle"
        loading={isFetching}
        dataSource={items}
        scroll={{ x: 1000 }}
        pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (n) => `共 ${n} 人` }}
        locale={{ emptyText: '专家库暂无专家' }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 80 },
          { title: '工号', dataIndex: 'staffNo', width: 90 },
          { title: '类别', dataIndex: 'category', width: 90, render: (c: Expert['category']) => EXPERT_CATEGORY_LABELS[c] },
          { title: '领域', dataIndex: 'fields', width: 160, render: (f: string[]) => f.join('、') || '—' },
          { title: '所在单位', dataIndex: 'unitName', width: 200, render: (u: string, r) => <div>{u}{r.unitCreditCode && <div className="small muted mono">{r.unitCreditCode}</div>}</div> },
          { title: '利害关系（回避）', dataIndex: 'relations', render: (rel: Expert['relations']) => (rel.length ? rel.map((x) => <div key={x.name} className="small">{x.name}{x.note ? `（${x.note}）` : ''}</div>) : <span className="muted">无</span>) },
          { title: '状态', key: 'state', width: 90, render: (_, r) => (r.available ? <Tag color="green">可抽取</Tag> : r.active ? <Tag>人员停用或无专家角色</Tag> : <Tag>停用</Tag>) },
          { title: '操作', key: 'actions', width: 64, fixed: 'right', render: (_, r) => <Typography.Link onClick={() => open(r)} data-testid={`expert-edit-${r.staffNo}`}>编辑</Typography.Link> },
        ]}
      />
      <ExpertFormModal key={form.session} open={form.open} editing={form.editing} pool={items} onClose={() => setForm((f) => ({ ...f, open: false }))} />
    </>
  );
}
