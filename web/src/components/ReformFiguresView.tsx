import { Card, Skeleton, Typography } from 'antd';
import { useReformFigures } from '../api/catalog.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { ReformStats } from './ReformStats.tsx';
import { ReformTable } from './ReformTable.tsx';

/** The reform figures page body, shared by the portal and the admin console. */
export function ReformFiguresView() {
  const { data, error, isPending, refetch } = useReformFigures();
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  return (
    <>
      <Typography.Paragraph type="secondary">
        统计范围：已发布的 {data.publishedItems} 个政务服务事项。“一次不用跑”指到办事现场次数为 0；“全程网办”指网上办理深度达到四级。
      </Typography.Paragraph>
      <ReformStats figures={data} />
      <Card title="分事项明细" style={{ marginTop: 16 }} styles={{ body: { padding: 0 } }}>
        <ReformTable rows={data.perItem} />
      </Card>
    </>
  );
}
