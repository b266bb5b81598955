// 好差评 at a glance for supervisors: counts and rates computed by the server from the records.
import { Card, Col, Row, Statistic } from 'antd';
import { useRatingFigures } from '../../../api/feedback.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatPercent } from '../../../format.ts';

export function RatingFigures() {
  const f = useRatingFigures(true);
  if (f.error) return <ErrorAlert error={f.error} />;
  const d = f.data;
  return (
    <Card size="small" loading={f.isPending} style={{ marginBottom: 12 }} data-testid="rating-figures">
      {d && (
        <Row gutter={16}>
          <Col xs={12} md={6}><Statistic title="评价总数" value={d.total} data-testid="figure-total" /></Col>
          <Col xs={12} md={6}><Statistic title="满意率" value={formatPercent(d.satisfactionRate)} /></Col>
          <Col xs={12} md={6}><Statistic title="差评数" value={d.badRatings} data-testid="figure-bad" /></Col>
          <Col xs={12} md={6}><Statistic title="实名差评整改率" value={formatPercent(d.rectificationRate)} /></Col>
        </Row>
      )}
    </Card>
  );
}
