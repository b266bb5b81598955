import { describe, it, expect } from 'vitest';
import { itemContentSchema } from '../schema.ts';
import { THEMES } from './common.ts';
import { demoItems } from './demo-items.ts';

const REQUIRED_NAMES = [
  '实验动物生产许可证核发',
  '实验动物使用许可证核发',
  '高新技术企业认定',
  '科技计划项目立项',
  '企业研究开发项目费用税前加计扣除鉴定',
  '省级科技企业孵化器认定',
  '国际科技合作基地认定',
  '软科学研究计划项目',
  '省级重点实验室认定',
  '科技保险补助',
  '大型科学仪器设备共享共用补助',
  '自然科学基金项目',
  '院士工作站备案',
  '科学技术奖初审',
  '科技成果登记',
];

const duplicates = (values: string[]): string[] => values.filter((v, i) => values.indexOf(v) !== i);

describe('demo catalogue items', () => {
  it('has at least 15 items', () => {
    expect(demoItems.length).toBeGreaterThanOrEqual(15);
  });

  it.each(demoItems.map((item) => [item.name, item] as const))('%s satisfies itemContentSchema', (_name, item) => {
    const result = itemContentSchema.safeParse(item);
    const issues = result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    expect(issues).toEqual([]);
  });

  it('has unique codes, basic codes and names', () => {
    expect(duplicates(demoItems.map((i) => i.code))).toEqual([]);
    expect(duplicates(demoItems.map((i) => i.basicCode))).toEqual([]);
    expect(duplicates(demoItems.map((i) => i.name))).toEqual([]);
  });

  it('contains every required item by its exact name', () => {
    const names = new Set(demoItems.map((i) => i.name));
    expect(REQUIRED_NAMES.filter((n) => !names.has(n))).toEqual([]);
  });

  it('uses only the catalogue themes', () => {
    const allowed = new Set<string>(THEMES);
    const unknown = demoItems.flatMap((i) => i.themes.filter((t) => !allowed.has(t)).map((t) => `${i.name}: ${t}`));
    expect(unknown).toEqual([]);
  });

  it('points every template and sample at its own item', () => {
    const stray = demoItems.flatMap((i) =>
      i.materials
        .flatMap((m) => [m.templateUrl, m.sampleUrl])
        .filter((url): url is string => url !== undefined && !url.startsWith(`/items/${i.code}/templates/`))
        .map((url) => `${i.name}: ${url}`),
    );
    expect(stray).toEqual([]);
  });
});
