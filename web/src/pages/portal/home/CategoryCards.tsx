import { Card, Col, Row } from 'antd';
import { useNavigate } from 'react-router-dom';

export interface Category {
  key: string;
  name: string;
  count: number;
  to: string;
}

/** A grid of clickable category cards with item counts. */
export function CategoryCards({ categories }: { categories: Category[] }) {
  const navigate = useNavigate();
  return (
    <Row gutter={[12, 12]}>
      {categories.map((c) => (
        <Col key={c.key} xs={12} sm={8} md={6} lg={4}>
          <Card
            size="small"
            className="category-card"
            role="link"
            tabIndex={0}
            onClick={() => void navigate(c.to)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void navigate(c.to);
            }}
          >
            <div style={{ fontWeight: 500 }}>{c.name}</div>
            <div>
              <span className="count">{c.count}</span> <span className="muted small">项</span>
            </div>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
