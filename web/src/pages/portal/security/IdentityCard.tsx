// Who I am: name, masked ID number, subject type, the enterprise I act for or my staff office and roles.
import { Card, Descriptions, Space, Tag, type DescriptionsProps } from 'antd';
import type { Me } from '../../../api/session.ts';
import { ENTERPRISE_ROLE_LABEL, roleLabel, SUBJECT_TYPE_COLOR, SUBJECT_TYPE_LABEL } from '../../../identityLabels.ts';

export function IdentityCard({ me }: { me: Me }) {
  const items: NonNullable<DescriptionsProps['items']> = [
    { key: 'name', label: '姓名', children: me.name },
    { key: 'id', label: '身份证号', children: me.idNumberMasked || '—' },
    {
      key: 'type',
      label: '主体类型',
      children: <Tag color={SUBJECT_TYPE_COLOR[me.subjectType]}>{SUBJECT_TYPE_LABEL[me.subjectType]}</Tag>,
    },
  ];
  if (me.subjectType === 'legal') {
    items.push(
      {
        key: 'enterprise',
        label: '当前单位',
        children: me.enterprise ? (
          <span>
            {me.enterprise.name}
            <span className="muted small">（{me.enterprise.creditCode}）</span>
          </span>
        ) : (
          '未选择'
        ),
      },
      {
        key: 'enterprises',
        label: '可代表的单位',
        children: (
          <Space orientation="vertical" size={2}>
            {me.enterprises.map((e) => (
              <span key={e.creditCode}>
                {e.name} <Tag>{ENTERPRISE_ROLE_LABEL[e.role] ?? e.role}</Tag>
              </span>
            ))}
          </Space>
        ),
      },
    );
  }
  if (me.staff) {
    items.push(
      { key: 'staffNo', label: '工号', children: me.staff.staffNo },
      { key: 'office', label: '所在处室', children: me.staff.office },
    );
  }
  if (me.roles.length > 0) {
    items.push({
      key: 'roles',
      label: '角色',
      children: (
        <Space size={[4, 4]} wrap>
          {me.roles.map((r) => (
            <Tag key={r} color="geekblue">
              {roleLabel(r)}
            </Tag>
          ))}
        </Space>
      ),
    });
  }
  return (
    <Card title="我的身份" className="guide-section security-card" data-testid="identity-card">
      <Descriptions
        column={{ xs: 1, sm: 1, md: 2 }}
        bordered
        size="small"
        items={items}
        styles={{ label: { whiteSpace: 'nowrap' } }}
      />
    </Card>
  );
}
