// Which material of a guide a blank-form page belongs to: the one whose templateUrl is the page's path.
import type { Guide, Material } from '../../../api/types.ts';

export interface TemplateMaterial {
  material: Material;
  /** 材料编码 of the material (guide.materialCodes at the same index). */
  materialCode: string | undefined;
}

const trimSlash = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

/** The material whose templateUrl equals the pathname (trailing slashes ignored), or null. */
export function findTemplateMaterial(guide: Guide, pathname: string): TemplateMaterial | null {
  const target = trimSlash(pathname);
  const index = guide.materials.findIndex((m) => m.templateUrl !== undefined && trimSlash(m.templateUrl) === target);
  const material = guide.materials[index];
  return material ? { material, materialCode: guide.materialCodes[index] } : null;
}
