// 通知书 of a case (受理, 不予受理, 补正), each opening its printable page.
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import { Link } from 'react-router-dom';
import { useNotices } from '../../../api/desk.ts';
import { formatDateTime } from '../../../format.ts';

export function CaseNotices({ caseId }: { caseId: string }) {
  const notices = useNotices(caseId, true);
  const list = notices.data?.notices ?? [];
  if (list.length === 0) return null;
  return (
    <Card className="guide-section" size="small" title="通知书" data-testid="case-notices">
      <Space wrap>
        {list.map((n) => (
          <Link key={n.kind} to={`/cases/${encodeURIComponent(caseId)}/notices/${n.kind}`} target="_blank">
            <Button icon={<PrinterOutlined />} data-testid={`notice-${n.kind}`}>
              {n.title}（{formatDateTime(n.at)}）
            </Button>
          </Link>
        ))}
      </Space>
    </Card>
  );
}
