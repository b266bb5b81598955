// Shown in the admin area to a signed-in person without catalogue rights (instead of the login page).
import { Button, Result, Space } from 'antd';
import { Link } from 'react-router-dom';
import type { Me } from '../../api/session.ts';
import { usePageTitle } from '../../usePageTitle.ts';

interface Props {
  me: Me | null;
  /** What was refused: the catalogue (事项管理人 or 系统管理员) or staff administration (系统管理员). */
  area?: 'catalog' | 'staff';
  onLogout: () => void;
}

const AREAS = {
  catalog: { what: '事项管理', who: '事项管理人或系统管理员', task: '管理事项' },
  staff: { what: '工作人员管理', who: '系统管理员', task: '管理工作人员与角色' },
};

export function AdminForbidden({ me, area = 'catalog', onLogout }: Props) {
  usePageTitle('没有权限');
  const { what, who, task } = AREAS[area];
  return (
    <Result
      status="403"
      title={<span data-testid="admin-forbidden">您没有{what}权限</span>}
      subTitle={
        me
          ? `当前登录账号「${me.name}」不是${who}。如需${task}，请退出后使用具有相应角色的工作人员账号登录。`
          : `当前账号不是${who}。`
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
