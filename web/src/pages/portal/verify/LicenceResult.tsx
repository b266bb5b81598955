// What a verification found: the licence's current status and data.
import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Card, Descriptions, Result, Tag } from 'antd';
import type { VerifyResult } from '../../../api/documents.ts';

const LOOK = {
  valid: { status: 'success' as const, icon: <CheckCircleFilled />, color: 'green' },
  revoked: { status: 'error' as const, icon: <CloseCircleFilled />, color: 'red' },
  expired: { status: 'warning' as const, icon: <ExclamationCircleFilled />, color: 'orange' },
};

export function LicenceResult({ r }: { r: VerifyResult }) {
  const l = r.licence;
  const look = LOOK[l.status];
  const title = l.status === 'valid' ? '证照有效' : l.status === 'revoked' ? '证照已注销' : '证照已过期';
  const sub =
    r.method === 'signed_code'
      ? '二维码中的证照数据经发证机关 SM2 签名校验，真实未被篡改；以下为证照库中的当前状态。'
      : '按许可证编号查询证照库的当前状态。';
  return (
    <Card data-testid="verify-result">
      <Result status={look.status} icon={look.icon} title={title} subTitle={sub} style={{ padding: '8px 0 16px' }} />
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="证照名称">{l.title}</Descriptions.Item>
        <Descriptions.Item label="许可证编号">{l.licenceNo}</Descriptions.Item>
        <Descriptions.Item label="状态">
          <Tag color={look.color} data-testid="verify-status">{l.statusLabel}</Tag>
        </Descriptions.Item>
        {l.status === 'revoked' && <Descriptions.Item label="注销原因">{l.revokeReason}</Descriptions.Item>}
        <Descriptions.Item label="持证单位">{l.holderName}</Descriptions.Item>
        <Descriptions.Item label={l.holderCodeType === '001' ? '统一社会信用代码' : '公民身份号码'}>{l.holderCode}</Descriptions.Item>
        <Descriptions.Item label="适用范围">{`${l.scope.species.join('、')}（${l.scope.grade}）`}</Descriptions.Item>
        <Descriptions.Item label="设施地址">{l.scope.facilityAddress}</Descriptions.Item>
        <Descriptions.Item label="发证日期">{l.issueDate}</Descriptions.Item>
        <Descriptions.Item label="有效期至">{l.validUntil}</Descriptions.Item>
        <Descriptions.Item label="发证机关">{l.issuer}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
