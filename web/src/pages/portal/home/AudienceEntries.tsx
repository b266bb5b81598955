import { BankOutlined, UserOutlined } from '@ant-design/icons';
import { Col, Row } from 'antd';
import { Link } from 'react-router-dom';
import type { Facets } from '../../../api/types.ts';

/** 个人办事 / 法人办事 entry tiles. 法人 covers every non-natural-person audience code. */
export function AudienceEntries({ audiences }: { audiences: Facets['audiences'] }) {
  const count = (code: string) => audiences.find((a) => a.code === code)?.count;
  const personal = count('1');
  const legal = count('2');
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} sm={12}>
        <Link to="/items?audience=1" className="audience-entry" style={{ background: '#1557b0' }}>
          <UserOutlined />
          <span>
            <strong>个人办事</strong>
            <span className="small">面向自然人{personal !== undefined && ` · ${personal} 项`}</span>
          </span>
        </Link>
      </Col>
      <Col xs={24} sm={12}>
        <Link to="/items?audience=2" className="audience-entry" style={{ background: '#0f7a6c' }}>
          <BankOutlined />
          <span>
            <strong>法人办事</strong>
            <span className="small">面向企业法人{legal !== undefined && ` · ${legal} 项`}</span>
          </span>
        </Link>
      </Col>
    </Row>
  );
}
