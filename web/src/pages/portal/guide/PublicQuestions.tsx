// 网上问答: questions people asked about this item that the office answered and made public.
import { Card, Collapse } from 'antd';
import { Link } from 'react-router-dom';
import { usePublicQuestions } from '../../../api/inquiries.ts';

export function PublicQuestions({ code }: { code: string }) {
  const qa = usePublicQuestions(code);
  const items = qa.data?.items ?? [];
  return (
    <Card id="questions" title="网上问答" className="guide-section" size="small" extra={<Link to={`/inquiries?item=${encodeURIComponent(code)}`}>我要咨询</Link>}>
      {items.length === 0 ? (
        <span className="muted">暂无公开问答。</span>
      ) : (
        <Collapse items={items.map((q, i) => ({ key: i, label: q.question, children: <><div className="guide-pre muted">{q.detail}</div><div className="guide-pre">答复：{q.answer}</div></> }))} />
      )}
    </Card>
  );
}
