// Plain-text renderings of guide fields shared by the guide and print pages.
import type { ItemContent } from '../../../api/types.ts';
import { codeLabel } from '../../../labels.ts';

export function statutoryText(c: ItemContent): string {
  if (!c.statutoryLimit) return '无法定时限';
  const { value, unit } = c.statutoryLimit;
  const days = c.statutoryDays !== null && unit !== '1' ? `（折合 ${c.statutoryDays} 个工作日）` : '';
  const counted = unit === '1' || unit === '2' || unit === '5' ? ' 个' : ' ';
  return `${value}${counted}${codeLabel('limitUnit', unit)}${days}`;
}

export function feeText(c: ItemContent): string {
  if (!c.fee.charged) return '不收费';
  return c.fee.items.map((i) => `${i.name}：${i.standard}`).join('；') || '收费';
}
