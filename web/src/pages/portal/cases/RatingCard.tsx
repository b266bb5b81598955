// 办件评价 on a concluded case: the applicant rates it once (一事一评), may add to it later, and
// follows the follow-up of a bad rating to its end (confirm or dispute the rectification);
// staff see the rating as given.
import { App, Button, Descriptions, Input, Rate, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ONLINE_INDICATORS } from '../../../../../server/modules/feedback/levels.ts';
import type { Case } from '../../../api/cases.ts';
import { errorMessage } from '../../../api/client.ts';
import { useAppendRating, useCaseRating, useFollowup, useFollowupStep, useRateCase, type Rating } from '../../../api/feedback.ts';
import { RatingForm } from '../../../components/rating/RatingForm.tsx';
import { formatDateTime } from '../../../format.ts';

function RatingView({ r }: { r: Rating }) {
  const labels: Record<string, string> = ONLINE_INDICATORS;
  return (
    <Descriptions size="small" column={1} data-testid="rating-view">
      <Descriptions.Item label="评价">
        <Tag color={r.level >= 3 ? 'green' : 'red'}>{r.levelLabel}</Tag>
        {r.anonymous && <Tag>匿名</Tag>}
        <span style={{ color: '#888' }}>{formatDateTime(r.ratedAt)}</span>
      </Descriptions.Item>
      {Object.entries(r.indicators).map(([k, v]) => (
        <Descriptions.Item key={k} label={labels[k] ?? k}><Rate disabled value={v} /></Descriptions.Item>
      ))}
      {r.tags.length > 0 && <Descriptions.Item label="标签">{r.tags.map((t) => <Tag key={t}>{t}</Tag>)}</Descriptions.Item>}
      {r.comment && <Descriptions.Item label="意见">{r.comment}</Descriptions.Item>}
      {r.additions.map((a) => (
        <Descriptions.Item key={a.at} label="追加评价">{a.comment} <span style={{ color: '#888' }}>（{formatDateTime(a.at)}）</span></Descriptions.Item>
      ))}
      {r.followup && <Descriptions.Item label="回访整改"><Tag color="orange" data-testid="rating-followup-state">{r.followup.stateLabel}</Tag> 期限 {r.followup.deadline}</Descriptions.Item>}
      {r.appeal && <Descriptions.Item label="申诉"><Tag>{r.appeal.stateLabel}</Tag></Descriptions.Item>}
    </Descriptions>
  );
}

/** The rater's answer to the office's rectification. */
function FollowupResponse({ id }: { id: string }) {
  const f = useFollowup(id);
  const step = useFollowupStep();
  const { message } = App.useApp();
  const [note, setNote] = useState('');
  if (!f.data || f.data.state !== 'rectified') return null;
  const answer = (satisfied: boolean) =>
    step.mutate({ id, response: true, body: { expectedVersion: f.data!.version, satisfied, note: note.trim() || undefined } }, { onError: (e) => void message.error(errorMessage(e)) });
  return (
    <div style={{ marginTop: 12 }} data-testid="followup-response">
      <Typography.Paragraph>处室回访：{f.data.callbackNote}；整改情况：{f.data.actionTaken}</Typography.Paragraph>
      <Input.TextArea rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} placeholder="您的意见（选填）" />
      <Space style={{ marginTop: 8 }}>
        <Button type="primary" loading={step.isPending} onClick={() => answer(true)} data-testid="followup-confirm">确认整改结果</Button>
        <Button loading={step.isPending} onClick={() => answer(false)}>仍有异议</Button>
      </Space>
    </div>
  );
}

export function RatingCard({ c, applicant }: { c: Case; applicant: boolean }) {
  const rating = useCaseRating(c.id, c.phase === 'concluded');
  const rate = useRateCase(c.id);
  const append = useAppendRating(c.id);
  const { message } = App.useApp();
  const [addition, setAddition] = useState('');
  const shown = c.phase === 'concluded' && !rating.isPending;
  // The invitation to rate links here as /me/cases/{id}#rating.
  useEffect(() => {
    if (shown && window.location.hash === '#rating') document.getElementById('rating')?.scrollIntoView({ block: 'start' });
  }, [shown]);
  if (!shown) return null;
  const r = rating.data?.rating ?? null;
  if (!r) {
    if (!applicant) return <Typography.Text type="secondary">申请人尚未评价。</Typography.Text>;
    return (
      <RatingForm
        indicators={ONLINE_INDICATORS}
        submitting={rate.isPending}
        onSubmit={(v) => rate.mutate({ ...v, channel: window.matchMedia('(max-width: 768px)').matches ? '2' : '1' }, { onError: (e) => void message.error(errorMessage(e)) })}
      />
    );
  }
  return (
    <>
      <RatingView r={r} />
      {applicant && r.followup && <FollowupResponse id={r.followup.id} />}
      {applicant && (
        <Space.Compact style={{ width: '100%', marginTop: 12 }}>
          <Input maxLength={500} value={addition} onChange={(e) => setAddition(e.target.value)} placeholder="追加评价" />
          <Button
            disabled={addition.trim().length < 2}
            loading={append.isPending}
            onClick={() => append.mutate({ ratingId: r.id, comment: addition.trim() }, { onSuccess: () => setAddition(''), onError: (e) => void message.error(errorMessage(e)) })}
          >
            追加
          </Button>
        </Space.Compact>
      )}
    </>
  );
}
