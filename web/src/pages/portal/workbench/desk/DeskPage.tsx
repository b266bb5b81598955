// 窗口帮代办: a window clerk submits an application for an applicant at the hall. The case is
// the applicant's (they follow it in 我的办件); its timeline says 窗口代办（clerk）.
import { Alert, App, Breadcrumb, Card, Form, Result, Select, Spin } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useItems } from '../../../../api/catalog.ts';
import { useMe } from '../../../../api/session.ts';
import { useDeskSubmit } from '../../../../api/desk.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { SignInRequired } from '../../../../components/SignInRequired.tsx';
import { usePageTitle } from '../../../../usePageTitle.ts';
import { DeskApplicantCard, deskApplicantOf, type DeskApplicantValues } from './DeskApplicantCard.tsx';
import { DeskApplicationForm } from './DeskApplicationForm.tsx';

export default function DeskPage() {
  usePageTitle('窗口帮代办');
  const me = useMe();
  const items = useItems({ pageSize: '100' });
  const [itemCode, setItemCode] = useState<string | undefined>();
  const [applicantForm] = Form.useForm<DeskApplicantValues>();
  const submit = useDeskSubmit();
  const navigate = useNavigate();
  const { message } = App.useApp();

  if (me.isPending) return <div className="page-loading"><Spin /></div>;
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <SignInRequired subTitle="窗口人员登录后可以为申请人代办。" returnTo="/workbench/desk" />;
  if (!me.data.roles.includes('window_clerk')) return <Result status="403" title="窗口帮代办仅供窗口人员使用" extra={<Link to="/workbench">返回工作台</Link>} />;

  const applicable = (items.data?.items ?? []).filter((i) => i.onlineDepth !== '1' && i.onlineDepth !== '2');
  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/workbench">工作台</Link> }, { title: '窗口帮代办' }]} />
      <h1 className="section-title" data-testid="desk-title">窗口帮代办</h1>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={`由 ${me.data.name} 代为提交；办件归申请人所有，申请人可在「我的办件」中查看进度。`} />
      <Card title="申请人" className="guide-section" size="small">
        <DeskApplicantCard form={applicantForm} />
      </Card>
      <Card title="办理事项" className="guide-section" size="small">
        {items.isError && <ErrorAlert error={items.error} onRetry={() => void items.refetch()} />}
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: '100%' }}
          placeholder="选择事项"
          loading={items.isPending}
          value={itemCode}
          onChange={setItemCode}
          options={applicable.map((i) => ({ value: i.code, label: i.name }))}
          data-testid="desk-item"
        />
      </Card>
      {itemCode && (
        <DeskApplicationForm
          key={itemCode}
          itemCode={itemCode}
          applicantInfo={<p className="muted">申请人信息见上方「申请人」。</p>}
          contactName=""
          submit={async (form, idempotencyKey) => {
            const values = await applicantForm.validateFields().catch(() => null);
            if (!values) throw new Error('请先填写并核对申请人信息');
            return submit.mutateAsync({ applicant: deskApplicantOf(values), itemCode, form, idempotencyKey });
          }}
          onSubmitted={(c) => {
            void message.success(`已代为提交，办件编号：${c.caseNo}`);
            void navigate(`/workbench/cases/${encodeURIComponent(c.id)}`);
          }}
        />
      )}
    </>
  );
}
