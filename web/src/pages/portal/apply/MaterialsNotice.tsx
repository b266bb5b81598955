// The item's materials before applying: what to prepare; they are uploaded on the case page once the case exists.
import { Alert, List, Tag } from 'antd';
import type { Material } from '../../../api/types.ts';

export function MaterialsNotice({ materials }: { materials: Material[] }) {
  return (
    <>
      <Alert type="info" showIcon title="提交申请后，在办件页面上传材料；也可复用以往办件中的材料、签署告知承诺或申请容缺受理" style={{ marginBottom: 12 }} />
      <List
        size="small"
        bordered
        data-testid="apply-materials"
        dataSource={materials}
        locale={{ emptyText: '本事项无需提交申请材料' }}
        renderItem={(m, i) => (
          <List.Item>
            <span>
              {i + 1}. {m.name} {m.required ? <Tag color="red">必要</Tag> : <Tag>非必要</Tag>}
              {m.requiredNote && <span className="muted small">{m.requiredNote}</span>}
            </span>
          </List.Item>
        )}
      />
    </>
  );
}
