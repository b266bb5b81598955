// 在线办理: the application form of one item, for a signed-in natural person or enterprise handler.
import { Alert, Breadcrumb, Button, Card, Result, Skeleton } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useGuide } from '../../../api/catalog.ts';
import { ApiError } from '../../../api/client.ts';
import { useMe } from '../../../api/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { SignInRequired } from '../../../components/SignInRequired.tsx';
import { usePageTitle } from '../../../usePageTitle.ts';
import { applicationFormOf } from '../../../../../server/modules/catalog/forms/default.ts';
import { ApplyForm } from './ApplyForm.tsx';
import { MaterialsNotice } from './MaterialsNotice.tsx';

export default function ApplyPage() {
  const code = useParams().code ?? '';
  const me = useMe();
  const guide = useGuide(code);
  usePageTitle(guide.data ? `在线办理：${guide.data.name}` : '在线办理');
  const guidePath = `/items/${encodeURIComponent(code)}`;

  if (me.isPending || (guide.isPending && !guide.error)) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <SignInRequired subTitle="登录后即可在线办理。" returnTo={`${guidePath}/apply`} />;
  if (guide.error instanceof ApiError && guide.error.status === 404) {
    return <Result status="404" title="事项不存在或已停用" subTitle={guide.error.message} extra={<Link to="/items"><Button type="primary">返回事项列表</Button></Link>} />;
  }
  if (guide.error) return <ErrorAlert error={guide.error} onRetry={() => void guide.refetch()} />;
  if (!guide.data) return null;

  const notice = (title: string, description?: string) => (
    <Result status="info" title={title} subTitle={description} extra={<Link to={guidePath}><Button>返回办事指南</Button></Link>} />
  );
  const body = (() => {
    if (me.data.subjectType === 'staff') return notice('工作人员请通过窗口帮代办', '在线办理供自然人和法人经办人使用。');
    if (guide.data.status === 'retired') return notice('该事项已停用，不能在线办理');
    if (me.data.subjectType === 'legal' && !me.data.enterprise) return notice('请先选择代表办理的单位', '在右上角用户菜单中「切换单位」后再办理。');
    return (
      <ApplyForm me={me.data} itemCode={code} definition={applicationFormOf(guide.data)}>
        <Card title="申请材料" className="guide-section" size="small">
          <MaterialsNotice materials={guide.data.materials} />
        </Card>
      </ApplyForm>
    );
  })();

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to="/">首页</Link> },
          { title: <Link to={guidePath}>{guide.data.name}</Link> },
          { title: '在线办理' },
        ]}
      />
      <h1 className="section-title" data-testid="apply-title">在线办理：{guide.data.name}</h1>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title="已知信息已自动填入（一表申请）：单位名称、信用代码等取自您的统一身份认证账号，其他栏目按账号信息和您以往的申报预填，请核对。填写内容自动保存为草稿；提交后可在「我的办件」中查看办理进度。" />
      {body}
    </>
  );
}
