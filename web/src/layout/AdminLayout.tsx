import { ApartmentOutlined, BarChartOutlined, HomeOutlined, LogoutOutlined, MessageOutlined, QrcodeOutlined, SafetyCertificateOutlined, SendOutlined, SolutionOutlined, TeamOutlined, UnorderedListOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Grid, Layout, Menu, Spin } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { adminToken, errorMessage, FORBIDDEN_EVENT, UNAUTHORIZED_EVENT } from '../api/client.ts';
import { canManageCatalog, canManageStaff, logout as endSession, meKeys, useMe } from '../api/session.ts';
import { AdminForbidden } from '../pages/admin/AdminForbidden.tsx';

const CATALOG_MENU = [
  { key: '/admin/items', icon: <UnorderedListOutlined />, label: '事项管理' },
  { key: '/admin/reform', icon: <BarChartOutlined />, label: '改革成效' },
];
const STAFF_MENU = [
  { key: '/admin/staff', icon: <TeamOutlined />, label: '工作人员与角色' },
  { key: '/admin/workflows', icon: <ApartmentOutlined />, label: '流程' },
  { key: '/admin/experts', icon: <SolutionOutlined />, label: '专家库' },
  { key: '/admin/outbox', icon: <SendOutlined />, label: '外发消息' },
  { key: '/admin/notices', icon: <MessageOutlined />, label: '通知模板' },
  { key: '/admin/seals', icon: <SafetyCertificateOutlined />, label: '电子印章与证照' },
  { key: '/admin/rating-points', icon: <QrcodeOutlined />, label: '评价二维码' },
];
const HOME_MENU = [{ key: '/', icon: <HomeOutlined />, label: '返回门户' }];

const loading = (
  <div className="page-loading">
    <Spin />
  </div>
);

/**
 * Admin console chrome. Lets in a stored admin token or, without one, a signed-in staff
 * session with catalogue rights; anyone else is sent to the login page, and a signed-in
 * person without those rights is told so.
 */
export default function AdminLayout() {
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const wide = Grid.useBreakpoint().lg ?? true;
  const from = location.pathname + location.search;
  const token = adminToken.get();
  const me = useMe();
  // The page an admin API refused (403): the forbidden view is shown there, not on other pages.
  const [refusedAt, setRefusedAt] = useState<string | null>(null);

  useEffect(() => {
    const onUnauthorized = () => {
      // The session (if any) has ended: forget it now, so the login page does not offer it.
      queryClient.setQueryData(meKeys.me, null);
      void queryClient.invalidateQueries({ queryKey: meKeys.me });
      void navigate('/admin/login', { replace: true, state: { from, expired: true } });
    };
    const onForbidden = () => setRefusedAt(location.pathname);
    window.addEventListener(UNAUTHORIZED_EVENT, onUnauthorized);
    window.addEventListener(FORBIDDEN_EVENT, onForbidden);
    return () => {
      window.removeEventListener(UNAUTHORIZED_EVENT, onUnauthorized);
      window.removeEventListener(FORBIDDEN_EVENT, onForbidden);
    };
  }, [navigate, from, location.pathname, queryClient]);

  if (!token) {
    if (me.isPending) return loading;
    if (!me.data) return <Navigate to="/admin/login" replace state={{ from }} />;
  }
  const staff = token ? null : (me.data ?? null);
  const forbidden = refusedAt === location.pathname || (staff !== null && !canManageCatalog(staff));
  const menu = [...CATALOG_MENU, ...(canManageStaff(staff) ? STAFF_MENU : []), ...HOME_MENU];

  const selected = menu.find((m) => m.key !== '/' && location.pathname.startsWith(m.key))?.key ?? '/admin/items';
  const logout = () => {
    if (token) {
      adminToken.clear();
      void navigate('/admin/login', { replace: true });
    } else {
      endSession().catch((err: unknown) => void message.error(errorMessage(err)));
    }
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="site-header">
        <span className="admin-brand">科政通 · 事项管理后台</span>
        <span className="admin-user">
          {staff && (
            <span className="admin-user-name" data-testid="admin-user">
              <UserOutlined /> {staff.name}
            </span>
          )}
          <Button ghost size="small" icon={<LogoutOutlined />} onClick={logout} data-testid="admin-logout">
            退出
          </Button>
        </span>
      </Layout.Header>
      {forbidden ? (
        <Layout.Content className="admin-content">
          <AdminForbidden me={staff} area={location.pathname.startsWith('/admin/staff') || location.pathname.startsWith('/admin/experts') ? 'staff' : 'catalog'} onLogout={logout} />
        </Layout.Content>
      ) : (
        <>
          {!wide && (
            <Menu mode="horizontal" selectedKeys={[selected]} items={menu} onClick={({ key }) => void navigate(key)} />
          )}
          <Layout>
            {wide && (
              <Layout.Sider width={180} theme="light">
                <Menu
                  mode="inline"
                  selectedKeys={[selected]}
                  items={menu}
                  onClick={({ key }) => void navigate(key)}
                  style={{ height: '100%', borderInlineEnd: 0 }}
                />
              </Layout.Sider>
            )}
            <Layout.Content className="admin-content">
              <Suspense fallback={loading}>
                <Outlet />
              </Suspense>
            </Layout.Content>
          </Layout>
        </>
      )}
    </Layout>
  );
}
