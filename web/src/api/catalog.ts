// Public catalogue API: fetchers and TanStack Query hooks.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ApiError, request, withQuery } from './client.ts';
import type { Facets, Guide, ItemSummary, ListParams, Page, ReformFigures } from './types.ts';

export const catalogKeys = {
  all: ['catalog'] as const,
  items: (params: ListParams) => ['catalog', 'items', params] as const,
  item: (code: string) => ['catalog', 'item', code] as const,
  facets: ['catalog', 'facets'] as const,
  reform: ['catalog', 'reform'] as const,
};

export const fetchItems = (params: ListParams, signal?: AbortSignal) =>
  request<Page<ItemSummary>>(withQuery('/api/catalog/items', params), { signal });

export const fetchGuide = (code: string, signal?: AbortSignal) =>
  request<Guide>(`/api/catalog/items/${encodeURIComponent(code)}`, { signal });

export function useItems(params: ListParams) {
  return useQuery({
    queryKey: catalogKeys.items(params),
    queryFn: ({ signal }) => fetchItems(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useGuide(code: string) {
  return useQuery({
    queryKey: catalogKeys.item(code),
    queryFn: ({ signal }) => fetchGuide(code, signal),
    // A missing item will not appear by retrying.
    retry: (count, err) => !(err instanceof ApiError && err.status === 404) && count < 2,
  });
}

export function useFacets() {
  return useQuery({
    queryKey: catalogKeys.facets,
    queryFn: ({ signal }) => request<Facets>('/api/catalog/facets', { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useReformFigures() {
  return useQuery({
    queryKey: catalogKeys.reform,
    queryFn: ({ signal }) => request<ReformFigures>('/api/catalog/reform-figures', { signal }),
    staleTime: 60_000,
  });
}
