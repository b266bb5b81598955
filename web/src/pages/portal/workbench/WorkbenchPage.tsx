// 工作台: the signed-in staff member's queue (cases in states their roles handle), with the
// actions they may take right in the row or on the case page.
import { FormOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Result, Space, Spin } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { hasWorkQueue, useQueue, type QueueFilter } from '../../../api/cases.ts';
import { useMe } from '../../../api/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { SignInRequired } from '../../../components/SignInRequired.tsx';
import { roleLabel } from '../../../identityLabels.ts';
import { usePageTitle } from '../../../usePageTitle.ts';
import { CaseActions } from '../cases/CaseActions.tsx';
import { CasesTable } from '../cases/CasesTable.tsx';
import { DeadlineTag } from './DeadlineTag.tsx';
import { QueueFilters } from './QueueFilters.tsx';

const PAGE_SIZE = 20;

function filterOf(params: URLSearchParams): QueueFilter {
  const get = (k: string) => params.get(k) || undefined;
  const deadline = get('deadline');
  return { q: get('q'), itemCode: get('itemCode'), state: get('state'), deadline: deadline === 'overdue' || deadline === 'dueSoon' || deadline === 'normal' ? deadline : undefined };
}

export default function WorkbenchPage() {
  usePageTitle('工作台');
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const filter = filterOf(params);
  const allowed = hasWorkQueue(me.data);
  const queue = useQueue(page, PAGE_SIZE, allowed, filter);
  // Filters and page live in the URL; a new filter starts again at page 1.
  const go = (f: QueueFilter, p = 1) => setParams(Object.fromEntries(Object.entries({ ...f, page: p > 1 ? String(p) : undefined }).filter(([, v]) => v)) as Record<string, string>);

  if (me.isPending) return <div className="page-loading"><Spin /></div>;
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <SignInRequired subTitle="工作人员登录后可以在工作台办理办件。" returnTo="/workbench" />;
  if (!allowed) {
    return (
      <Result
        status="403"
        title="工作台仅供有办件办理职责的工作人员使用"
        subTitle={me.data.subjectType === 'staff' ? '您的角色没有待办队列。' : '您可以在「我的办件」中查看自己的申请。'}
        extra={me.data.subjectType !== 'staff' && <Link to="/me/cases"><Button type="primary">我的办件</Button></Link>}
      />
    );
  }

  const linkOf = (id: string) => `/workbench/cases/${encodeURIComponent(id)}`;
  return (
    <>
      <h1 className="section-title">工作台</h1>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <p className="muted">
          {me.data.name}（{me.data.staff?.office ?? '工作人员'}；{me.data.roles.map(roleLabel).join('、')}）
        </p>
        <Space>
          {me.data.roles.some((r) => ['item_manager', 'window_clerk', 'service_point_clerk', 'receiving_unit_clerk'].includes(r)) && (
            <Link to="/workbench/paper"><Button data-testid="open-paper-desk">扫码收件</Button></Link>
          )}
          {me.data.roles.includes('window_clerk') && (
          <Link to="/workbench/desk">
            <Button type="primary" icon={<FormOutlined />} data-testid="open-desk">窗口帮代办</Button>
          </Link>
          )}
        </Space>
      </Space>
      <Card
        className="guide-section"
        size="small"
        title={queue.data ? `待办 ${queue.data.total}${queue.data.totalCapped ? '+' : ''} 件` : '待办'}
        extra={<Button size="small" icon={<ReloadOutlined />} onClick={() => void queue.refetch()} loading={queue.isFetching} data-testid="queue-refresh">刷新</Button>}
      >
        <QueueFilters value={filter} states={queue.data?.states ?? []} onChange={(f) => go(f)} />
        {queue.isError && <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />}
        <CasesTable
          testId="work-queue"
          showApplicant
          cases={queue.data?.items ?? []}
          loading={queue.isPending}
          linkOf={(c) => linkOf(c.id)}
          emptyText={Object.values(filter).some(Boolean) ? '没有符合条件的办件' : '暂无待办办件'}
          deadline={(c) => <DeadlineTag c={c} />}
          extra={{
            title: '办理',
            render: (c) => (
              <Space wrap size={[8, 8]}>
                <Link to={linkOf(c.id)}>
                  <Button size="small">查看</Button>
                </Link>
                <CaseActions c={c} size="small" onReload={() => void queue.refetch()} />
              </Space>
            ),
          }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: queue.data?.total ?? 0,
            onChange: (p) => go(filter, p),
          }}
        />
      </Card>
    </>
  );
}
