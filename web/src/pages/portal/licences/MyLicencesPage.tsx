// 我的证照: the electronic licences of the signed-in person or the enterprise they act for.
import { DownloadOutlined, QrcodeOutlined } from '@ant-design/icons';
import { Button, Card, Empty, List, Skeleton, Space, Tag } from 'antd';
import { Link, useLocation } from 'react-router-dom';
import { licenceFileUrl, useMyLicences } from '../../../api/documents.ts';
import { useMe } from '../../../api/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { SignInRequired } from '../../../components/SignInRequired.tsx';
import { usePageTitle } from '../../../usePageTitle.ts';

const STATUS_COLOR = { valid: 'green', revoked: 'red', expired: 'orange' } as const;

export default function MyLicencesPage() {
  usePageTitle('我的证照');
  const me = useMe();
  const location = useLocation();
  const licences = useMyLicences(false);
  if (me.isPending) return <Skeleton active />;
  if (!me.data) return <SignInRequired subTitle="登录后可以查看和下载您的电子证照。" returnTo={location.pathname} />;
  return (
    <>
      <h1 className="section-title">我的证照</h1>
      {licences.isError ? (
        <ErrorAlert error={licences.error} onRetry={() => void licences.refetch()} />
      ) : licences.isPending ? (
        <Skeleton active />
      ) : licences.data.items.length === 0 ? (
        <Empty description="暂无电子证照" />
      ) : (
        <List
          grid={{ gutter: 16, xs: 1, md: 2 }}
          dataSource={licences.data.items}
          renderItem={(l) => (
            <List.Item>
              <Card
                title={l.title}
                extra={<Tag color={STATUS_COLOR[l.status]}>{l.statusLabel}</Tag>}
                actions={[
                  <Button key="dl" type="link" icon={<DownloadOutlined />} href={licenceFileUrl(l.id)} target="_blank" rel="noopener">
                    下载证照
                  </Button>,
                  <Link key="v" to={`/verify?c=${encodeURIComponent(l.code)}`}>
                    <QrcodeOutlined /> 核验
                  </Link>,
                ]}
              >
                <Space direction="vertical" size={2}>
                  <span>编号：{l.licenceNo}</span>
                  <span>持证单位：{l.holderName}</span>
                  <span>适用范围：{`${l.scope.species.join('、')}（${l.scope.grade}）`}</span>
                  <span>有效期：{l.issueDate} 至 {l.validUntil}</span>
                  {l.revokeReason && <span>注销原因：{l.revokeReason}</span>}
                </Space>
              </Card>
            </List.Item>
          )}
        />
      )}
    </>
  );
}
