// The application form part of the window desk: the item's own dynamic form (the same
// definition and checks as online), submitted by the clerk on the applicant's behalf.
import { SendOutlined } from '@ant-design/icons';
import { App, Card, Skeleton } from 'antd';
import { useState, type ReactNode } from 'react';
import { applicationFormOf } from '../../../../../../server/modules/catalog/forms/default.ts';
import { formProblemsOf, type FormProblem, type FormValues } from '../../../../api/applicationForms.ts';
import { useGuide } from '../../../../api/catalog.ts';
import { newIdempotencyKey, type Case } from '../../../../api/cases.ts';
import { errorMessage } from '../../../../api/client.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { DynamicForm } from '../../apply/DynamicForm.tsx';

export interface DeskFormProps {
  itemCode: string;
  applicantInfo: ReactNode;
  contactName: string;
  submit: (form: Record<string, unknown>, idempotencyKey: string) => Promise<Case>;
  onSubmitted: (c: Case) => void;
}

export function DeskApplicationForm({ itemCode, applicantInfo, contactName, submit, onSubmitted }: DeskFormProps) {
  const guide = useGuide(itemCode);
  const { message } = App.useApp();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [pending, setPending] = useState(false);
  const [problems, setProblems] = useState<FormProblem[] | null>(null);
  if (guide.isPending) return <Skeleton active />;
  if (guide.error) return <ErrorAlert error={guide.error} onRetry={() => void guide.refetch()} />;
  const onSubmit = (values: FormValues) => {
    setPending(true);
    setProblems(null);
    submit(values, idempotencyKey)
      .then(onSubmitted, (err: unknown) => {
        setProblems(formProblemsOf(err));
        void message.error(errorMessage(err));
      })
      .finally(() => setPending(false));
  };
  return (
    <Card title="申请表（代办）" className="guide-section" size="small" data-testid="apply-form">
      {applicantInfo}
      <DynamicForm
        definition={applicationFormOf(guide.data)}
        initialValues={contactName ? { contactName } : undefined}
        onSubmit={onSubmit}
        serverProblems={problems}
        submitting={pending}
        submitIcon={<SendOutlined />}
        submitLabel="代为提交申请"
      />
    </Card>
  );
}
