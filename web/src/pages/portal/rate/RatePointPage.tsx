// /rate/:code — opened by scanning the QR code at a window or office after a visit (一次一评).
// Made for a phone: signed in, with a phone number (real-name, so a bad rating is followed
// up), or anonymous with this device's visitor token.
import { Alert, Card, Form, Input, Result, Skeleton } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { ONSITE_INDICATORS } from '../../../../../server/modules/feedback/levels.ts';
import { ApiError, errorMessage } from '../../../api/client.ts';
import { deviceVisitToken, usePoint, useRatePoint, type Rating } from '../../../api/feedback.ts';
import { useMe } from '../../../api/session.ts';
import { RatingForm } from '../../../components/rating/RatingForm.tsx';
import { usePageTitle } from '../../../usePageTitle.ts';

export default function RatePointPage() {
  const code = useParams().code ?? '';
  const point = usePoint(code);
  const me = useMe();
  const rate = useRatePoint(code);
  const [contact, setContact] = useState<{ name?: string; phone?: string }>({});
  const [done, setDone] = useState<Rating | null>(null);
  usePageTitle(point.data ? `评价：${point.data.name}` : '服务评价');

  if (point.isPending || me.isPending) return <Skeleton active />;
  if (point.error) {
    return <Result status={point.error instanceof ApiError && point.error.status === 404 ? '404' : 'error'} title={errorMessage(point.error)} />;
  }
  if (done) {
    return (
      <Result
        status="success"
        title="感谢您的评价"
        subTitle={done.followup ? `我们将在 ${done.followup.deadline} 前与您联系，回访整改。` : '您的评价已记录。'}
        data-testid="rating-done"
      />
    );
  }
  const signedIn = !!me.data;
  return (
    <Card className="rate-card" title={<span>服务评价 · {point.data.name}</span>} style={{ maxWidth: 560, margin: '0 auto' }}>
      <p style={{ color: '#666' }}>{point.data.office} · 一次一评，您的评价将用于改进服务。</p>
      {rate.error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorMessage(rate.error)} data-testid="rating-error" />}
      <RatingForm
        indicators={ONSITE_INDICATORS}
        submitting={rate.isPending}
        onSubmit={(v) =>
          rate.mutate(
            { ...v, ...(signedIn ? {} : { name: contact.name || undefined, phone: contact.phone || undefined, visitToken: deviceVisitToken() }) },
            { onSuccess: setDone },
          )
        }
      >
        {!signedIn && (
          <>
            <Form.Item label="姓名（选填）">
              <Input maxLength={30} value={contact.name} onChange={(e) => setContact((c) => ({ ...c, name: e.target.value }))} />
            </Form.Item>
            <Form.Item label="手机号（选填，留下后差评将有专人回访）" validateStatus={contact.phone && !/^1[3-9]\d{9}$/.test(contact.phone) ? 'error' : undefined}>
              <Input inputMode="tel" maxLength={11} value={contact.phone} onChange={(e) => setContact((c) => ({ ...c, phone: e.target.value.trim() }))} data-testid="rating-phone" />
            </Form.Item>
          </>
        )}
      </RatingForm>
    </Card>
  );
}
