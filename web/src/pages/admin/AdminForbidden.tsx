// Shown in the admin area to a signed-in person without catalogue rights (instead of the login page).
import { Button, Result, Space } from 'antd';
import { Link } from 'react-router-dom';
import type { Me } from '../../api/session.ts';
import { usePageTitle } from '../../usePageTitle.ts';

interface Props {
  me: Me | null;
  onLogout: () => void;
}

export function AdminForbidden({ me, onLogout }: Props) {
  usePageTitle('没有权限');
  return (
    <Result
      status="403"
      title={<span data-testid="admin-forbidden">您没有事项管理权限</span>}
      subTitle={
        me
          ? `当前登录账号「${me.name}」不是事项管理人或系统管理员。如需管理事项，请退出后使用具有相应角色的工作人员账号登录。`
          : '当前账号不是事项管理人或系统管理员。'
      }
      extra={
        <Space wrap>
          <Link to="/">
            <Button type="primary">返回门户首页</Button>
          </Link>
          <Button onClick={onLogout}>退出登录</Button>
        </Space>
      }
    />
  );
}
