// Online application of one item: its own form (一表申请: filled from the identity and earlier
// cases), a draft saved as the applicant types (and by 保存草稿) and resumed on return, and one
// idempotency key per form instance (reused on retries and double clicks).
import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Skeleton } from 'antd';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ApplicationFormDef } from '../../../../../server/modules/catalog/application-form.ts';
import { formProblemsOf, useDeleteDraft, useDraft, usePrefill, useSaveDraft, type FormProblem, type FormValues } from '../../../api/applicationForms.ts';
import { newIdempotencyKey, useSubmitCase } from '../../../api/cases.ts';
import { errorMessage } from '../../../api/client.ts';
import type { Me } from '../../../api/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../../format.ts';
import { ApplicantInfo } from './ApplicantInfo.tsx';
import { DynamicForm } from './DynamicForm.tsx';

/** Autosave waits this long after the last change. */
const AUTOSAVE_MS = 1500;

interface Props {
  me: Me;
  itemCode: string;
  definition: ApplicationFormDef;
  /** Shown between the form and its buttons (e.g. the materials). */
  children?: ReactNode;
}

export function ApplyForm({ me, itemCode, definition, children }: Props) {
  const scope = me.enterprise?.creditCode ?? 'self';
  const prefill = usePrefill(itemCode, scope, true);
  const draft = useDraft(itemCode, scope, true);
  const saveDraft = useSaveDraft(itemCode);
  const deleteDraft = useDeleteDraft();
  const submit = useSubmitCase();
  const [form] = Form.useForm<FormValues>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [problems, setProblems] = useState<FormProblem[] | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [discarded, setDiscarded] = useState(false);
  const pending = useRef<FormValues | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const navigate = useNavigate();
  const { message } = App.useApp();

  const restored = !discarded ? draft.data : null;
  // Prefill first, the draft's answers over it (what the applicant typed wins).
  const initial = useMemo(() => ({ ...(prefill.data?.values ?? {}), ...(restored?.form ?? {}) }), [prefill.data, restored]);

  const flush = (values: FormValues | null, onDone?: () => void) => {
    clearTimeout(timer.current);
    if (!values) return;
    pending.current = null;
    saveDraft.mutate(values, {
      onSuccess: (d) => {
        setSavedAt(d.updatedAt);
        onDone?.();
      },
      onError: (err) => void message.error(`草稿未能保存：${errorMessage(err)}`),
    });
  };
  const onChange = (values: FormValues) => {
    pending.current = values;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => flush(pending.current), AUTOSAVE_MS);
  };
  useEffect(() => () => clearTimeout(timer.current), []);

  if (prefill.isPending || draft.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (prefill.error) return <ErrorAlert error={prefill.error} onRetry={() => void prefill.refetch()} />;
  if (draft.error) return <ErrorAlert error={draft.error} onRetry={() => void draft.refetch()} />;

  const onSubmit = (values: FormValues) => {
    clearTimeout(timer.current); // the submission removes the draft; a late autosave would bring it back
    pending.current = null;
    setProblems(null);
    submit.mutate(
      { itemCode, form: values, idempotencyKey },
      {
        onSuccess: (c) => {
          void message.success(`申请已提交，办件编号：${c.caseNo}`);
          void navigate(`/me/cases/${encodeURIComponent(c.id)}`);
        },
        onError: (err) => {
          setProblems(formProblemsOf(err));
          void message.error(errorMessage(err));
        },
      },
    );
  };

  const discard = () =>
    deleteDraft.mutate(itemCode, {
      onSuccess: () => {
        setDiscarded(true);
        setSavedAt(null);
        setFormKey((k) => k + 1);
        void message.success('草稿已删除，已恢复为预填内容');
      },
      onError: (err) => void message.error(errorMessage(err)),
    });

  return (
    <>
      <ApplicantInfo me={me} />
      {restored && (
        <Alert
          type="success"
          showIcon
          data-testid="draft-restored"
          style={{ marginBottom: 12 }}
          title={`已恢复您于 ${formatDateTime(restored.updatedAt)} 保存的草稿，可继续填写`}
          action={<Button size="small" danger onClick={discard} loading={deleteDraft.isPending}>删除草稿</Button>}
        />
      )}
      <DynamicForm
        key={formKey}
        definition={definition}
        initialValues={initial}
        locked={prefill.data?.locked}
        sources={prefill.data?.sources}
        onSubmit={onSubmit}
        onChange={onChange}
        serverProblems={problems}
        submitting={submit.isPending}
        submitIcon={<SendOutlined />}
        form={form}
        actions={
          <Button size="large" icon={<SaveOutlined />} loading={saveDraft.isPending} data-testid="save-draft"
            onClick={() => flush(form.getFieldsValue(true) as FormValues, () => void message.success('草稿已保存'))}>
            保存草稿
          </Button>
        }
      >
        {children}
      </DynamicForm>
      <p className="muted small" style={{ textAlign: 'center' }} data-testid="draft-status">
        {savedAt ? `草稿已于 ${formatDateTime(savedAt)} 自动保存` : '填写内容会自动保存为草稿'}
      </p>
    </>
  );
}
