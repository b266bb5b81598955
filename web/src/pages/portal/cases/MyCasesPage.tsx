// 申请人中心 · 我的办件: the signed-in person's cases (a handler: the current enterprise's).
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Result, Spin } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { isApplicant, useMyCases } from '../../../api/cases.ts';
import { useMe } from '../../../api/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { SignInRequired } from '../../../components/SignInRequired.tsx';
import { usePageTitle } from '../../../usePageTitle.ts';
import { CasesTable } from './CasesTable.tsx';
import { DraftsCard } from './DraftsCard.tsx';

const PAGE_SIZE = 10;

export default function MyCasesPage() {
  usePageTitle('我的办件');
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const scope = me.data?.enterprise?.creditCode ?? 'self';
  const cases = useMyCases(page, PAGE_SIZE, scope, isApplicant(me.data));

  if (me.isPending) return <div className="page-loading"><Spin /></div>;
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <SignInRequired subTitle="登录后可以查看您提交的办件和办理进度。" returnTo="/me/cases" />;
  if (!isApplicant(me.data)) {
    return <Result status="info" title="工作人员请在工作台办理办件" extra={<Link to="/workbench"><Button type="primary">进入工作台</Button></Link>} />;
  }

  return (
    <>
      <h1 className="section-title">我的办件</h1>
      {me.data.subjectType === 'legal' && me.data.enterprise && <p className="muted">当前单位：{me.data.enterprise.name}</p>}
      <DraftsCard scope={scope} />
      <Card
        className="guide-section"
        size="small"
        title={cases.data ? `共 ${cases.data.total} 件` : '办件'}
        extra={<Button size="small" icon={<ReloadOutlined />} onClick={() => void cases.refetch()} loading={cases.isFetching}>刷新</Button>}
      >
        {cases.isError && <ErrorAlert error={cases.error} onRetry={() => void cases.refetch()} />}
        <CasesTable
          testId="my-cases"
          cases={cases.data?.items ?? []}
          loading={cases.isPending}
          linkOf={(c) => `/me/cases/${encodeURIComponent(c.id)}`}
          emptyText="您还没有办件，可在办事指南中点击「在线办理」提交申请"
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: cases.data?.total ?? 0,
            onChange: (p) => setParams(p > 1 ? { page: String(p) } : {}),
          }}
        />
      </Card>
    </>
  );
}
