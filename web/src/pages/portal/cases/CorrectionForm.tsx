// 补正: the applicant edits the application (the item version's form, with the answers as
// submitted) and resubmits it together with the step; the server checks it like a submission.
import { SendOutlined } from '@ant-design/icons';
import { App } from 'antd';
import { useState } from 'react';
import { fieldsOf, isLockedSource, type ApplicationFormDef, type FormProblem, type FormValues } from '../../../../../server/modules/catalog/application-form.ts';
import { maskIdCard } from '../../../../../server/lib/mask.ts';
import { formProblemsOf } from '../../../api/applicationForms.ts';
import { useCaseAction, type Case } from '../../../api/cases.ts';
import { errorMessage } from '../../../api/client.ts';
import { DynamicForm } from '../apply/DynamicForm.tsx';

export function CorrectionForm({ c, definition, onDone }: { c: Case; definition: ApplicationFormDef; onDone: () => void }) {
  const act = useCaseAction();
  const { message } = App.useApp();
  const [problems, setProblems] = useState<FormProblem[] | null>(null);
  // Who the applicant is stays as submitted (the server keeps it too).
  const lockedFields = fieldsOf(definition).filter((f) => isLockedSource(f.prefill) && c.form[f.key] !== undefined);
  const locked = Object.fromEntries(lockedFields.map((f) => [f.key, f.type === 'idNumber' ? maskIdCard(String(c.form[f.key])) : String(c.form[f.key])]));
  const initial = Object.fromEntries(Object.entries(c.form).filter(([k]) => !(k in locked)));

  const onSubmit = (form: FormValues) => {
    setProblems(null);
    act.mutate(
      { id: c.id, action: 'resubmit', expectedVersion: c.version, form },
      {
        onSuccess: (next) => {
          void message.success(`已提交补正，办件当前状态：${next.stateLabel}`);
          onDone();
        },
        onError: (err) => {
          setProblems(formProblemsOf(err));
          void message.error(errorMessage(err));
        },
      },
    );
  };

  return (
    <DynamicForm
      testId="correction-form"
      definition={definition}
      initialValues={initial as FormValues}
      locked={locked}
      onSubmit={onSubmit}
      serverProblems={problems}
      submitting={act.isPending}
      submitLabel="提交补正"
      submitIcon={<SendOutlined />}
    />
  );
}
