// The item's materials, for information only until uploading arrives.
import { Alert, List, Tag } from 'antd';
import type { Material } from '../../../api/types.ts';

export function MaterialsNotice({ materials }: { materials: Material[] }) {
  return (
    <>
      <Alert type="info" showIcon title="材料上传功能即将上线，请先提交申请信息" style={{ marginBottom: 12 }} />
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
