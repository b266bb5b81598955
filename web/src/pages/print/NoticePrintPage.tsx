// A case's notice (受理通知书 / 不予受理通知书 / 补正通知书) as a printable A4 page, rendered
// from the structured content the server gives (the sealed PDF renders the same content).
import { Button, Result, Spin } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { useNotice } from '../../api/desk.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { usePageTitle } from '../../usePageTitle.ts';
import './notice.css';

export default function NoticePrintPage() {
  const { id = '', kind = '' } = useParams();
  const notice = useNotice(id, kind);
  usePageTitle(notice.data ? notice.data.title : '通知书');

  if (notice.isPending) return <div className="page-loading"><Spin /></div>;
  if (notice.error instanceof ApiError && (notice.error.status === 404 || notice.error.status === 400)) {
    return <Result status="404" title="没有这份通知书" subTitle={notice.error.message} extra={<Link to="/me/cases"><Button>我的办件</Button></Link>} />;
  }
  if (notice.error) return <ErrorAlert error={notice.error} onRetry={() => void notice.refetch()} />;
  const n = notice.data;
  return (
    <div className="notice-shell">
      <div className="notice-toolbar no-print">
        <Button onClick={() => window.history.back()}>返回</Button>
        <Button type="primary" onClick={() => window.print()} data-testid="notice-print">打印</Button>
      </div>
      <article className="notice-page" data-testid="notice">
        <h1 className="notice-title">{n.title}</h1>
        <p className="notice-docno">{n.docNo}</p>
        <p className="notice-addressee">{n.addressee}</p>
        {n.paragraphs.map((p) => <p key={p} className="notice-para">{p}</p>)}
        {n.list && (
          <ol className="notice-list" data-testid="notice-list">
            {n.list.items.map((item, i) => <li key={`${i}-${item}`}>{item}</li>)}
          </ol>
        )}
        {n.closing.map((p) => <p key={p} className="notice-para">{p}</p>)}
        <table className="notice-fields">
          <tbody>
            {n.fields.map((f) => (
              <tr key={f.label}><th>{f.label}</th><td>{f.value}</td></tr>
            ))}
          </tbody>
        </table>
        <div className="notice-issuer">
          <div>{n.issuer}</div>
          <div>{n.date}</div>
        </div>
      </article>
    </div>
  );
}
