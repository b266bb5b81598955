import type { ReactNode } from 'react';
import { ApplicationFormSection } from './sections/ApplicationFormSection.tsx';
import { BasicSection } from './sections/BasicSection.tsx';
import { ChannelSection } from './sections/ChannelSection.tsx';
import { ContactSection } from './sections/ContactSection.tsx';
import { FaqSection } from './sections/FaqSection.tsx';
import { LegalSection } from './sections/LegalSection.tsx';
import { LimitsSection } from './sections/LimitsSection.tsx';
import { MaterialsSection } from './sections/MaterialsSection.tsx';
import { ProcessSection } from './sections/ProcessSection.tsx';

export interface EditorTab {
  key: string;
  label: string;
  /** Top-level ItemContent fields edited on this tab (to place validation issues). */
  fields: string[];
  render: (isNew: boolean) => ReactNode;
}

export const EDITOR_TABS: EditorTab[] = [
  {
    key: 'basic',
    label: '基本信息',
    fields: ['code', 'basicCode', 'name', 'type', 'powerSource', 'caseType', 'level', 'audiences', 'department', 'office', 'shortDescription'],
    render: (isNew) => <BasicSection isNew={isNew} />,
  },
  {
    key: 'limits',
    label: '时限与收费',
    fields: ['statutoryLimit', 'statutoryDays', 'promisedDays', 'promisedNote', 'fee'],
    render: () => <LimitsSection />,
  },
  {
    key: 'channel',
    label: '办理方式',
    fields: ['visits', 'onlineDepth', 'onlineUrls', 'highFrequency', 'themes', 'effectiveDate'],
    render: () => <ChannelSection />,
  },
  { key: 'legal', label: '依据与条件', fields: ['legalBasis', 'conditions'], render: () => <LegalSection /> },
  { key: 'materials', label: '申请材料', fields: ['materials'], render: () => <MaterialsSection /> },
  {
    key: 'process',
    label: '流程与结果',
    fields: ['process', 'specialProcedures', 'result'],
    render: () => <ProcessSection />,
  },
  { key: 'contact', label: '窗口与咨询投诉', fields: ['windows', 'consultation', 'complaint'], render: () => <ContactSection /> },
  { key: 'faq', label: '常见问题', fields: ['faq'], render: () => <FaqSection /> },
  { key: 'form', label: '申请表', fields: ['applicationForm', 'applicationFormJson'], render: () => <ApplicationFormSection /> },
];

export const tabOfField = (field: string | number | undefined) =>
  EDITOR_TABS.find((t) => t.fields.includes(String(field)))?.key ?? 'basic';
