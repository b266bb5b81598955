// The case's stamped application PDF: "生成中" while the worker builds it, then a download button;
// while the case is open, what to do with the printout; once concluded, a copy for the records.
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, List, Space, Tag } from 'antd';
import { documentFileUrl, useCaseDocuments } from '../../../api/applicationPdf.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';

export function ApplicationPdfCard({ caseId, concluded }: { caseId: string; concluded: boolean }) {
  const docs = useCaseDocuments(caseId);
  const items = docs.data?.items ?? [];
  if (!docs.isError && items.length === 0) return null;
  return (
    <Card className="guide-section" size="small" title={concluded ? '申请材料文件' : '申请材料文件（打印后递交纸质材料）'}>
      {docs.isError && <ErrorAlert error={docs.error} onRetry={() => void docs.refetch()} />}
      {!concluded && items.some((d) => d.current && d.status === 'ready') && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="paper-instructions"
          title="请下载打印标有“最新”的版本，按办事指南签字盖章后递交纸质材料（窗口或受理点扫描每页页脚的二维码核对，无需另行填表）。"
        />
      )}
    <List
      size="small"
      data-testid="application-pdfs"
      dataSource={items}
      renderItem={(d) => (
        <List.Item
          actions={[
            d.status === 'ready' ? (
              <Button key="dl" type={d.current && !concluded ? 'primary' : 'default'} size="small" icon={<DownloadOutlined />} href={documentFileUrl(caseId, d.version)} data-testid={`document-download-${d.version}`}>
                {concluded ? '下载' : '下载打印'}
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
