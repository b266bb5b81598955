import { Alert, Button } from 'antd';
import { errorMessage } from '../api/client.ts';

interface Props {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** Shows an API error's Chinese message, with an optional retry. */
export function ErrorAlert({ error, title = '加载失败', onRetry }: Props) {
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={errorMessage(error)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            重试
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}
