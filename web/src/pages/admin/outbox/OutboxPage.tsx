// 外发消息 (系统管理员): messages to other systems by status and topic; retry the dead,
// discard with a reason; reconciliation with the provincial platform.
import { App, Button, Card, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../api/client.ts';
import { useDiscardMessage, useOutbox, useOutboxSummary, useRetryMessage, type OutboxMessage, type OutboxStatus } from '../../../api/integration.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../../format.ts';
import { usePageTitle } from '../../../usePageTitle.ts';
import { DiscardModal } from './DiscardModal.tsx';
import { ReconciliationCard } from './ReconciliationCard.tsx';
import { STATUS_LABELS, topicLabel } from './labels.ts';

const PAGE_SIZE = 20;

export default function OutboxPage() {
  usePageTitle('外发消息');
  const { message } = App.useApp();
  const [status, setStatus] = useState<OutboxStatus | undefined>('dead');
  const [topic, setTopic] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [discarding, setDiscarding] = useState<OutboxMessage | null>(null);
  const list = useOutbox({ status, topic, page, pageSize: PAGE_SIZE });
  const summary = useOutboxSummary();
  const retry = useRetryMessage();
  const discard = useDiscardMessage();
  const topics = [...new Set((summary.data?.counts ?? []).map((c) => c.topic))];
  const count = (s: OutboxStatus) => (summary.data?.counts ?? []).filter((c) => c.status === s && (!topic || c.topic === topic)).reduce((a, c) => a + c.n, 0);

  const columns: TableColumnsType<OutboxMessage> = [
    { title: '#', dataIndex: 'id', width: 70 },
    { title: '主题', dataIndex: 'topic', width: 200, render: (v: string) => topicLabel(v) },
    { title: '办件', key: 'case', width: 200, render: (_, m) => <span className="mono">{String(m.payload.caseNo ?? '—')}</span> },
    { title: '状态', dataIndex: 'status', width: 90, render: (s: OutboxStatus) => <Tag color={STATUS_LABELS[s].color}>{STATUS_LABELS[s].label}</Tag> },
    { title: '尝试', dataIndex: 'attempts', width: 60 },
    { title: '创建', dataIndex: 'createdAt', width: 160, render: (v: string) => formatDateTime(v) },
    {
      title: '说明',
      key: 'info',
      render: (_, m) =>
        m.status === 'delivered' ? `送达于 ${formatDateTime(m.deliveredAt!)}`
          : m.status === 'discarded' ? `作废：${m.discardReason ?? ''}`
          : m.lastError ? <Typography.Text type="danger" ellipsis={{ tooltip: m.lastError }} style={{ maxWidth: 320 }}>{m.lastError}</Typography.Text>
          : m.status === 'pending' ? `下次投递 ${formatDateTime(m.availableAt)}` : '',
    },
    {
      title: '操作',
      key: 'ops',
      width: 130,
      render: (_, m) => (
        <Space size="small">
          {m.status === 'dead' && (
            <Typography.Link
              data-testid={`retry-${m.id}`}
              onClick={() => retry.mutate(m.id, { onSuccess: () => void message.success('已重新排队投递'), onError: (e) => void message.error(errorMessage(e)) })}
            >
              重新投递
            </Typography.Link>
          )}
          {(m.status === 'dead' || m.status === 'pending') && (
            <Typography.Link type="danger" data-testid={`discard-${m.id}`} onClick={() => setDiscarding(m)}>作废</Typography.Link>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <h1 className="section-title">外发消息</h1>
      <ReconciliationCard />
      <Card size="small">
        <Space wrap style={{ marginBottom: 12 }}>
          <Select<OutboxStatus | 'all'>
            value={status ?? 'all'}
            style={{ width: 160 }}
            data-testid="outbox-status"
            onChange={(v) => { setStatus(v === 'all' ? undefined : v); setPage(1); }}
            options={[{ value: 'all', label: '全部状态' }, ...(Object.keys(STATUS_LABELS) as OutboxStatus[]).map((s) => ({ value: s, label: `${STATUS_LABELS[s].label}（${count(s)}）` }))]}
          />
          <Select<string>
            allowClear
            placeholder="全部主题"
            value={topic}
            style={{ width: 260 }}
            onChange={(v) => { setTopic(v); setPage(1); }}
            options={topics.map((t) => ({ value: t, label: topicLabel(t) }))}
          />
          <Button onClick={() => void Promise.all([list.refetch(), summary.refetch()])}>刷新</Button>
        </Space>
        {list.isError ? (
          <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<OutboxMessage>
            size="small"
            rowKey="id"
            loading={list.isPending}
            columns={columns}
            dataSource={list.data?.items ?? []}
            scroll={{ x: 1000 }}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
            expandable={{ expandedRowRender: (m) => <pre className="guide-pre">{JSON.stringify({ key: m.idempotencyKey, payload: m.payload }, null, 2)}</pre> }}
          />
        )}
      </Card>
      <DiscardModal
        message={discarding}
        pending={discard.isPending}
        onCancel={() => setDiscarding(null)}
        onSubmit={(reason) =>
          discard.mutate({ id: discarding!.id, reason }, {
            onSuccess: () => { setDiscarding(null); void message.success('已作废'); },
            onError: (e) => void message.error(errorMessage(e)),
          })
        }
      />
    </>
  );
}
