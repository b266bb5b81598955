import { Card, Col, Progress, Row, Statistic, Tag } from 'antd';
import type { ReformFigures } from '../api/types.ts';
import { formatPercent, toPercent } from '../format.ts';

/** Headline reform figures as statistic cards. */
export function ReformStats({ figures }: { figures: ReformFigures }) {
  const { noVisit, fullyOnline, timeRatio, materials, publishedItems } = figures;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={12} xl={6}>
        <Card style={{ height: '100%' }}>
          <Statistic title="一次不用跑事项占比" value={toPercent(noVisit.share)} precision={1} suffix="%" />
          <Progress
            percent={toPercent(noVisit.share)}
            success={{ percent: Math.min(toPercent(noVisit.share), toPercent(noVisit.target)) }}
            showInfo={false}
            strokeColor={noVisit.met ? '#52c41a' : '#faad14'}
          />
          <div className="small muted" style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
            <span>
              {noVisit.count} / {publishedItems} 项，目标 {formatPercent(noVisit.target)}
            </span>
            {noVisit.met ? <Tag color="green">已达标</Tag> : <Tag color="orange">未达标</Tag>}
          </div>
        </Card>
      </Col>
      <Col xs={24} md={12} xl={6}>
        <Card style={{ height: '100%' }}>
          <Statistic title="全程网办事项占比" value={toPercent(fullyOnline.share)} precision={1} suffix="%" />
          <Progress percent={toPercent(fullyOnline.share)} showInfo={false} />
          <div className="small muted">
            {fullyOnline.count} / {publishedItems} 项达到四级网办深度
          </div>
        </Card>
      </Col>
      <Col xs={24} md={12} xl={6}>
        <Card style={{ height: '100%' }}>
          <Statistic
            title="承诺时限 / 法定时限"
            value={timeRatio.overall === null ? '—' : toPercent(timeRatio.overall)}
            precision={timeRatio.overall === null ? undefined : 1}
            suffix={timeRatio.overall === null ? undefined : '%'}
          />
          {timeRatio.overall !== null && (
            <Progress percent={toPercent(timeRatio.overall)} showInfo={false} strokeColor="#1557b0" />
          )}
          <div className="small muted">
            承诺合计 {timeRatio.promisedDaysTotal} 个工作日 / 法定合计 {timeRatio.statutoryDaysTotal} 个工作日
            {timeRatio.overall !== null && `，压缩 ${formatPercent(1 - timeRatio.overall)}`}
          </div>
        </Card>
      </Col>
      <Col xs={24} md={12} xl={6}>
        <Card style={{ height: '100%' }}>
          <Statistic title="申请材料总数" value={materials.total} suffix="份" />
          <div className="small muted" style={{ marginTop: 8, lineHeight: 1.9 }}>
            平均每项 {materials.average.toFixed(1)} 份
            <br />
            其中必要材料 {materials.required} 份
          </div>
        </Card>
      </Col>
    </Row>
  );
}
