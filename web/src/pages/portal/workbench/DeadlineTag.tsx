// 期限 of a queued case: red when overdue, orange with 3 working days or fewer left, plain otherwise.
import { Tag } from 'antd';
import { deadlineStatus } from '../../../../../server/modules/cases/deadline-status.ts';
import type { Case } from '../../../api/cases.ts';

const COLOR = { overdue: 'red', dueSoon: 'orange', normal: undefined } as const;

export function DeadlineTag({ c }: { c: Case }) {
  const { remainingWorkingDays: left, clockStopped } = c.limits;
  if (left === null) return <span className="muted small">{c.acceptedAt ? '—' : '未受理'}</span>;
  const status = deadlineStatus(left, clockStopped);
  const text = left < 0 ? `逾期 ${-left} 个工作日` : `剩 ${left} 个工作日`;
  return (
    <span data-testid="deadline" data-status={status}>
      <Tag color={COLOR[status]}>{text}</Tag>
      {clockStopped && <Tag>计时暂停</Tag>}
    </span>
  );
}
