import { Drawer, Grid, Skeleton, Tabs } from 'antd';
import { useVersionContent } from '../../../api/admin.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { GuideBody } from '../../portal/guide/GuideBody.tsx';
import { GuideHeader } from '../../portal/guide/GuideHeader.tsx';

interface Props {
  code: string;
  version: number | null;
  onClose: () => void;
}

/** Read-only view of one version: rendered as the guide, or as raw JSON. */
export function VersionViewer({ code, version, onClose }: Props) {
  const screens = Grid.useBreakpoint();
  const { data, error, isPending } = useVersionContent(code, version);
  return (
    <Drawer
      open={version !== null}
      onClose={onClose}
      title={version !== null ? `第 ${version} 版内容（只读）` : ''}
      size={screens.lg ? 960 : '100%'}
      destroyOnHidden
    >
      {error && <ErrorAlert error={error} />}
      {isPending && !error && <Skeleton active paragraph={{ rows: 12 }} />}
      {data && (
        <Tabs
          items={[
            {
              key: 'guide',
              label: '指南预览',
              children: (
                <>
                  <GuideHeader content={data.content} version={data.version} actions={false} />
                  <GuideBody content={data.content} />
                </>
              ),
            },
            {
              key: 'json',
              label: 'JSON',
              children: <pre className="json-view">{JSON.stringify(data.content, null, 2)}</pre>,
            },
          ]}
        />
      )}
    </Drawer>
  );
}
