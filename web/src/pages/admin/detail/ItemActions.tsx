import { DeleteOutlined, EditOutlined, ExportOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useItemMutations } from '../../../api/admin.ts';
import { errorMessage } from '../../../api/client.ts';
import type { AdminItem } from '../../../api/types.ts';
import { RetireModal } from './RetireModal.tsx';

/** 编辑 / 发布草稿 / 放弃草稿 / 停用事项 for one item. */
export function ItemActions({ item }: { item: AdminItem }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { publish, discardDraft, retire } = useItemMutations();
  const [retireOpen, setRetireOpen] = useState(false);
  const draft = item.draftVersion;
  const fail = (err: unknown) => message.error(errorMessage(err));

  return (
    <Space wrap>
      <Button
        type="primary"
        icon={<EditOutlined />}
        onClick={() => void navigate(`/admin/items/${encodeURIComponent(item.code)}/edit`)}
      >
        {draft ? '编辑草稿' : '编辑'}
      </Button>
      <Popconfirm
        title="发布草稿"
        description={`确认发布第 ${draft ?? ''} 版？发布后将替换门户上的现行版本。`}
        okText="确认发布"
        cancelText="取消"
        disabled={!draft}
        onConfirm={() =>
          publish
            .mutateAsync({ code: item.code, version: draft ?? 0 })
            .then(() => void message.success(`第 ${draft} 版已发布`), fail)
        }
      >
        <Button icon={<SendOutlined />} disabled={!draft} loading={publish.isPending} data-testid="publish-draft">
          发布草稿
        </Button>
      </Popconfirm>
      <Popconfirm
        title="放弃草稿"
        description="草稿中的修改将被丢弃，且不可恢复。"
        okText="放弃草稿"
        okButtonProps={{ danger: true }}
        cancelText="取消"
        disabled={!draft}
        onConfirm={() =>
          discardDraft.mutateAsync(item.code).then(() => void message.success('草稿已放弃'), fail)
        }
      >
        <Button icon={<DeleteOutlined />} disabled={!draft} loading={discardDraft.isPending}>
          放弃草稿
        </Button>
      </Popconfirm>
      <Button danger icon={<StopOutlined />} disabled={item.status === 'retired'} onClick={() => setRetireOpen(true)}>
        停用事项
      </Button>
      {item.status === 'published' && (
        <Button
          type="link"
          icon={<ExportOutlined />}
          href={`/items/${encodeURIComponent(item.code)}`}
          target="_blank"
        >
          门户查看
        </Button>
      )}
      <RetireModal
        open={retireOpen}
        itemName={item.name}
        loading={retire.isPending}
        onCancel={() => setRetireOpen(false)}
        onSubmit={(reason) =>
          retire.mutateAsync({ code: item.code, reason }).then(() => {
            setRetireOpen(false);
            void message.success('事项已停用');
          }, fail)
        }
      />
    </Space>
  );
}
