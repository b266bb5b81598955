// Bookmarks (the PDF outline): pdf-lib has no API for them, so the dictionaries are
// written directly. One flat level is enough for an application (form, then each material).
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFRef } from 'pdf-lib';

export interface OutlineEntry {
  title: string;
  /** Zero-based index of the page the bookmark opens. */
  pageIndex: number;
}

export function setOutline(doc: PDFDocument, entries: OutlineEntry[]): void {
  if (entries.length === 0) return;
  const { context } = doc;
  const pages = doc.getPages();
  const root = context.nextRef();
  const refs: PDFRef[] = entries.map(() => context.nextRef());
  entries.forEach((e, i) => {
    const page = pages[Math.min(Math.max(e.pageIndex, 0), pages.length - 1)]!;
    const item = context.obj({
      Title: PDFHexString.fromText(e.title),
      Parent: root,
      Dest: [page.ref, 'Fit'],
      ...(i > 0 ? { Prev: refs[i - 1]! } : {}),
      ...(i < refs.length - 1 ? { Next: refs[i + 1]! } : {}),
    });
    context.assign(refs[i]!, item);
  });
  context.assign(root, context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs.at(-1)!, Count: refs.length }));
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** The outline's titles and page indexes, read back (for tests and checks). */
export function readOutline(doc: PDFDocument): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (!root) return out;
  const pageRefs = doc.getPages().map((p) => p.ref.toString());
  let item = root.lookupMaybe(PDFName.of('First'), PDFDict);
  while (item) {
    const title = item.lookup(PDFName.of('Title'));
    const dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray);
    out.push({
      title: title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : String(title),
      pageIndex: dest ? pageRefs.indexOf(dest.get(0).toString()) : -1,
    });
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
  }
  return out;
}
