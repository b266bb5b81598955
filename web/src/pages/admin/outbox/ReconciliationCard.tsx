// Reconciliation with the provincial platform: run now, the latest reports.
import { Alert, App, Button, Card, Table } from 'antd';
import { errorMessage } from '../../../api/client.ts';
import { useReconciliations, useRunReconciliation, type Reconciliation } from '../../../api/integration.ts';
import { formatDateTime } from '../../../format.ts';

export function ReconciliationCard() {
  const { message } = App.useApp();
  const list = useReconciliations();
  const run = useRunReconciliation();
  const start = () =>
    run.mutate(undefined, {
      onSuccess: (r) => void message.success(`对账完成：比对 ${r.checked} 件，缺失 ${r.missing} 件，滞后 ${r.stale} 件，已重新推送 ${r.resent} 件`),
      onError: (err) => void message.error(errorMessage(err)),
    });
  return (
    <Card
      size="small"
      title="与省政务服务平台对账"
      extra={<Button type="primary" onClick={start} loading={run.isPending} data-testid="reconcile-now">立即对账</Button>}
      style={{ marginBottom: 16 }}
    >
      <p className="muted">每日自动对账一次：比对近 30 天有变动的办件，平台缺失或停留在较早环节的办件会重新推送。</p>
      {list.isError && <Alert type="error" title={errorMessage(list.error)} />}
      <Table<Reconciliation>
        size="small"
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={false}
        columns={[
          { title: '开始时间', dataIndex: 'startedAt', render: (v: string) => formatDateTime(v) },
          { title: '方式', dataIndex: 'trigger', render: (v: string) => (v === 'daily' ? '每日自动' : '手动') },
          { title: '比对', dataIndex: 'checked' },
          { title: '平台缺失', dataIndex: 'missing' },
          { title: '平台滞后', dataIndex: 'stale' },
          { title: '重新推送', dataIndex: 'resent' },
          { title: '结果', key: 'r', render: (_, r) => (r.error ? <span style={{ color: "#cf1322" }}>{r.error}</span> : r.finishedAt ? '完成' : '进行中') },
        ]}
        expandable={{
          rowExpandable: (r) => r.details.length > 0,
          expandedRowRender: (r) => (
            <ul style={{ margin: 0 }}>
              {r.details.map((d) => (
                <li key={d.caseNo} className="mono">
                  {d.caseNo}：本系统第 {d.ours} 步，平台{d.theirs === null ? '没有该办件' : `第 ${d.theirs} 步`}
                </li>
              ))}
            </ul>
          ),
        }}
      />
    </Card>
  );
}
