import { Empty, Grid, Pagination, Skeleton, Spin } from 'antd';
import { useItems } from '../../api/catalog.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ItemResultCard } from '../../components/ItemResultCard.tsx';
import { usePageTitle } from '../../usePageTitle.ts';
import { ItemFilters } from './list/ItemFilters.tsx';
import { PAGE_SIZE, useListParams } from './list/useListParams.ts';

export function ItemListPage() {
  usePageTitle('办事事项');
  const screens = Grid.useBreakpoint();
  const list = useListParams();
  const { params } = list;
  const query = useItems({ ...params, pageSize: String(PAGE_SIZE) });
  const data = query.data;

  return (
    <>
      <h1 className="section-title">办事事项</h1>
      <ItemFilters {...list} />
      {query.error && <ErrorAlert error={query.error} title="查询失败" onRetry={() => void query.refetch()} />}
      {query.isPending && !query.error && <Skeleton active paragraph={{ rows: 6 }} />}
      {data && (
        <Spin spinning={query.isFetching && query.isPlaceholderData}>
          <div className="muted" style={{ margin: '4px 0 10px' }} aria-live="polite">
            共找到 <strong style={{ color: '#1557b0' }}>{data.total}</strong> 个事项
            {params.q && `（关键词“${params.q}”）`}
          </div>
          {data.items.length === 0 ? (
            <Empty
              style={{ background: '#fff', padding: 32, borderRadius: 6 }}
              description="没有找到符合条件的事项，请调整关键词或筛选条件"
            />
          ) : (
            data.items.map((item) => <ItemResultCard key={item.code} item={item} />)
          )}
          {data.total > data.pageSize && (
            <Pagination
              style={{ marginTop: 16, justifyContent: 'center' }}
              current={data.page}
              pageSize={data.pageSize}
              total={data.total}
              showSizeChanger={false}
              simple={!screens.sm}
              showTotal={screens.sm ? (total) => `共 ${total} 项` : undefined}
              onChange={(page) => {
                list.update({ page: page > 1 ? String(page) : undefined });
                window.scrollTo({ top: 0 });
              }}
            />
          )}
        </Spin>
      )}
    </>
  );
}
