import { Empty, Skeleton } from 'antd';
import { useItems } from '../../../api/catalog.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { ItemResultCard } from '../../../components/ItemResultCard.tsx';

export function HighFrequencyList() {
  const { data, error, isPending } = useItems({ highFrequency: 'true', pageSize: '8' });
  if (error) return <ErrorAlert error={error} />;
  if (isPending) return <Skeleton active />;
  if (data.items.length === 0) return <Empty description="暂无高频事项" />;
  return (
    <div>
      {data.items.map((item) => (
        <ItemResultCard key={item.code} item={item} />
      ))}
    </div>
  );
}
