// The application form of an item that has not defined its own: contact details and what is
// applied for. Pure data (the web app uses it too).
import type { ApplicationFormDef } from '../application-form.ts';
import { contactName, contactPhone } from './fields.ts';

export const DEFAULT_APPLICATION_FORM: ApplicationFormDef = {
  sections: [
    {
      title: '联系信息',
      fields: [
        contactName,
        contactPhone,
        { key: 'address', label: '通讯地址', type: 'address', required: true, prefill: 'enterprise.address', maxLength: 200 },
      ],
    },
    {
      title: '申请内容',
      fields: [{ key: 'description', label: '申请事项说明', type: 'textarea', required: true, maxLength: 2000, placeholder: '请说明申请的具体内容、理由等' }],
    },
  ],
};

/** The form an item version asks for. */
export const applicationFormOf = (item: { applicationForm?: ApplicationFormDef }): ApplicationFormDef => item.applicationForm ?? DEFAULT_APPLICATION_FORM;
