// 申请人信息 of the application (一表申请): taken from the signed-in identity, not editable.
import { Descriptions } from 'antd';
import type { Me } from '../../../api/session.ts';

export function ApplicantInfo({ me }: { me: Me }) {
  const items =
    me.subjectType === 'legal' && me.enterprise
      ? [
          { key: 'org', label: '申请单位', children: me.enterprise.name },
          { key: 'code', label: '统一社会信用代码', children: me.enterprise.creditCode },
          { key: 'handler', label: '经办人', children: me.name },
        ]
      : [
          { key: 'name', label: '申请人', children: me.name },
          { key: 'id', label: '证件号码', children: me.idNumberMasked },
        ];
  return (
    <Descriptions
      data-testid="applicant-info"
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      items={items}
      style={{ marginBottom: 16 }}
    />
  );
}
