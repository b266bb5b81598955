import { Col, Row, Skeleton } from 'antd';
import { Link } from 'react-router-dom';
import { useFacets } from '../../api/catalog.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { usePageTitle } from '../../usePageTitle.ts';
import { AudienceEntries } from './home/AudienceEntries.tsx';
import { CategoryCards } from './home/CategoryCards.tsx';
import { HighFrequencyList } from './home/HighFrequencyList.tsx';
import { HomeHero } from './home/HomeHero.tsx';
import { ReformStrip } from './home/ReformStrip.tsx';

export function HomePage() {
  usePageTitle();
  const facets = useFacets();
  const f = facets.data;
  return (
    <>
      <HomeHero total={f?.total} />
      {facets.error && <ErrorAlert error={facets.error} onRetry={() => void facets.refetch()} />}
      <Row gutter={[20, 20]}>
        <Col xs={24} lg={15}>
          <h2 className="section-title">按事项类型</h2>
          {f ? (
            <CategoryCards
              categories={f.types.map((t) => ({ key: t.code, name: t.name, count: t.count, to: `/items?type=${t.code}` }))}
            />
          ) : (
            <Skeleton active />
          )}
          <h2 className="section-title" style={{ marginTop: 24 }}>
            按主题
          </h2>
          {f ? (
            <CategoryCards
              categories={f.themes.map((t) => ({
                key: t.name,
                name: t.name,
                count: t.count,
                to: `/items?theme=${encodeURIComponent(t.name)}`,
              }))}
            />
          ) : (
            <Skeleton active />
          )}
          <h2 className="section-title" style={{ marginTop: 24 }}>
            按服务对象
          </h2>
          <AudienceEntries audiences={f?.audiences ?? []} />
        </Col>
        <Col xs={24} lg={9}>
          <h2 className="section-title" style={{ display: 'flex', justifyContent: 'space-between' }}>
            <span>高频事项</span>
            <Link to="/items?highFrequency=true" style={{ fontSize: 14, fontWeight: 400 }}>
              更多 ›
            </Link>
          </h2>
          <HighFrequencyList />
        </Col>
      </Row>
      <ReformStrip />
    </>
  );
}
