// The sealed documents of a case (受理通知书, 许可证 …): download for the applicant (送达), and
// for staff the documents still to be sealed by hand.
import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Empty, List, Skeleton, Space, Tag } from 'antd';
import { errorMessage } from '../../../api/client.ts';
import { documentFileUrl, useCaseDocuments, useIssueDocument, type DocumentKind } from '../../../api/documents.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../../format.ts';

const KIND_LABELS: Record<DocumentKind, string> = {
  acceptance_notice: '受理通知书',
  refusal_notice: '不予受理通知书',
  correction_notice: '补正材料通知书',
  project_approval: '项目立项通知',
  recognition_notice: '高新技术企业认定通知书',
  licence: '许可证',
};

/** Kinds a staff member may seal by hand here (steps whose workflow does not seal automatically). */
const MANUAL_KINDS: DocumentKind[] = ['refusal_notice', 'correction_notice'];

export function CaseDocuments({ caseId, staff }: { caseId: string; staff: boolean }) {
  const docs = useCaseDocuments(caseId, true);
  const issue = useIssueDocument(caseId);
  const { message } = App.useApp();
  if (docs.isError) return <ErrorAlert error={docs.error} onRetry={() => void docs.refetch()} />;
  if (docs.isPending) return <Skeleton active paragraph={{ rows: 2 }} />;
  const seal = (kind: DocumentKind) =>
    issue.mutate(kind, { onSuccess: () => void message.success('已盖章并送达申请人'), onError: (err) => void message.error(errorMessage(err)) });
  return (
    <>
      {docs.data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无文书" />
      ) : (
        <List
          data-testid="sealed-documents"
          dataSource={docs.data}
          renderItem={(d) => (
            <List.Item
              data-testid="sealed-document"
              actions={[
                <Button key="dl" type="link" icon={<DownloadOutlined />} href={documentFileUrl(caseId, d.id)} target="_blank" rel="noopener" data-testid="sealed-document-download">
                  下载
                </Button>,
              ]}
            >
              <List.Item.Meta
                avatar={<SafetyCertificateOutlined style={{ color: '#c4161c', fontSize: 22 }} />}
                title={
                  <Space>
                    {d.title}
                    <Tag color="red">电子签章</Tag>
                    {d.automatic && <Tag>自动用印</Tag>}
                  </Space>
                }
                description={`送达 ${formatDateTime(d.deliveredAt)}${d.firstDownloadedAt ? ` · 申请人已下载 ${formatDateTime(d.firstDownloadedAt)}` : ' · 申请人尚未下载'}`}
              />
            </List.Item>
          )}
        />
      )}
      {staff && (
        <Space wrap style={{ marginTop: 8 }}>
          {MANUAL_KINDS.map((k) => (
            <Button key={k} size="small" onClick={() => seal(k)} loading={issue.isPending && issue.variables === k}>
              出具{KIND_LABELS[k]}
            </Button>
          ))}
        </Space>
      )}
    </>
  );
}
