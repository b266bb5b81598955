// Form control for a staff member's roles: a checkbox per role, and for each granted role
// an optional data scope (offices, regions and service points as tags; items from the catalogue).
import { Checkbox, Select, Typography } from 'antd';
import { STAFF_ROLES } from '../../../../../server/modules/identity/roles.ts';
import type { RoleGrant, RoleScope, StaffRole } from '../../../api/staff.ts';
import { roleLabel } from '../../../identityLabels.ts';
import { SCOPE_AXES, type ScopeAxis } from './scope.ts';

interface Props {
  value?: RoleGrant[];
  onChange?: (value: RoleGrant[]) => void;
  itemOptions: { value: string; label: string }[];
  itemsLoading?: boolean;
}

function ScopeEditor({ role, scope, onChange, itemOptions, itemsLoading }: {
  role: StaffRole;
  scope: RoleScope;
  onChange: (scope: RoleScope) => void;
  itemOptions: Props['itemOptions'];
  itemsLoading?: boolean;
}) {
  const set = (key: ScopeAxis, values: string[]) => onChange({ ...scope, [key]: values });
  return (
    <div className="staff-scope" data-testid={`scope-${role}`}>
      <Typography.Text type="secondary" className="small">
        数据范围（留空表示不限）
      </Typography.Text>
      <div className="staff-scope-grid">
        {SCOPE_AXES.map(({ key, label, placeholder }) => (
          <div key={key} className="staff-scope-axis">
            <span className="staff-scope-label">{label}</span>
            <Select<string[]>
              mode={key === 'items' ? 'multiple' : 'tags'}
              data-testid={`scope-${role}-${key}`}
              aria-label={`${roleLabel(role)}的${label}范围`}
              value={scope[key] ?? []}
              onChange={(v) => set(key, v)}
              placeholder={placeholder}
              options={key === 'items' ? itemOptions : []}
              loading={key === 'items' && itemsLoading}
              optionFilterProp="label"
              tokenSeparators={key === 'items' ? undefined : [',', '，', '、']}
              notFoundContent={key === 'items' ? undefined : null}
              allowClear
              style={{ width: '100%' }}
            />
          </div>
        ))}
      </div>
    </div>
  );
}

export function RolesField({ value = [], onChange, itemOptions, itemsLoading }: Props) {
  const granted = new Map(value.map((g) => [g.role, g]));
  const emit = (next: Map<StaffRole, RoleGrant>) =>
    onChange?.(STAFF_ROLES.filter((r) => next.has(r)).map((r) => next.get(r) as RoleGrant));

  const toggle = (role: StaffRole, on: boolean) => {
    const next = new Map(granted);
    if (on) next.set(role, granted.get(role) ?? { role, scope: {} });
    else next.delete(role);
    emit(next);
  };
  const setScope = (role: StaffRole, scope: RoleScope) => emit(new Map(granted).set(role, { role, scope }));

  return (
    <div className="staff-roles">
      {STAFF_ROLES.map((role) => {
        const grant = granted.get(role);
        return (
          <div key={role} className="staff-role">
            <Checkbox checked={!!grant} onChange={(e) => toggle(role, e.target.checked)} data-testid={`role-${role}`}>
              {roleLabel(role)}
            </Checkbox>
            {grant && (
              <ScopeEditor
                role={role}
                scope={grant.scope}
                onChange={(s) => setScope(role, s)}
                itemOptions={itemOptions}
                itemsLoading={itemsLoading}
              />
            )}
          </div>
        );
      })}
    </div>
  );
}
