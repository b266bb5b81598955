// The portal header's sign-in button, or the signed-in person's menu (enterprise switch, security, logout).
import {
  AuditOutlined,
  BarChartOutlined,
  BellOutlined,
  CheckOutlined,
  CommentOutlined,
  DatabaseOutlined,
  DownOutlined,
  FileTextOutlined,
  LoginOutlined,
  LogoutOutlined,
  MessageOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  SwapOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { App, Button, Dropdown, Grid, Tag, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { hasWorkQueue, isApplicant } from '../api/cases.ts';
import { errorMessage } from '../api/client.ts';
import { DATA_REQUEST_ROLES } from '../api/dataRequests.ts';
import { canSeeDashboard } from '../api/dashboard.ts';
import { canFollowUp } from '../api/feedback.ts';
import { canManageCatalog, loginUrl, logout, useMe, useSwitchEnterprise, type Me } from '../api/session.ts';
import { SUBJECT_TYPE_COLOR, SUBJECT_TYPE_LABEL } from '../identityLabels.ts';

function WhoAmI({ me }: { me: Me }) {
  return (
    <div className="user-menu-who">
      <div>
        <strong>{me.name}</strong>
        <Tag color={SUBJECT_TYPE_COLOR[me.subjectType]} style={{ marginInlineStart: 8 }}>
          {SUBJECT_TYPE_LABEL[me.subjectType]}
        </Tag>
      </div>
      {me.subjectType === 'legal' && (
        <div className="user-menu-sub">
          当前单位：<span data-testid="current-enterprise">{me.enterprise?.name ?? '未选择'}</span>
        </div>
      )}
      {me.staff && <div className="user-menu-sub">{me.staff.office}</div>}
    </div>
  );
}

/** Menu entries; on narrow screens the enterprises are listed inline (a side popup would leave the screen). */
function menuItems(me: Me, wide: boolean): MenuProps['items'] {
  const items: NonNullable<MenuProps['items']> = [{ key: 'who', type: 'group', label: <WhoAmI me={me} /> }];
  if (me.subjectType === 'legal' && me.enterprises.length > 1) {
    items.push({
      key: 'switch',
      ...(wide ? { icon: <SwapOutlined /> } : { type: 'group' as const }),
      label: '切换单位',
      children: me.enterprises.map((e) => {
        const current = e.creditCode === me.enterprise?.creditCode;
        return {
          key: `switch:${e.creditCode}`,
          disabled: current,
          icon: current ? <CheckOutlined /> : undefined,
          label: <span data-testid={`switch-enterprise-${e.creditCode}`}>{e.name}</span>,
        };
      }),
    });
  }
  items.push({ type: 'divider' });
  if (isApplicant(me)) items.push({ key: '/me/cases', icon: <FileTextOutlined />, label: '我的办件' });
  if (isApplicant(me)) items.push({ key: '/me/notices', icon: <BellOutlined />, label: '我的消息' });
  if (isApplicant(me)) items.push({ key: '/me/licences', icon: <SafetyCertificateOutlined />, label: '我的证照' });
  if (hasWorkQueue(me)) items.push({ key: '/workbench', icon: <AuditOutlined />, label: '工作台' });
  if (canFollowUp(me)) items.push({ key: '/workbench/followups', icon: <CommentOutlined />, label: '差评回访整改' });
  if (me.subjectType === 'staff' && me.roles.length > 0) items.push({ key: '/workbench/inquiries', icon: <MessageOutlined />, label: '咨询投诉办理' });
  if (me.roles.some((r) => (DATA_REQUEST_ROLES.read as readonly string[]).includes(r))) items.push({ key: '/workbench/data-requests', icon: <DatabaseOutlined />, label: '数据共享申请' });
  if (canSeeDashboard(me)) items.push({ key: '/workbench/dashboard', icon: <BarChartOutlined />, label: <span data-testid="menu-dashboard">数据看板</span> });
  items.push({ key: '/me/security', icon: <SafetyCertificateOutlined />, label: '安全中心' });
  if (canManageCatalog(me)) items.push({ key: '/admin', icon: <SettingOutlined />, label: '管理后台' });
  items.push(
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, danger: true, label: <span data-testid="logout">退出登录</span> },
  );
  return items;
}

export function UserMenu() {
  const { data: me, isPending } = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const switchEnterprise = useSwitchEnterprise();
  const wide = Grid.useBreakpoint().sm ?? true;

  if (isPending) return <span className="site-user" />;
  if (!me) {
    return (
      <span className="site-user">
        <Button ghost size={wide ? 'middle' : 'small'} icon={<LoginOutlined />} href={loginUrl(location.pathname + location.search)} data-testid="login-button">
          登录
        </Button>
      </span>
    );
  }

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key.startsWith('switch:')) {
      switchEnterprise.mutate(key.slice('switch:'.length), {
        onSuccess: (next) => void message.success(`已切换为代表「${next.enterprise?.name ?? ''}」办理业务`),
        onError: (err) => void message.error(errorMessage(err)),
      });
    } else if (key === 'logout') {
      logout().catch((err: unknown) => void message.error(errorMessage(err)));
    } else {
      void navigate(key);
    }
  };

  return (
    <span className="site-user">
      <Dropdown
        trigger={['click']}
        placement="bottomRight"
        menu={{ items: menuItems(me, wide), onClick, triggerSubMenuAction: 'click', className: 'user-menu' }}
      >
        <Button
          type="text"
          className="user-menu-trigger"
          data-testid="user-menu"
          aria-label={`用户菜单：${me.name}`}
          loading={switchEnterprise.isPending}
          icon={<UserOutlined />}
        >
          {wide && (
            <>
              <span className="user-menu-name">{me.name}</span>
              <DownOutlined style={{ fontSize: 10 }} />
            </>
          )}
        </Button>
      </Dropdown>
    </span>
  );
}
