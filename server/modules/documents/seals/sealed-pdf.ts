// The whole sealed document, pure: lay out the notice or licence, draw the seal, sign (CMS).
// Runs in the PDF worker thread (see ../pdf-worker), so neither the layout with its font
// subsetting nor the signature ever holds up the thread that answers requests.
import type { SealCredentials } from './certificate.ts';
import { sealAndSign, type SealAppearance } from './seal-pdf.ts';
import type { NoticeContent } from '../templates/notices.ts';
import { renderLicence, type LicenceView } from '../templates/render-licence.ts';
import { renderNotice } from '../templates/render-notice.ts';

export interface SealRequest {
  document: { kind: 'notice'; content: NoticeContent } | { kind: 'licence'; view: LicenceView };
  look: SealAppearance;
  creds: SealCredentials;
  info: { signerName: string; reason: string; signingTime: Date };
}

export async function buildSealedPdf(req: SealRequest): Promise<Uint8Array> {
  const spot = req.document.kind === 'licence' ? await renderLicence(req.document.view) : await renderNotice(req.document.content);
  // Structured cloning (into the worker) turns Buffers into plain Uint8Arrays.
  const creds = { keyDer: Buffer.from(req.creds.keyDer), certPem: req.creds.certPem };
  return sealAndSign(spot.doc, spot.at, req.look, creds, req.info);
}
