// Chinese labels for the signed-in person: subject types, staff roles, enterprise roles; user agents.
import type { SubjectType } from './api/session.ts';

export const SUBJECT_TYPE_LABEL: Record<SubjectType, string> = {
  natural: '个人',
  legal: '法人',
  staff: '工作人员',
};

export const SUBJECT_TYPE_COLOR: Record<SubjectType, string> = {
  natural: 'blue',
  legal: 'purple',
  staff: 'gold',
};

export const STAFF_ROLE_LABEL: Record<string, string> = {
  item_manager: '事项管理人',
  expert: '专家',
  decision_maker: '审批负责人',
  window_clerk: '窗口人员',
  service_point_clerk: '受理点人员',
  receiving_unit_clerk: '材料代收单位人员',
  supervisor: '督办人员',
  admin: '系统管理员',
};

export const roleLabel = (role: string) => STAFF_ROLE_LABEL[role] ?? role;

export const ENTERPRISE_ROLE_LABEL: Record<string, string> = {
  legal_representative: '法定代表人',
  handler: '经办人',
};

const BROWSERS: [RegExp, string][] = [
  [/MicroMessenger\/([\d]+)/, '微信'],
  [/Edg(?:e|A|iOS)?\/([\d]+)/, 'Edge'],
  [/(?:OPR|Opera)\/([\d]+)/, 'Opera'],
  [/Firefox\/([\d]+)/, 'Firefox'],
  [/(?:HeadlessChrome|Chrome|CriOS)\/([\d]+)/, 'Chrome'],
  [/Version\/([\d]+).*Safari/, 'Safari'],
];

const SYSTEMS: [RegExp, string][] = [
  [/Windows/, 'Windows'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/HarmonyOS|OpenHarmony/, '鸿蒙'],
  [/Android/, 'Android'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Linux/, 'Linux'],
];

/** "Chrome 130 · Windows" from a full user-agent string; unknown ones are cut short. */
export function shortUserAgent(ua: string | null | undefined): string {
  if (!ua) return '未知';
  const browser = BROWSERS.map(([re, name]) => {
    const m = re.exec(ua);
    return m ? `${name} ${m[1]}` : null;
  }).find(Boolean);
  const system = SYSTEMS.find(([re]) => re.test(ua))?.[1];
  if (!browser && !system) return ua.length > 40 ? `${ua.slice(0, 40)}…` : ua;
  return [browser ?? '其他浏览器', system].filter(Boolean).join(' · ');
}
