// Loads the demo catalogue (a provincial S&T department's real service items) at start.
import type { CatalogService } from '../service.ts';
import { demoItems } from './demo-items.ts';

export const SEED_ACTOR = { id: 'system:seed' };

/** Returns how many items were added; 0 when they were all there already. */
export async function seedDemoCatalog(catalog: CatalogService): Promise<number> {
  return catalog.importPublished(SEED_ACTOR, demoItems);
}
