import { Button, Col, Input, Row, Select, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useFacets } from '../../../api/catalog.ts';
import type { ListParams } from '../../../api/types.ts';
import { codeOptions } from '../../../labels.ts';
import type { FilterKey } from './useListParams.ts';

interface Props {
  params: ListParams;
  update: (changes: Partial<Record<FilterKey, string | undefined>>) => void;
  reset: () => void;
  hasFilters: boolean;
}

/** Keyword, category and quick-toggle filters of the item list. */
export function ItemFilters({ params, update, reset, hasFilters }: Props) {
  const facets = useFacets().data;
  const [keyword, setKeyword] = useState(params.q ?? '');
  useEffect(() => setKeyword(params.q ?? ''), [params.q]);

  const count = (n: number | undefined) => (n === undefined ? '' : `（${n}）`);
  const typeOptions = (facets?.types ?? []).map((t) => ({ value: t.code, label: `${t.name}${count(t.count)}` }));
  const themeOptions = (facets?.themes ?? []).map((t) => ({ value: t.name, label: `${t.name}${count(t.count)}` }));
  const audienceOptions = codeOptions('audience').map((o) => ({
    value: o.value,
    label: `${o.label}${count(facets?.audiences.find((a) => a.code === o.value)?.count)}`,
  }));

  const toggle = (key: FilterKey, on: string) => (checked: boolean) => update({ [key]: checked ? on : undefined });

  return (
    <div className="filter-panel">
      <Input.Search
        value={keyword}
        onChange={(e) => setKeyword(e.target.value)}
        onSearch={(v) => update({ q: v.trim() || undefined })}
        placeholder="输入事项名称或关键词"
        enterButton="搜索"
        allowClear
        aria-label="关键词"
        style={{ marginBottom: 12 }}
      />
      <Row gutter={[12, 12]}>
        <Col xs={24} sm={8}>
          <Select
            style={{ width: '100%' }}
            placeholder="事项类型"
            allowClear
            value={params.type}
            options={typeOptions}
            onChange={(v?: string) => update({ type: v })}
            aria-label="事项类型"
          />
        </Col>
        <Col xs={24} sm={8}>
          <Select
            style={{ width: '100%' }}
            placeholder="主题"
            allowClear
            value={params.theme}
            options={themeOptions}
            onChange={(v?: string) => update({ theme: v })}
            aria-label="主题"
          />
        </Col>
        <Col xs={24} sm={8}>
          <Select
            style={{ width: '100%' }}
            placeholder="服务对象"
            allowClear
            value={params.audience}
            options={audienceOptions}
            onChange={(v?: string) => update({ audience: v })}
            aria-label="服务对象"
          />
        </Col>
      </Row>
      <Space wrap style={{ marginTop: 12 }}>
        <span className="muted">快速筛选：</span>
        <Tag.CheckableTag checked={params.visits === '0'} onChange={toggle('visits', '0')}>
          一次不用跑
        </Tag.CheckableTag>
        <Tag.CheckableTag checked={params.onlineDepth === '4'} onChange={toggle('onlineDepth', '4')}>
          全程网办
        </Tag.CheckableTag>
        <Tag.CheckableTag checked={params.highFrequency === 'true'} onChange={toggle('highFrequency', 'true')}>
          高频事项
        </Tag.CheckableTag>
        {hasFilters && (
          <Button type="link" size="small" onClick={reset}>
            清除全部条件
          </Button>
        )}
      </Space>
    </div>
  );
}
