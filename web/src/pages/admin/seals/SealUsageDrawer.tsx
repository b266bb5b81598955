// The usage log of one seal (who or what, when, which document).
import { Drawer, Table, Tag } from 'antd';
import { useSealUsage } from '../../../api/documents.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../../format.ts';

export function SealUsageDrawer({ sealId, onClose }: { sealId: string | null; onClose: () => void }) {
  const usage = useSealUsage(sealId);
  return (
    <Drawer title="用印记录" open={!!sealId} onClose={onClose} size="large">
      {usage.isError ? (
        <ErrorAlert error={usage.error} onRetry={() => void usage.refetch()} />
      ) : (
        <Table
          rowKey={(u) => `${u.at}-${u.documentId}`}
          loading={usage.isPending}
          dataSource={usage.data?.items ?? []}
          pagination={false}
          size="small"
          columns={[
            { title: '时间', dataIndex: 'at', render: formatDateTime },
            { title: '办件编号', dataIndex: 'caseNo' },
            { title: '文书', dataIndex: 'kind' },
            { title: '用印人', dataIndex: 'actor', render: (a: string, u) => (u.automatic ? <Tag color="blue">自动用印</Tag> : a) },
          ]}
        />
      )}
    </Drawer>
  );
}
