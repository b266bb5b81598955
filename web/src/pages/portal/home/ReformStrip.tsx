import { RiseOutlined } from '@ant-design/icons';
import { Progress, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useReformFigures } from '../../../api/catalog.ts';
import { formatPercent, toPercent } from '../../../format.ts';

/** One line of reform results: the no-visit share against its target. */
export function ReformStrip() {
  const { data } = useReformFigures();
  if (!data) return null;
  const { noVisit, fullyOnline } = data;
  return (
    <Link to="/reform" className="reform-strip" aria-label="查看改革成效">
      <RiseOutlined style={{ fontSize: 22, color: '#c8102e' }} />
      <strong>改革成效</strong>
      <span>
        一次不用跑 {formatPercent(noVisit.share)}（目标 {formatPercent(noVisit.target)}）
      </span>
      <Progress
        percent={toPercent(noVisit.share)}
        success={{ percent: Math.min(toPercent(noVisit.share), toPercent(noVisit.target)) }}
        showInfo={false}
        size="small"
      />
      {noVisit.met ? <Tag color="green">已达标</Tag> : <Tag color="orange">未达标</Tag>}
      <span className="muted">全程网办 {formatPercent(fullyOnline.share)}</span>
    </Link>
  );
}
