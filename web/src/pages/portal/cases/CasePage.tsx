// One case: header, 当前可办理, 申请信息 and 办理过程. The applicant opens it at /me/cases/:id,
// staff at /workbench/cases/:id (same page, different way back).
import { ReloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Breadcrumb, Button, Card, Result, Skeleton, Space } from 'antd';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useCaseApplicationForm } from '../../../api/applicationForms.ts';
import { isApplicant, useCase, useTimeline } from '../../../api/cases.ts';
import { ApiError } from '../../../api/client.ts';
import { useMe } from '../../../api/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { SignInRequired } from '../../../components/SignInRequired.tsx';
import { usePageTitle } from '../../../usePageTitle.ts';
import { CaseActions } from './CaseActions.tsx';
import { ApplicationPdfCard } from './ApplicationPdfCard.tsx';
import { CaseDocuments } from './CaseDocuments.tsx';
import { CaseForm, CaseHeader } from './CaseDetails.tsx';
import { CaseNotices } from './CaseNotices.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import { ClockPanel } from './ClockPanel.tsx';
import { ExpertPanel } from './ExpertPanel.tsx';
import { CreditCheckCard } from './CreditCheckCard.tsx';
import { MaterialsPanel } from './MaterialsPanel.tsx';
import { CorrectionForm } from './CorrectionForm.tsx';
import { latestOpinionInto } from './caseLabels.ts';
import { RatingCard } from './RatingCard.tsx';
import './cases.css';

export default function CasePage({ staff = false }: { staff?: boolean }) {
  const id = useParams().id ?? '';
  const location = useLocation();
  const me = useMe();
  const signedIn = !!me.data;
  const c = useCase(id, signedIn);
  const timeline = useTimeline(id, signedIn);
  const caseForm = useCaseApplicationForm(id, signedIn && !!c.data);
  usePageTitle(c.data ? `办件 ${c.data.caseNo}` : '办件详情');
  const back = staff ? { to: '/workbench', title: '工作台' } : { to: '/me/cases', title: '我的办件' };
  const qc = useQueryClient();
  // 刷新: everything the page shows about this case (documents sealed since, notices, materials, panel …).
  const reload = () => void qc.invalidateQueries({ predicate: (q) => q.queryKey.includes(id) });

  if (me.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <SignInRequired subTitle="登录后可以查看办件和办理进度。" returnTo={location.pathname} />;
  if (c.error instanceof ApiError && c.error.status === 404) {
    return <Result status="404" title="办件不存在或您无权查看" extra={<Link to={back.to}><Button type="primary">返回{back.title}</Button></Link>} />;
  }
  if (c.error) return <ErrorAlert error={c.error} onRetry={reload} />;
  if (c.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;

  const data = c.data;
  const events = timeline.data?.events ?? [];
  const correcting = data.actions.some((a) => a.key === 'resubmit');
  // The correction notice is the opinion of the step into this state (shown once the timeline is in).
  const correction = correcting ? latestOpinionInto(events, data.stateLabel) : null;

  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/">首页</Link> }, { title: <Link to={back.to}>{back.title}</Link> }, { title: '办件详情' }]} />
      <Space style={{ justifyContent: 'space-between', width: '100%', marginBottom: 12 }} wrap>
        <h1 className="section-title" style={{ margin: 0 }}>{data.itemName}</h1>
        <Button icon={<ReloadOutlined />} onClick={reload} loading={c.isFetching || timeline.isFetching} data-testid="case-reload">
          刷新
        </Button>
      </Space>
      <Card className="guide-section" size="small">
        <CaseHeader c={data} />
      </Card>
      <Card className="guide-section" size="small" title="办理时限">
        <ClockPanel c={data} staff={staff} />
      </Card>
      <Card className="guide-section" size="small" title="当前可办理">
        {correcting && !timeline.isPending && (
          <Alert
            type="warning"
            showIcon
            data-testid="correction-notice"
            style={{ marginBottom: 12 }}
            title={<span className="guide-pre">需要您补正：{correction ?? '请按工作人员的要求补正后再提交'}</span>}
            description="请按要求修改下方的申请信息、在「申请材料」中补正后，点击「提交补正」。"
          />
        )}
        <CaseActions c={data} onReload={reload} hide={correcting && caseForm.data ? ['resubmit'] : []} />
      </Card>
      <CaseNotices caseId={data.id} />
      <ApplicationPdfCard caseId={data.id} />
      {staff && <ExpertPanel caseId={data.id} />}
      {staff && <CreditCheckCard caseId={data.id} />}
      {correcting && caseForm.data ? (
        <>
          <h2 className="section-title">修改申请信息（补正）</h2>
          <CorrectionForm key={data.version} c={data} definition={caseForm.data.definition} onDone={reload} />
        </>
      ) : (
        <Card className="guide-section" size="small" title="申请信息">
          {caseForm.isError ? <ErrorAlert error={caseForm.error} onRetry={() => void caseForm.refetch()} /> : caseForm.data ? <CaseForm entries={caseForm.data.entries} /> : <Skeleton active />}
        </Card>
      )}
      <Card className="guide-section" size="small" title="申请材料" data-testid="materials-card">
        <MaterialsPanel caseId={data.id} version={data.version} enabled={signedIn} />
      </Card>
      <Card className="guide-section" size="small" title="文书送达">
        <CaseDocuments caseId={data.id} staff={staff} />
      </Card>
      {data.phase === 'concluded' && (
        <Card className="guide-section" size="small" title="办件评价（好差评）" id="rating" data-testid="rating-card">
          <RatingCard c={data} applicant={isApplicant(me.data)} />
        </Card>
      )}
      <Card className="guide-section" size="small" title="办理过程">
        {timeline.isError ? <ErrorAlert error={timeline.error} onRetry={() => void timeline.refetch()} /> : timeline.isPending ? <Skeleton active /> : <CaseTimeline events={events} />}
      </Card>
    </>
  );
}
