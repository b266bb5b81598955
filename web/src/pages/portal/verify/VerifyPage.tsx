// 证照核验 (public, no login): scan the licence's QR code with the camera, pick a photo of it,
// or type the licence number (a USB scanner types the code into the same field).
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Card, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../../api/client.ts';
import { verifyLicence } from '../../../api/documents.ts';
import { usePageTitle } from '../../../usePageTitle.ts';
import { LicenceResult } from './LicenceResult.tsx';
import { QrScanner } from '../../../components/QrScanner.tsx';

export default function VerifyPage() {
  usePageTitle('电子证照核验');
  const [params] = useSearchParams();
  const [value, setValue] = useState('');
  const check = useMutation({ mutationFn: verifyLicence });
  const run = (code: string) => {
    const c = code.trim();
    if (c) check.mutate(c);
  };
  // A phone camera opening the QR's URL (…/verify?c=KZTL1…) checks it at once.
  const fromUrl = params.get('c');
  useEffect(() => {
    if (fromUrl) run(fromUrl);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fromUrl]);

  return (
    <div style={{ maxWidth: 720, margin: '0 auto' }}>
      <h1 className="section-title">
        <SafetyCertificateOutlined /> 电子证照核验
      </h1>
      <Typography.Paragraph type="secondary">
        扫描许可证上的二维码，或输入许可证编号（如 SYXK（皖）2026-0001），查询证照的真伪和当前状态。二维码中的证照数据由发证机关以 SM2
        国密算法签名，也可以用公布的公钥离线核验（<a href="/api/licences/public-keys" target="_blank" rel="noopener">发证机关公钥</a>）。
      </Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input.Search
            data-testid="verify-input"
            placeholder="输入许可证编号，或用扫码枪扫描二维码"
            enterButton="核验"
            size="large"
            allowClear
            value={value}
            onChange={(e) => setValue(e.target.value)}
            onSearch={run}
            loading={check.isPending}
            maxLength={2000}
          />
          <QrScanner
            onCode={(text) => {
              setValue(text);
              run(text);
            }}
          />
        </Space>
      </Card>
      {check.isError && <Alert type="error" showIcon data-testid="verify-error" title={errorMessage(check.error)} style={{ marginBottom: 16 }} />}
      {check.data && !check.isPending && <LicenceResult r={check.data} />}
    </div>
  );
}
