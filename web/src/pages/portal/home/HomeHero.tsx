import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';

export function HomeHero({ total }: { total?: number }) {
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const search = () => {
    const kw = q.trim();
    void navigate(kw ? `/items?q=${encodeURIComponent(kw)}` : '/items');
  };
  return (
    <section className="home-hero">
      <h1>科技政务服务 一网通办</h1>
      <p>
        办事指南一站查询，材料清单一目了然
        {total !== undefined && `，现已公开 ${total} 个办事事项`}
      </p>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          search();
        }}
      >
        <Space.Compact size="large" style={{ width: '100%', maxWidth: 720 }}>
          <Input
            value={q}
            onChange={(e) => setQ(e.target.value)}
            allowClear
            maxLength={50}
            data-testid="home-search"
            aria-label="搜索办事事项"
            placeholder="搜索办事事项，如：实验动物、高新技术企业"
          />
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} className="home-search-button">
            搜索
          </Button>
        </Space.Compact>
      </form>
    </section>
  );
}
