import { Input } from 'antd';
import { useNavigate } from 'react-router-dom';

export function HomeHero({ total }: { total?: number }) {
  const navigate = useNavigate();
  return (
    <section className="home-hero">
      <h1>科技政务服务 一网通办</h1>
      <p>
        办事指南一站查询，材料清单一目了然
        {total !== undefined && `，现已公开 ${total} 个办事事项`}
      </p>
      <Input.Search
        size="large"
        enterButton="搜索"
        allowClear
        data-testid="home-search"
        aria-label="搜索办事事项"
        placeholder="搜索办事事项，如：实验动物、高新技术企业"
        onSearch={(value) => {
          const q = value.trim();
          void navigate(q ? `/items?q=${encodeURIComponent(q)}` : '/items');
        }}
      />
    </section>
  );
}
