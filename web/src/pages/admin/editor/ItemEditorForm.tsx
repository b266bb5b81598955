import { SaveOutlined } from '@ant-design/icons';
import { App, Badge, Button, Card, Form, Space, Tabs } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { itemContentSchema } from '../../../../../server/modules/catalog/schema.ts';
import { useItemMutations, type DraftBase } from '../../../api/admin.ts';
import { ApiError } from '../../../api/client.ts';
import type { AdminItem } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { EDITOR_TABS, tabOfField } from './editorTabs.tsx';
import { valuesToContent, type EditorValues } from './formModel.ts';
import { IssueSummary } from './IssueSummary.tsx';
import { issuesToFields, serverIssues, toEditorIssues, type EditorIssue, type FieldPath } from './zodIssues.ts';

interface Props {
  /** Item code when editing; undefined creates a new item. */
  code?: string;
  initialValues: Partial<EditorValues>;
  /** The draft being edited (version and revision), sent back to detect conflicting saves. */
  base?: DraftBase;
  onSaved: (item: AdminItem) => void;
  onCancel: () => void;
  onReload?: () => void;
}

/** The guide editor: validates with itemContentSchema, then creates the item or saves its draft. */
export function ItemEditorForm({ code, initialValues, base, onSaved, onCancel, onReload }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const { create, saveDraft } = useItemMutations();
  const [activeTab, setActiveTab] = useState('basic');
  const [issues, setIssues] = useState<EditorIssue[]>([]);
  const [serverError, setServerError] = useState<unknown>(null);
  const [dirty, setDirty] = useState(false);
  const errorPaths = useRef<FieldPath[]>([]);
  const isNew = code === undefined;
  const saving = create.isPending || saveDraft.isPending;

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const pick = (issue: EditorIssue) => {
    setActiveTab(tabOfField(issue.path[0]));
    setTimeout(() => form.scrollToField(issue.path, { behavior: 'smooth', block: 'center', focus: true }), 50);
  };

  /** Marks fields with their issues (clearing earlier ones) and lists them above the form. */
  const showIssues = (found: EditorIssue[]) => {
    form.setFields(errorPaths.current.map((name) => ({ name, errors: [] })));
    const fields = issuesToFields(found);
    form.setFields(fields);
    errorPaths.current = fields.map((f) => f.name);
    setIssues(found);
    if (found[0]) setActiveTab(tabOfField(found[0].path[0]));
  };

  const save = async () => {
    setServerError(null);
    const parsed = itemContentSchema.safeParse(valuesToContent(form.getFieldsValue(true) as Partial<EditorValues>));
    if (!parsed.success) {
      const found = toEditorIssues(parsed.error);
      showIssues(found);
      message.error(`有 ${found.length} 处填写有误，请按提示修改`);
      return;
    }
    showIssues([]);
    try {
      const item = isNew
        ? await create.mutateAsync(parsed.data)
        : await saveDraft.mutateAsync({ code, content: parsed.data, base });
      setDirty(false);
      message.success(isNew ? '事项已创建（草稿）' : '草稿已保存');
      onSaved(item);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'VALIDATION_FAILED') showIssues(serverIssues(err.details));
      setServerError(err);
      window.scrollTo({ top: 0, behavior: 'smooth' });
    }
  };

  const conflict = serverError instanceof ApiError && serverError.code === 'VERSION_CONFLICT';
  const issueCount = (fields: string[]) => issues.filter((i) => fields.includes(String(i.path[0]))).length;

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initialValues}
      scrollToFirstError
      onValuesChange={(changed: Partial<EditorValues>, all: EditorValues) => {
        setDirty(true);
        // A limit given in working days is its own working-day equivalent.
        if (changed.statutoryLimit && all.statutoryLimit?.unit === '1' && all.statutoryLimit.value) {
          form.setFieldValue('statutoryDays', Math.ceil(all.statutoryLimit.value));
        }
      }}
    >
      {serverError !== null && (
        <ErrorAlert
          error={serverError}
          title={conflict ? '保存失败：草稿已被他人修改' : '保存失败'}
          action={
            conflict && onReload ? (
              <Button size="small" onClick={onReload}>
                重新加载最新草稿
              </Button>
            ) : undefined
          }
        />
      )}
      <IssueSummary issues={issues} onPick={pick} />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={activeTab}
          onChange={setActiveTab}
          items={EDITOR_TABS.map((tab) => ({
            key: tab.key,
            forceRender: true,
            label: (
              <Badge count={issueCount(tab.fields)} size="small" offset={[8, -2]}>
                {tab.label}
              </Badge>
            ),
            children: tab.render(isNew),
          }))}
        />
      </Card>
      <div
        style={{
          position: 'sticky',
          bottom: 0,
          zIndex: 10,
          background: '#fff',
          borderTop: '1px solid #e5e9f0',
          padding: '12px 16px',
          marginTop: 16,
        }}
      >
        <Space wrap>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            loading={saving}
            onClick={() => void save()}
            data-testid="editor-save"
          >
            {isNew ? '创建事项（保存为草稿）' : '保存草稿'}
          </Button>
          <Button onClick={onCancel}>取消</Button>
          {dirty && <span className="muted small">有未保存的修改</span>}
        </Space>
      </div>
    </Form>
  );
}
