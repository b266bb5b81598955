// Shown on pages that need a signed-in person when nobody is signed in.
import { LoginOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { loginUrl } from '../api/session.ts';

export function SignInRequired({ subTitle, returnTo }: { subTitle: string; returnTo: string }) {
  return (
    <Result
      status="403"
      title="请先登录"
      subTitle={subTitle}
      extra={
        <Button type="primary" icon={<LoginOutlined />} href={loginUrl(returnTo)} data-testid="sign-in-required">
          登录
        </Button>
      }
    />
  );
}
