import { useEffect } from 'react';

const SITE = '科政通 · 科技政务服务一网通办';

/** Sets document.title to "<page> - 科政通 · …" while the page is shown. */
export function usePageTitle(page?: string) {
  useEffect(() => {
    document.title = page ? `${page} - ${SITE}` : SITE;
  }, [page]);
}
