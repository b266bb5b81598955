import { Layout, Spin } from 'antd';
import { Suspense } from 'react';
import { Link, NavLink, Outlet } from 'react-router-dom';
import { SiteFooter } from './SiteFooter.tsx';
import { UserMenu } from './UserMenu.tsx';

export function PortalLayout() {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="site-header">
        <Link to="/" className="site-brand" aria-label="科政通首页">
          <span className="site-emblem" aria-hidden>
            科
          </span>
          <span className="site-name">
            <span className="site-title">科政通</span>
            <span className="site-sep"> · </span>
            <span className="site-subtitle">安徽省科学技术厅政务服务</span>
          </span>
        </Link>
        <nav className="site-nav" aria-label="主导航">
          <NavLink to="/" end>
            首页
          </NavLink>
          <NavLink to="/items">办事事项</NavLink>
          <NavLink to="/reform">改革成效</NavLink>
          <NavLink to="/verify">证照核验</NavLink>
          <NavLink to="/inquiries">咨询投诉</NavLink>
        </nav>
        <UserMenu />
      </Layout.Header>
      <div className="site-subbar" />
      <Layout.Content>
        <main className="site-content">
          <Suspense
            fallback={
              <div className="page-loading">
                <Spin size="large" />
              </div>
            }
          >
            <Outlet />
          </Suspense>
        </main>
      </Layout.Content>
      <SiteFooter />
    </Layout>
  );
}
