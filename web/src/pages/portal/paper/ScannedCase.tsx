// What a scanned printout names: the case's key data, its materials, and the receipt action.
import { Alert, Button, Descriptions, List } from 'antd';
import type { ScannedApplication } from '../../../api/applicationPdf.ts';

interface Props {
  scan: ScannedApplication;
  onConfirm?: () => void;
  confirming?: boolean;
}

export function ScannedCase({ scan, onConfirm, confirming }: Props) {
  const { case: c, document: d } = scan;
  return (
    <div data-testid="scanned-case">
      {!d.current && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} data-testid="scan-outdated"
          title={`旧版本：这是第 ${d.version} 版的打印件，网上最新为第 ${d.latestVersion} 版。请申请人打印最新版本后再递交。`} />
      )}
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }}>
        <Descriptions.Item label="申请人">{c.applicantName}</Descriptions.Item>
        <Descriptions.Item label="统一社会信用代码">{c.creditCode ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="事项">{c.itemName}</Descriptions.Item>
        <Descriptions.Item label="办件编号">{c.caseNo}</Descriptions.Item>
        <Descriptions.Item label="当前环节">{c.stateLabel}</Descriptions.Item>
        <Descriptions.Item label="打印件">第 {d.version} 版，共 {d.pages} 页（扫描的是第 {d.page} 页）</Descriptions.Item>
      </Descriptions>
      <List size="small" header="已提交的申请材料" dataSource={scan.materials} style={{ marginTop: 12 }}
        renderItem={(m, i) => <List.Item>{i + 1}. {m.name}：{m.status}</List.Item>} />
      {scan.action && onConfirm && (
        <Button type="primary" style={{ marginTop: 12 }} onClick={onConfirm} loading={confirming} data-testid="confirm-paper">
          确认收到纸质材料
        </Button>
      )}
    </div>
  );
}
