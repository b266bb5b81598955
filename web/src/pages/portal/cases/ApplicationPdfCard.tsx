// The case's stamped application PDF: "生成中" while the worker builds it, then a download button.
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, List, Space, Tag } from 'antd';
import { documentFileUrl, useCaseDocuments } from '../../../api/applicationPdf.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';

export function ApplicationPdfCard({ caseId }: { caseId: string }) {
  const docs = useCaseDocuments(caseId);
  const items = docs.data?.items ?? [];
  if (!docs.isError && items.length === 0) return null;
  return (
    <Card className="guide-section" size="small" title="申请材料文件（打印后递交纸质材料）">
      {docs.isError && <ErrorAlert error={docs.error} onRetry={() => void docs.refetch()} />}
    <List
      size="small"
      data-testid="application-pdfs"
      dataSource={items}
      renderItem={(d) => (
        <List.Item
          actions={[
            d.status === 'ready' ? (
              <Button key="dl" type={d.current ? 'primary' : 'default'} size="small" icon={<DownloadOutlined />} href={documentFileUrl(caseId, d.version)} data-testid={`document-download-${d.version}`}>
                下载打印
              </Button>
            ) : d.status === 'failed' ? (
              <Tag key="s" color="error">生成失败，请联系工作人员</Tag>
            ) : (
              <Tag key="s" color="processing" data-testid="document-building">生成中</Tag>
            ),
          ]}
        >
          <Space wrap>
            <span>申请材料（加注“{d.watermark}”{d.qr ? '及二维码' : ''}）第 {d.version} 版</span>
            {d.current ? <Tag color="green">最新</Tag> : <Tag>旧版本，请勿打印</Tag>}
            {d.pages !== null && <span className="muted">共 {d.pages} 页</span>}
          </Space>
        </List.Item>
      )}
    />
    </Card>
  );
}
