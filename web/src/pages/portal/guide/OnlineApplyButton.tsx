// 「在线办理」 on a guide: anonymous visitors sign in first, applicants go to the form,
// staff are told to use the window desk (they apply on someone's behalf there).
import { CloudUploadOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useNavigate } from 'react-router-dom';
import { loginUrl, useMe } from '../../../api/session.ts';

export function OnlineApplyButton({ code, retired }: { code: string; retired?: boolean }) {
  const { data: me, isPending } = useMe();
  const navigate = useNavigate();
  const applyPath = `/items/${encodeURIComponent(code)}/apply`;

  const disabledReason = retired ? '该事项已停用' : me?.subjectType === 'staff' ? '工作人员请通过窗口帮代办' : null;
  if (disabledReason) {
    return (
      <Tooltip title={disabledReason}>
        <span>
          <Button type="primary" icon={<CloudUploadOutlined />} disabled data-testid="apply-online">
            在线办理
          </Button>
        </span>
      </Tooltip>
    );
  }
  const onClick = () => {
    if (me) void navigate(applyPath);
    else window.location.href = loginUrl(applyPath);
  };
  return (
    <Button type="primary" icon={<CloudUploadOutlined />} loading={isPending} onClick={onClick} data-testid="apply-online">
      在线办理
    </Button>
  );
}
