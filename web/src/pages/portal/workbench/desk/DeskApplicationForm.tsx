// The application form part of the window desk. Swappable: it renders the applicant's own
// form (ApplyForm) with the desk's submission; the per-item dynamic form replaces it later.
import type { ReactNode } from 'react';
import type { Case } from '../../../../api/cases.ts';
import { ApplyForm } from '../../apply/ApplyForm.tsx';

export interface DeskFormProps {
  itemCode: string;
  applicantInfo: ReactNode;
  contactName: string;
  submit: (form: Record<string, unknown>, idempotencyKey: string) => Promise<Case>;
  onSubmitted: (c: Case) => void;
}

export function DeskApplicationForm({ itemCode, applicantInfo, contactName, submit, onSubmitted }: DeskFormProps) {
  return <ApplyForm itemCode={itemCode} onBehalf={{ applicantInfo, contactName, submit: (f, key) => submit({ ...f }, key), onSubmitted }} />;
}
