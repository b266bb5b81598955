import { Alert } from 'antd';
import type { EditorIssue } from './zodIssues.ts';

interface Props {
  issues: EditorIssue[];
  onPick: (issue: EditorIssue) => void;
}

/** All validation issues at the top of the editor; each one jumps to its field. */
export function IssueSummary({ issues, onPick }: Props) {
  if (issues.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="editor-issues"
      title={`校验未通过：共 ${issues.length} 处需要修改`}
      description={
        <ul style={{ margin: 0, paddingLeft: 18, maxHeight: 220, overflow: 'auto' }}>
          {issues.map((issue, i) => (
            <li key={i}>
              <a
                href="#"
                onClick={(e) => {
                  e.preventDefault();
                  onPick(issue);
                }}
              >
                {issue.where || '事项内容'}
              </a>
              ：{issue.message}
            </li>
          ))}
        </ul>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
