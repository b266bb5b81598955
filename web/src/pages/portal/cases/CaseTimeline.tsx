// 办理过程: every step of the case, oldest first (time, action, from → to, opinion, who).
import { Timeline } from 'antd';
import type { TimelineEvent } from '../../../api/cases.ts';
import { formatDateTime } from '../../../format.ts';
import { actorLabel } from './caseLabels.ts';

const colorOf = (e: TimelineEvent) => (e.stepResult === '5' ? 'orange' : e.stepResult === '3' || e.stepResult === '0' ? 'red' : e.kind === 'submitted' ? 'blue' : 'green');

export function CaseTimeline({ events }: { events: TimelineEvent[] }) {
  return (
    <Timeline
      data-testid="case-timeline"
      items={events.map((e, i) => ({
        key: i,
        color: colorOf(e),
        title: <span className="small muted">{formatDateTime(e.at)}</span>,
        content: (
          <div className="case-event">
            <div>
              <strong>{e.action}</strong>
              <span className="muted small" style={{ marginInlineStart: 8 }}>{actorLabel(e)}</span>
            </div>
            {(e.fromState || e.toState) && (
              <div className="small">
                {e.fromState ? `${e.fromState} → ` : ''}
                {e.toState ?? ''}
              </div>
            )}
            {e.opinion && <div className="case-opinion">{e.opinion}</div>}
          </div>
        ),
      }))}
    />
  );
}
