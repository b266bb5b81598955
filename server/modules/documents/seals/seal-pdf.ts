// Puts a seal on a PDF being built with pdf-lib: draws the seal's appearance (vector page or
// PNG) at the given place, adds the signature field over it and signs the bytes (CMS,
// adbe.pkcs7.detached). The result opens as a signed document in every PDF viewer.
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SUBFILTER_ADOBE_PKCS7_DETACHED } from '@signpdf/utils';
import type { PDFDocument, PDFPage } from 'pdf-lib';
import type { SealCredentials } from './certificate.ts';
import { signPlaceholderPdf } from './pdf-signer.ts';

export interface SealAppearance {
  type: 'png' | 'pdf';
  bytes: Uint8Array;
}

export interface SealPlacement {
  page: PDFPage;
  /** Centre of the seal and its diameter, in points. */
  cx: number;
  cy: number;
  size: number;
}

// Room for the CMS signature (certificate chain included); the placeholder is hex, twice this.
const SIGNATURE_BYTES = 12_000;

export async function drawSealAppearance(doc: PDFDocument, at: SealPlacement, look: SealAppearance): Promise<void> {
  const { page, cx, cy, size } = at;
  if (look.type === 'png') {
    const img = await doc.embedPng(look.bytes);
    const scale = size / Math.max(img.width, img.height);
    page.drawImage(img, { x: cx - (img.width * scale) / 2, y: cy - (img.height * scale) / 2, width: img.width * scale, height: img.height * scale, opacity: 0.92 });
  } else {
    const [embedded] = await doc.embedPdf(look.bytes, [0]);
    page.drawPage(embedded!, { x: cx - size / 2, y: cy - size / 2, width: size, height: size, opacity: 0.92 });
  }
}

export async function sealAndSign(
  doc: PDFDocument,
  at: SealPlacement,
  look: SealAppearance,
  creds: SealCredentials,
  info: { signerName: string; reason: string; signingTime: Date },
): Promise<Buffer> {
  await drawSealAppearance(doc, at, look);
  const half = at.size / 2;
  pdflibAddPlaceholder({
    pdfDoc: doc,
    pdfPage: at.page,
    // PDF text strings here are written as Latin-1 by the placeholder library: keep them ASCII.
    reason: info.reason,
    contactInfo: '',
    name: info.signerName,
    location: 'CN',
    signingTime: info.signingTime,
    signatureLength: SIGNATURE_BYTES,
    subFilter: SUBFILTER_ADOBE_PKCS7_DETACHED,
    widgetRect: [at.cx - half, at.cy - half, at.cx + half, at.cy + half],
    appName: 'KeZhengTong',
  });
  const unsigned = Buffer.from(await doc.save({ useObjectStreams: false }));
  return signPlaceholderPdf(unsigned, creds, info.signingTime);
}
