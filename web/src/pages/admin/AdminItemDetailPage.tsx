import { Breadcrumb, Card, Descriptions, Skeleton, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useAdminItem } from '../../api/admin.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ItemStatusTag } from '../../components/ItemTags.tsx';
import { formatDateTime } from '../../format.ts';
import { usePageTitle } from '../../usePageTitle.ts';
import { HistoryTimeline } from './detail/HistoryTimeline.tsx';
import { ItemActions } from './detail/ItemActions.tsx';
import { VersionDiff } from './detail/VersionDiff.tsx';
import { VersionHistory } from './detail/VersionHistory.tsx';

/** One item in the admin console: status, actions, versions, diff and audit trail. */
export default function AdminItemDetailPage() {
  const code = useParams().code ?? '';
  const { data: item, error, isPending, refetch } = useAdminItem(code);
  usePageTitle(item?.name ?? '事项详情');

  const breadcrumb = (
    <Breadcrumb
      style={{ marginBottom: 8 }}
      items={[{ title: <Link to="/admin/items">事项管理</Link> }, { title: item?.name ?? code }]}
    />
  );
  if (error && !item) {
    return (
      <>
        {breadcrumb}
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  if (isPending) return <Skeleton active paragraph={{ rows: 10 }} />;

  return (
    <>
      {breadcrumb}
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {item.name} <ItemStatusTag status={item.status} />
      </Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 4 }}
          items={[
            { key: 'code', label: '实施编码', children: <Typography.Text copyable>{item.code}</Typography.Text> },
            {
              key: 'published',
              label: '现行版本',
              children: item.publishedVersion ? `第 ${item.publishedVersion} 版` : '未发布',
            },
            { key: 'draft', label: '草稿', children: item.draftVersion ? `第 ${item.draftVersion} 版` : '无' },
            { key: 'updatedAt', label: '更新时间', children: formatDateTime(item.updatedAt) },
          ]}
        />
        <div style={{ marginTop: 12 }}>
          <ItemActions item={item} />
        </div>
      </Card>
      <Card title="版本历史" style={{ marginBottom: 16 }} styles={{ body: { padding: 0 } }}>
        <VersionHistory code={item.code} versions={item.versions} />
      </Card>
      <Card title="版本对比" style={{ marginBottom: 16 }}>
        <VersionDiff key={item.versions.length} code={item.code} versions={item.versions} />
      </Card>
      <Card title="操作记录">
        <HistoryTimeline history={item.history} />
      </Card>
    </>
  );
}
