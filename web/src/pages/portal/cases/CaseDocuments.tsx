// The sealed documents of a case (受理通知书, 许可证 …): download for the applicant (送达), and
// for staff the documents still to be sealed by hand.
import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Empty, List, Skeleton, Space, Tag } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../../api/client.ts';
import { DOCUMENT_ISSUERS, documentFileUrl, useCaseDocuments, useDocumentsToIssue, useIssueDocument, type DocumentKind } from '../../../api/documents.ts';
import { useMe } from '../../../api/session.ts';
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

/** How long after the case moves on (on this page) to look for a document sealed by the system. */
const WATCH_MS = 30_000;

export function CaseDocuments({ caseId, staff, version }: { caseId: string; staff: boolean; version: number }) {
  // 自动用印 runs in a worker a few seconds after the step: when the case moves on while the page
  // is open, look again for a while, so the sealed document shows without a reload.
  const [watchUntil, setWatchUntil] = useState(0);
  const seenVersion = useRef(version);
  useEffect(() => {
    if (version !== seenVersion.current) setWatchUntil(Date.now() + WATCH_MS);
    seenVersion.current = version;
  }, [version]);
  const docs = useCaseDocuments(caseId, true, watchUntil);
  const issue = useIssueDocument(caseId);
  // Staff who may seal are offered the documents of steps taken that the system does not seal by itself.
  const me = useMe();
  const mayIssue = staff && (me.data?.roles ?? []).some((r) => DOCUMENT_ISSUERS.includes(r));
  const toIssue = useDocumentsToIssue(caseId, mayIssue);
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
                <Button key="dl" type="link" icon={<DownloadOutlined />} href={documentFileUrl(caseId, d.id)} data-testid="sealed-document-download">
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
      {mayIssue && (toIssue.data?.kinds.length ?? 0) > 0 && (
        <Space wrap style={{ marginTop: 8 }} data-testid="documents-to-issue">
          {toIssue.data!.kinds.map((k) => (
            <Button key={k} size="small" onClick={() => seal(k)} loading={issue.isPending && issue.variables === k}>
              出具{KIND_LABELS[k]}
            </Button>
          ))}
        </Space>
      )}
    </>
  );
}
