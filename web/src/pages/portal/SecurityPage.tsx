// 安全中心: who I am and my login sessions; anonymous visitors are asked to sign in.
import { LoginOutlined } from '@ant-design/icons';
import { Button, Result, Spin } from 'antd';
import { loginUrl, useMe } from '../../api/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { usePageTitle } from '../../usePageTitle.ts';
import { IdentityCard } from './security/IdentityCard.tsx';
import { SessionsCard } from './security/SessionsCard.tsx';

export default function SecurityPage() {
  usePageTitle('安全中心');
  const me = useMe();

  if (me.isPending) {
    return (
      <div className="page-loading">
        <Spin />
      </div>
    );
  }
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    return (
      <Result
        status="403"
        title="请先登录"
        subTitle="登录后可以查看您的身份信息和登录会话。"
        extra={
          <Button type="primary" icon={<LoginOutlined />} href={loginUrl('/me/security')} data-testid="security-login">
            登录
          </Button>
        }
      />
    );
  }
  return (
    <>
      <h1 className="section-title">安全中心</h1>
      <IdentityCard me={me.data} />
      <SessionsCard />
    </>
  );
}
