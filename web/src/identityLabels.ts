// Chinese labels for the signed-in person: subject types, staff roles, enterprise roles; user agents.
import { STAFF_ROLE_LABELS } from '../../server/modules/identity/roles.ts';
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

/** Staff role names come from the server's roles.ts (browser-safe), so both sides agree. */
export const STAFF_ROLE_LABEL: Readonly<Record<string, string>> = STAFF_ROLE_LABELS;

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
