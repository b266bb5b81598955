import { Alert, Breadcrumb, Button, Result, Skeleton } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { useGuide } from '../../api/catalog.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { usePageTitle } from '../../usePageTitle.ts';
import { GuideBody } from './guide/GuideBody.tsx';
import { PublicQuestions } from './guide/PublicQuestions.tsx';
import { GuideHeader } from './guide/GuideHeader.tsx';

export function GuidePage() {
  const code = useParams().code ?? '';
  const { data, error, isPending, refetch } = useGuide(code);
  usePageTitle(data?.name ?? '办事指南');

  if (error instanceof ApiError && error.status === 404) {
    return (
      <Result
        status="404"
        title="事项不存在或已停用"
        subTitle={error.message}
        extra={
          <Link to="/items">
            <Button type="primary">返回事项列表</Button>
          </Link>
        }
      />
    );
  }
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (isPending) return <Skeleton active paragraph={{ rows: 12 }} />;

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to="/">首页</Link> },
          { title: <Link to="/items">办事事项</Link> },
          { title: '办事指南' },
        ]}
      />
      {data.status === 'retired' && (
        <Alert type="warning" showIcon title="该事项已停用" description="以下为停用前的办事指南，仅供参考。" style={{ marginBottom: 12 }} />
      )}
      <GuideHeader content={data} version={data.version} publishedAt={data.publishedAt} retired={data.status === 'retired'} />
      <GuideBody content={data} materialCodes={data.materialCodes} />
      <PublicQuestions code={data.code} />
    </>
  );
}
