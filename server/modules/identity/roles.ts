// Staff roles and their Chinese names, and the shape of a role's data scope.
// No imports: the web app uses these too.

export const STAFF_ROLES = [
  'item_manager',
  'expert',
  'decision_maker',
  'window_clerk',
  'service_point_clerk',
  'receiving_unit_clerk',
  'supervisor',
  'admin',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  item_manager: '事项管理人',
  expert: '专家',
  decision_maker: '审批负责人',
  window_clerk: '窗口人员',
  service_point_clerk: '受理点人员',
  receiving_unit_clerk: '材料代收单位人员',
  supervisor: '督办人员',
  admin: '系统管理员',
};

/**
 * What a role's holder may see: offices (处室), regions (行政区划代码), service points
 * (受理点) and items (实施编码). An empty or missing list means no limit on that axis;
 * experts additionally see only cases assigned to them (enforced by the cases module).
 */
export interface RoleScope {
  offices?: string[];
  regions?: string[];
  servicePoints?: string[];
  items?: string[];
}
