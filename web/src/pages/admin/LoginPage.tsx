import { IdcardOutlined, LockOutlined, LogoutOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Divider, Form, Input } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { verifyToken } from '../../api/admin.ts';
import { adminToken, errorMessage } from '../../api/client.ts';
import { canManageCatalog, loginUrl, logout, useMe } from '../../api/session.ts';
import { usePageTitle } from '../../usePageTitle.ts';

interface LoginState {
  from?: string;
  expired?: boolean;
}

/** The token form: for operators without a staff account (kept from before unified identity). */
function TokenForm({ onDone }: { onDone: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const submit = async ({ token }: { token: string }) => {
    setLoading(true);
    setError(null);
    adminToken.set(token.trim());
    try {
      await verifyToken();
      onDone();
    } catch (err) {
      adminToken.clear();
      setError(errorMessage(err));
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form layout="vertical" onFinish={(v: { token: string }) => void submit(v)} requiredMark={false}>
        <Form.Item label="管理令牌" name="token" rules={[{ required: true, whitespace: true, message: '请输入管理令牌' }]}>
          <Input.Password prefix={<LockOutlined />} placeholder="请输入管理令牌" data-testid="admin-token" />
        </Form.Item>
        <Button htmlType="submit" block loading={loading} data-testid="admin-login">
          使用管理令牌
        </Button>
      </Form>
    </>
  );
}

/** Staff sign in through unified identity; the admin token remains as a secondary option. */
export default function LoginPage() {
  usePageTitle('管理员登录');
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as LoginState;
  const me = useMe().data ?? null;
  const target = state.from?.startsWith('/admin') && !state.from.startsWith('/admin/login') ? state.from : '/admin/items';
  const enter = () => void navigate(target, { replace: true });

  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 16 }}>
      <Card title="科政通 · 事项管理后台" style={{ width: '100%', maxWidth: 420 }}>
        {state.expired && <Alert type="warning" showIcon title="登录已失效，请重新登录" style={{ marginBottom: 16 }} />}
        {me && !canManageCatalog(me) && (
          <Alert
            type="info"
            showIcon
            title={`当前登录账号「${me.name}」没有事项管理权限`}
            description="请退出当前账号，再使用事项管理人或系统管理员的工作人员账号登录。"
            style={{ marginBottom: 16 }}
          />
        )}
        {me && canManageCatalog(me) ? (
          <Button type="primary" size="large" block icon={<IdcardOutlined />} onClick={enter} data-testid="staff-enter">
            以「{me.name}」身份进入管理后台
          </Button>
        ) : me ? (
          // Signing in again would come straight back as the same person (single sign-on): leave first.
          <Button type="primary" size="large" block icon={<LogoutOutlined />} onClick={() => void logout()} data-testid="switch-account">
            退出当前账号
          </Button>
        ) : (
          <Button type="primary" size="large" block icon={<IdcardOutlined />} href={loginUrl(target)} data-testid="staff-login">
            工作人员统一身份认证登录
          </Button>
        )}
        {!me && (
          <div className="muted small" style={{ marginTop: 8, textAlign: 'center' }}>
            使用安徽政务服务网统一身份认证账号登录，需具备事项管理人或系统管理员角色
          </div>
        )}
        <Divider plain style={{ margin: '24px 0 12px' }}>
          <span className="muted small">或使用管理令牌（运维人员）</span>
        </Divider>
        <TokenForm onDone={enter} />
        <div style={{ marginTop: 16, textAlign: 'center' }}>
          <Link to="/">返回门户首页</Link>
        </div>
      </Card>
    </div>
  );
}
