import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ListParams } from '../../../api/types.ts';

const KEYS = ['q', 'type', 'theme', 'audience', 'visits', 'onlineDepth', 'highFrequency', 'page'] as const;
export type FilterKey = (typeof KEYS)[number];

export const PAGE_SIZE = 20;

/** The item list's filters, kept in the URL query so results can be shared and bookmarked. */
export function useListParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => {
    const p: ListParams = {};
    for (const key of KEYS) {
      const value = search.get(key);
      if (value) p[key] = value;
    }
    return p;
  }, [search]);

  /** Sets (or with undefined, removes) filters; any filter change goes back to page 1. */
  const update = (changes: Partial<Record<FilterKey, string | undefined>>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, value);
    }
    if (!('page' in changes)) next.delete('page');
    setSearch(next);
  };

  const reset = () => setSearch(new URLSearchParams());
  const hasFilters = KEYS.some((k) => k !== 'page' && params[k] !== undefined);
  return { params, update, reset, hasFilters };
}
