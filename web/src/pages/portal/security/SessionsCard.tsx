// My login sessions: this device, IP, browser, times, state; other active sessions can be ended.
import { App, Button, Card, Popconfirm, Table, Tag, type TableColumnsType } from 'antd';
import { errorMessage } from '../../../api/client.ts';
import { useMySessions, useRevokeSession, type LoginSession } from '../../../api/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../../format.ts';
import { shortUserAgent } from '../../../identityLabels.ts';

export function SessionsCard() {
  const sessions = useMySessions(true);
  const revoke = useRevokeSession();
  const { message } = App.useApp();

  const end = (id: string) =>
    revoke.mutateAsync(id).then(
      () => void message.success('会话已结束'),
      (err: unknown) => void message.error(errorMessage(err)),
    );

  const columns: TableColumnsType<LoginSession> = [
    {
      title: '设备',
      key: 'device',
      width: 90,
      render: (_, s) => (s.current ? <Tag color="blue">本设备</Tag> : <span className="muted">其他设备</span>),
    },
    { title: 'IP', dataIndex: 'ip', key: 'ip', render: (ip: string | null) => ip ?? '—' },
    {
      title: '浏览器',
      dataIndex: 'userAgent',
      key: 'ua',
      render: (ua: string | null) => <span title={ua ?? undefined}>{shortUserAgent(ua)}</span>,
    },
    { title: '登录时间', dataIndex: 'createdAt', key: 'created', render: formatDateTime },
    { title: '最近活动', dataIndex: 'lastSeenAt', key: 'seen', render: formatDateTime },
    {
      title: '状态',
      key: 'state',
      render: (_, s) => (s.active ? <Tag color="green">有效</Tag> : <Tag>已结束</Tag>),
    },
    {
      title: '操作',
      key: 'action',
      render: (_, s) =>
        !s.current && s.active ? (
          <Popconfirm
            title="结束这个会话？"
            description="该设备将需要重新登录。"
            okText="结束会话"
            cancelText="取消"
            onConfirm={() => end(s.id)}
          >
            <Button size="small" danger>
              结束会话
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];

  return (
    <Card title="登录会话" className="guide-section security-card">
      {sessions.isError ? (
        <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : (
        <Table<LoginSession>
          data-testid="sessions-table"
          rowKey="id"
          size="small"
          loading={sessions.isPending}
          columns={columns}
          dataSource={sessions.data?.sessions ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: '暂无登录会话' }}
        />
      )}
    </Card>
  );
}
