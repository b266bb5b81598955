import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { verifyToken } from '../../api/admin.ts';
import { adminToken, errorMessage } from '../../api/client.ts';
import { usePageTitle } from '../../usePageTitle.ts';

interface LoginState {
  from?: string;
  expired?: boolean;
}

/** Asks for the admin token, checks it against the API and keeps it in sessionStorage. */
export default function LoginPage() {
  usePageTitle('管理员登录');
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as LoginState;
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const submit = async ({ token }: { token: string }) => {
    setLoading(true);
    setError(null);
    adminToken.set(token.trim());
    try {
      await verifyToken();
      const target = state.from?.startsWith('/admin') && state.from !== '/admin/login' ? state.from : '/admin/items';
      void navigate(target, { replace: true });
    } catch (err) {
      adminToken.clear();
      setError(errorMessage(err));
    } finally {
      setLoading(false);
    }
  };

  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 16 }}>
      <Card title="科政通 · 事项管理后台" style={{ width: '100%', maxWidth: 400 }}>
        {state.expired && !error && (
          <Alert type="warning" showIcon title="登录已失效，请重新输入管理令牌" style={{ marginBottom: 16 }} />
        )}
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form layout="vertical" onFinish={(v: { token: string }) => void submit(v)} requiredMark={false}>
          <Form.Item
            label="管理令牌"
            name="token"
            rules={[{ required: true, whitespace: true, message: '请输入管理令牌' }]}
          >
            <Input.Password prefix={<LockOutlined />} placeholder="请输入管理令牌" autoFocus data-testid="admin-token" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={loading} data-testid="admin-login">
            登录
          </Button>
        </Form>
        <div style={{ marginTop: 16, textAlign: 'center' }}>
          <Link to="/">返回门户首页</Link>
        </div>
      </Card>
    </div>
  );
}
