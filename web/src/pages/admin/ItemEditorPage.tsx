import { Alert, Breadcrumb, Skeleton, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useAdminItem } from '../../api/admin.ts';
import type { AdminItem } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { usePageTitle } from '../../usePageTitle.ts';
import { contentToValues, emptyValues } from './editor/formModel.ts';
import { ItemEditorForm } from './editor/ItemEditorForm.tsx';

const detailUrl = (code: string) => `/admin/items/${encodeURIComponent(code)}`;

/** /admin/items/new and /admin/items/:code/edit (loads the draft if any, else the published content). */
export default function ItemEditorPage() {
  const code = useParams().code;
  const isNew = code === undefined;
  usePageTitle(isNew ? '新建事项' : '编辑事项');
  const navigate = useNavigate();
  const item = useAdminItem(code, true);
  // The editor works on a snapshot: background refetches must not reset what is being typed.
  const [snapshot, setSnapshot] = useState<{ data: AdminItem; n: number } | null>(null);
  useEffect(() => {
    if (item.data && item.isFetchedAfterMount && !snapshot) setSnapshot({ data: item.data, n: 0 });
  }, [item.data, item.isFetchedAfterMount, snapshot]);
  const data = snapshot?.data;
  const source = data ? (data.draft ?? data.published) : null;
  const initialValues = useMemo(() => (source ? contentToValues(source) : emptyValues()), [source]);
  const reload = async () => {
    const fresh = await item.refetch();
    if (fresh.data) setSnapshot((s) => ({ data: fresh.data, n: (s?.n ?? 0) + 1 }));
  };

  const header = (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/admin/items">事项管理</Link> },
          ...(code ? [{ title: <Link to={detailUrl(code)}>{data?.name ?? code}</Link> }] : []),
          { title: isNew ? '新建事项' : '编辑' },
        ]}
      />
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {isNew ? '新建事项' : `编辑：${data?.name ?? ''}`}
      </Typography.Title>
    </>
  );

  if (!isNew && item.error && !data) {
    return (
      <>
        {header}
        <ErrorAlert error={item.error} onRetry={() => void item.refetch()} />
      </>
    );
  }
  if (!isNew && !data) {
    return (
      <>
        {header}
        <Skeleton active paragraph={{ rows: 10 }} />
      </>
    );
  }
  if (!isNew && !source) {
    return (
      <>
        {header}
        <Alert type="warning" showIcon title="该事项没有可编辑的内容" />
      </>
    );
  }

  return (
    <>
      {header}
      {!isNew && data && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            data.draft
              ? `正在编辑草稿（第 ${data.draftVersion} 版），保存后需发布才会对外公开`
              : `当前无草稿：保存后将以现行版本（第 ${data.publishedVersion} 版）为基础创建新的草稿版本`
          }
        />
      )}
      <ItemEditorForm
        key={snapshot ? `${snapshot.data.code}:${snapshot.n}` : 'new'}
        code={code}
        initialValues={initialValues}
        base={
          data?.draft && data.draftVersion !== null
            ? { version: data.draftVersion, revision: data.draftRevision }
            : undefined
        }
        onSaved={(saved) => void navigate(detailUrl(saved.code))}
        onCancel={() => void navigate(code ? detailUrl(code) : '/admin/items')}
        onReload={() => void reload()}
      />
    </>
  );
}
