// 当前可办理: one button per action the signed-in person may take now. Actions that need a
// reason ask for it in a modal; the others are confirmed first. Every action sends the
// version the person saw, so a case someone else moved meanwhile is reported, not changed.
import { App, Alert, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useCaseAction, type Case, type CaseAction } from '../../../api/cases.ts';
import { ApiError, errorMessage } from '../../../api/client.ts';
import { ReasonModal } from './ReasonModal.tsx';

const DANGER = ['reject', 'deny', 'withdraw'];
const STALE = ['CASE_CHANGED', 'TRANSITION_NOT_ALLOWED'];

interface Props {
  c: Case;
  /** Reload the case (and whatever lists show it) after someone else moved it. */
  onReload: () => void;
  size?: 'small' | 'middle';
  onDone?: (c: Case) => void;
  /** Actions taken elsewhere on the page (e.g. 提交补正 with the correction form). */
  hide?: string[];
}

export function CaseActions({ c, onReload, size = 'middle', onDone, hide = [] }: Props) {
  const act = useCaseAction();
  const { message } = App.useApp();
  const [asking, setAsking] = useState<CaseAction | null>(null);
  const [guardError, setGuardError] = useState<string | null>(null);
  const [stale, setStale] = useState<string | null>(null);

  const run = (a: CaseAction, opinion?: string) =>
    act.mutateAsync({ id: c.id, action: a.key, opinion, expectedVersion: c.version }).then(
      (next) => {
        setAsking(null);
        setStale(null);
        void message.success(`已${a.label}，办件当前状态：${next.stateLabel}`);
        onDone?.(next);
      },
      (err: unknown) => {
        if (err instanceof ApiError && err.code === 'GUARD_FAILED' && opinion !== undefined) return setGuardError(err.message);
        setAsking(null);
        if (err instanceof ApiError && STALE.includes(err.code)) return setStale(err.message);
        void message.error(errorMessage(err));
      },
    );

  if (stale) {
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="case-changed"
        title="办件已被他人办理或状态已变化，请刷新后再操作"
        description={stale}
        action={<Button size="small" onClick={() => { setStale(null); onReload(); }}>刷新</Button>}
      />
    );
  }
  const actions = c.actions.filter((a) => !hide.includes(a.key));
  if (actions.length === 0) return c.actions.length > 0 ? null : <span className="muted">当前无可办理事项</span>;

  return (
    <>
      <Space wrap size={[8, 8]} data-testid="case-actions">
        {actions.map((a) => {
          const danger = DANGER.includes(a.key);
          const type = danger ? 'default' : a.needsReason ? 'default' : 'primary';
          if (a.needsReason) {
            return (
              <Button key={a.key} size={size} danger={danger} type={type} onClick={() => { setGuardError(null); setAsking(a); }} disabled={act.isPending}>
                {a.label}
              </Button>
            );
          }
          return (
            <Popconfirm
              key={a.key}
              title={`确定${a.label}？`}
              description={a.key === 'withdraw' ? '撤回后本办件即办结，如需办理须重新申请。' : `办件编号 ${c.caseNo}`}
              okText={a.label}
              cancelText="取消"
              okButtonProps={{ danger }}
              onConfirm={() => run(a)}
            >
              <Button size={size} danger={danger} type={type} loading={act.isPending && act.variables?.action === a.key} disabled={act.isPending}>
                {a.label}
              </Button>
            </Popconfirm>
          );
        })}
      </Space>
      <ReasonModal
        action={asking}
        caseNo={c.caseNo}
        pending={act.isPending}
        serverError={guardError}
        onSubmit={(opinion) => asking && void run(asking, opinion)}
        onCancel={() => setAsking(null)}
      />
    </>
  );
}
