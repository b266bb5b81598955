// The documents the platform issues under seal, and their Chinese names.
import { DOCUMENT_KINDS, type DocumentKind } from '../../workflow/definition.ts';

export { DOCUMENT_KINDS, type DocumentKind };

export const DOCUMENT_TITLES: Record<DocumentKind, string> = {
  acceptance_notice: '受理通知书',
  refusal_notice: '不予受理通知书',
  correction_notice: '补正材料通知书',
  project_approval: '项目立项通知',
  recognition_notice: '高新技术企业认定通知书',
  licence: '许可证',
};

/** The letter in the document number (发文字号) for each kind: 皖科审受〔2026〕3 号. */
export const DOCUMENT_NUMBER_MARK: Record<DocumentKind, string> = {
  acceptance_notice: '受',
  refusal_notice: '不受',
  correction_notice: '补',
  project_approval: '项',
  recognition_notice: '高',
  licence: '证',
};
