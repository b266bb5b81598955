// Admin catalogue API (Bearer token): fetchers, query hooks and mutations.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request, withQuery } from './client.ts';
import type {
  AdminItem,
  AdminItemRow,
  AdminListParams,
  DiffResponse,
  ItemContent,
  Page,
  VersionContent,
} from './types.ts';

const base = '/api/admin/catalog/items';
const itemPath = (code: string) => `${base}/${encodeURIComponent(code)}`;

export const adminKeys = {
  all: ['admin'] as const,
  items: (params: AdminListParams) => ['admin', 'items', params] as const,
  item: (code: string) => ['admin', 'item', code] as const,
  version: (code: string, version: number) => ['admin', 'version', code, version] as const,
  diff: (code: string, from: number, to: number) => ['admin', 'diff', code, from, to] as const,
};

export const fetchAdminItems = (params: AdminListParams, signal?: AbortSignal) =>
  request<Page<AdminItemRow>>(withQuery(base, { ...params }), { admin: true, signal });

export function useAdminItems(params: AdminListParams) {
  return useQuery({
    queryKey: adminKeys.items(params),
    queryFn: ({ signal }) => fetchAdminItems(params, signal),
    placeholderData: keepPreviousData,
  });
}

/** One item; `fresh` refetches on mount even if cached (the editor needs the current draft version). */
export function useAdminItem(code: string | undefined, fresh = false) {
  return useQuery({
    queryKey: adminKeys.item(code ?? ''),
    queryFn: ({ signal }) => request<AdminItem>(itemPath(code ?? ''), { admin: true, signal }),
    enabled: !!code,
    refetchOnMount: fresh ? 'always' : true,
  });
}

export function useVersionContent(code: string, version: number | null) {
  return useQuery({
    queryKey: adminKeys.version(code, version ?? 0),
    queryFn: ({ signal }) =>
      request<VersionContent>(`${itemPath(code)}/versions/${version}`, { admin: true, signal }),
    enabled: version !== null,
  });
}

export function useVersionDiff(code: string, pair: { from: number; to: number } | null) {
  return useQuery({
    queryKey: adminKeys.diff(code, pair?.from ?? 0, pair?.to ?? 0),
    queryFn: ({ signal }) =>
      request<DiffResponse>(withQuery(`${itemPath(code)}/diff`, pair ?? {}), { admin: true, signal }),
    enabled: pair !== null,
  });
}

/** The draft an editor started from; omitted when editing the published content (a new draft is made). */
export interface DraftBase {
  version: number;
  revision: number | null;
}

/** Mutations on one item; each refreshes the admin and public caches on success. */
export function useItemMutations() {
  const qc = useQueryClient();
  const onSuccess = (item: AdminItem) => {
    qc.setQueryData(adminKeys.item(item.code), item);
    void qc.invalidateQueries({ queryKey: adminKeys.all });
    void qc.invalidateQueries({ queryKey: ['catalog'] });
  };
  const create = useMutation({
    mutationFn: (content: ItemContent) =>
      request<AdminItem>(base, { method: 'POST', body: { content }, admin: true }),
    onSuccess,
  });
  const saveDraft = useMutation({
    mutationFn: ({ code, content, base }: { code: string; content: ItemContent; base?: DraftBase }) =>
      request<AdminItem>(`${itemPath(code)}/draft`, {
        method: 'PUT',
        body: { content, baseVersion: base?.version, baseRevision: base?.revision ?? undefined },
        admin: true,
      }),
    onSuccess,
  });
  const discardDraft = useMutation({
    mutationFn: (code: string) => request<AdminItem>(`${itemPath(code)}/draft`, { method: 'DELETE', admin: true }),
    onSuccess,
  });
  const publish = useMutation({
    mutationFn: ({ code, version }: { code: string; version: number }) =>
      request<AdminItem>(`${itemPath(code)}/publish`, { method: 'POST', body: { version }, admin: true }),
    onSuccess,
  });
  const retire = useMutation({
    mutationFn: ({ code, reason }: { code: string; reason: string }) =>
      request<AdminItem>(`${itemPath(code)}/retire`, { method: 'POST', body: { reason }, admin: true }),
    onSuccess,
  });
  return { create, saveDraft, discardDraft, publish, retire };
}

/** Checks a token by making one cheap admin call with it. */
export const verifyToken = () => fetchAdminItems({ page: 1, pageSize: 1 });
