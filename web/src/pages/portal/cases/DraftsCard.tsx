// 草稿 in 我的办件: applications saved but not submitted, with 继续填写 and 删除.
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Card, List, Popconfirm, Space, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useDeleteDraft, useMyDrafts } from '../../../api/applicationForms.ts';
import { errorMessage } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../../format.ts';

export function DraftsCard({ scope }: { scope: string }) {
  const drafts = useMyDrafts(scope, true);
  const remove = useDeleteDraft();
  const { message } = App.useApp();
  const items = drafts.data?.items ?? [];
  if (drafts.isError) return <ErrorAlert error={drafts.error} onRetry={() => void drafts.refetch()} />;
  if (items.length === 0) return null;
  return (
    <Card className="guide-section" size="small" title={`草稿（${items.length}）`} data-testid="my-drafts">
      <List
        size="small"
        dataSource={items}
        renderItem={(d) => (
          <List.Item
            data-testid="draft-row"
            actions={[
              <Link key="go" to={`/items/${encodeURIComponent(d.itemCode)}/apply`}>
                <Button size="small" type="primary" icon={<EditOutlined />} data-testid="draft-continue">继续填写</Button>
              </Link>,
              <Popconfirm
                key="rm"
                title="删除这份草稿？"
                description="删除后已填写的内容不能恢复。"
                okText="删除"
                okButtonProps={{ danger: true }}
                cancelText="取消"
                onConfirm={() => remove.mutateAsync(d.itemCode).then(() => void message.success('草稿已删除'), (err: unknown) => void message.error(errorMessage(err)))}
              >
                <Button size="small" danger icon={<DeleteOutlined />} data-testid="draft-delete">删除</Button>
              </Popconfirm>,
            ]}
          >
            <Space wrap>
              <Tag>草稿</Tag>
              <span>{d.itemName}</span>
              <span className="muted small">保存于 {formatDateTime(d.updatedAt)}</span>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
