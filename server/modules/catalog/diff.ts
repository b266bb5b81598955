// Field-by-field differences between two versions of a guide, for the admin history view.
import microdiff from 'microdiff';
import type { ItemContent } from './schema.ts';

export interface ContentChange {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

const KIND = { CREATE: 'added', REMOVE: 'removed', CHANGE: 'changed' } as const;

export function diffContents(from: ItemContent, to: ItemContent): ContentChange[] {
  return microdiff(from as unknown as Record<string, unknown>, to as unknown as Record<string, unknown>).map((d) => {
    const change: ContentChange = { path: d.path.join('.'), kind: KIND[d.type] };
    if (d.type !== 'CREATE') change.before = d.oldValue;
    if (d.type !== 'REMOVE') change.after = d.value;
    return change;
  });
}
