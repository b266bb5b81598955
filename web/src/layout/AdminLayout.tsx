import { BarChartOutlined, HomeOutlined, LogoutOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Grid, Layout, Menu, Spin } from 'antd';
import { Suspense, useEffect } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { adminToken, UNAUTHORIZED_EVENT } from '../api/client.ts';

const MENU = [
  { key: '/admin/items', icon: <UnorderedListOutlined />, label: '事项管理' },
  { key: '/admin/reform', icon: <BarChartOutlined />, label: '改革成效' },
  { key: '/', icon: <HomeOutlined />, label: '返回门户' },
];

/** Admin console chrome; sends the user to the login page without a (valid) token. */
export default function AdminLayout() {
  const navigate = useNavigate();
  const location = useLocation();
  const wide = Grid.useBreakpoint().lg ?? true;
  const from = location.pathname + location.search;

  useEffect(() => {
    const onUnauthorized = () => void navigate('/admin/login', { replace: true, state: { from, expired: true } });
    window.addEventListener(UNAUTHORIZED_EVENT, onUnauthorized);
    return () => window.removeEventListener(UNAUTHORIZED_EVENT, onUnauthorized);
  }, [navigate, from]);

  if (!adminToken.get()) return <Navigate to="/admin/login" replace state={{ from }} />;

  const selected = MENU.find((m) => m.key !== '/' && location.pathname.startsWith(m.key))?.key ?? '/admin/items';
  const logout = () => {
    adminToken.clear();
    void navigate('/admin/login', { replace: true });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="site-header">
        <span className="admin-brand">科政通 · 事项管理后台</span>
        <Button
          style={{ marginLeft: 'auto' }}
          ghost
          size="small"
          icon={<LogoutOutlined />}
          onClick={logout}
        >
          退出
        </Button>
      </Layout.Header>
      {!wide && (
        <Menu mode="horizontal" selectedKeys={[selected]} items={MENU} onClick={({ key }) => void navigate(key)} />
      )}
      <Layout>
        {wide && (
          <Layout.Sider width={180} theme="light">
            <Menu
              mode="inline"
              selectedKeys={[selected]}
              items={MENU}
              onClick={({ key }) => void navigate(key)}
              style={{ height: '100%', borderInlineEnd: 0 }}
            />
          </Layout.Sider>
        )}
        <Layout.Content className="admin-content">
          <Suspense
            fallback={
              <div className="page-loading">
                <Spin />
              </div>
            }
          >
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
