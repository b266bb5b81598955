// 办理时限: the case's working-day clock. The applicant sees how many working days are left,
// the promised date and a live countdown to the end of that day (China time); staff see used,
// suspended (补正、公示等不计时) and remaining working days apart, the warning and overdue
// marks, and — the head of the office — the 延期 button.
import { Button, Descriptions, Space, Statistic, Tag } from 'antd';
import { useState } from 'react';
import type { Case } from '../../../api/cases.ts';
import { mayExtend } from '../../../api/deadlines.ts';
import { useMe } from '../../../api/session.ts';
import { ExtensionModal } from './ExtensionModal.tsx';

/** The end of a China day ('YYYY-MM-DD') as an instant. */
const endOfChinaDay = (day: string) => Date.parse(`${day}T23:59:59.999+08:00`);

function ClockTags({ l }: { l: Case['limits'] }) {
  return (
    <Space size={4} wrap>
      {l.overdue && <Tag color="red" data-testid="clock-overdue">已超期</Tag>}
      {l.warned && <Tag color="orange" data-testid="clock-warned">即将到期</Tag>}
      {l.clockStopped && <Tag color="blue">计时暂停</Tag>}
      {l.extensions > 0 && <Tag>已延期 {l.extendedWorkingDays} 个工作日</Tag>}
    </Space>
  );
}

export function ClockPanel({ c, staff }: { c: Case; staff: boolean }) {
  const me = useMe();
  const [extending, setExtending] = useState(false);
  const l = c.limits;
  if (!c.acceptedAt) return <span className="muted">受理后开始计时：承诺 {l.promisedDays ?? '—'} 个工作日内办结（受理当日不计，节假日除外）。</span>;
  if (c.concludedAt) {
    return (
      <Space data-testid="clock-panel">
        <span>已办结{l.usedWorkingDays !== null ? `，用时 ${l.usedWorkingDays} 个工作日` : ''}</span>
        {l.overdue && <Tag color="red">超期办结</Tag>}
      </Space>
    );
  }
  const deadline = l.promisedDeadline;
  const remaining = l.remainingWorkingDays;

  if (!staff) {
    return (
      <Space size="large" wrap data-testid="clock-panel">
        <Statistic title="剩余工作日" value={remaining ?? '—'} suffix={remaining !== null ? '天' : undefined} styles={{ content: { color: l.overdue ? '#cf1322' : l.warned ? '#d46b08' : undefined } }} />
        <Statistic title="承诺办结日" value={deadline ?? '待计算'} />
        {deadline && !l.overdue && !l.clockStopped && (
          <Statistic.Timer type="countdown" title="距承诺办结日结束" value={endOfChinaDay(deadline)} format="D 天 HH:mm:ss" />
        )}
        <ClockTags l={l} />
        {l.clockStopped && <span className="muted">补正、公示等环节不计入办理时限，计时已暂停。</span>}
      </Space>
    );
  }

  return (
    <>
      <Descriptions
        data-testid="clock-panel"
        bordered
        size="small"
        column={{ xs: 1, sm: 2, md: 3 }}
        items={[
          { key: 'used', label: '已用工作日', children: l.usedWorkingDays ?? '—' },
          { key: 'suspended', label: '暂停工作日', children: l.suspendedWorkingDays },
          { key: 'remaining', label: '剩余工作日', children: remaining ?? '—' },
          { key: 'promised', label: '承诺办结日', children: deadline ?? '待计算（工作日历未导入）' },
          { key: 'statutory', label: '法定办结日', children: l.statutoryDeadline ?? (l.statutoryDays === null ? '无法定时限' : '待计算') },
          { key: 'marks', label: '时限状态', children: <ClockTags l={l} /> },
        ]}
      />
      {mayExtend(me.data) && (
        <div style={{ marginTop: 8 }}>
          <Button onClick={() => setExtending(true)} data-testid="extend-button">延期</Button>
        </div>
      )}
      {extending && <ExtensionModal c={c} onClose={() => setExtending(false)} />}
    </>
  );
}
