import { Link, useParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../../api/client.ts';
import { useGuide } from '../../api/catalog.ts';
import { usePageTitle } from '../../usePageTitle.ts';
import { PrintGuide } from './print/PrintGuide.tsx';
import './print/print.css';

/** Printer-friendly guide: plain black on white, no site chrome; prints only on request. */
export default function PrintPage() {
  const code = useParams().code ?? '';
  const { data, error } = useGuide(code);
  usePageTitle(data ? `${data.name}（打印）` : '打印办事指南');

  const notice = error
    ? error instanceof ApiError && error.status === 404
      ? '事项不存在或已停用'
      : errorMessage(error)
    : '正在加载……';

  return (
    <div className="print-root">
      <div className="print-page">
        <div className="print-toolbar no-print">
          <Link to={data ? `/items/${encodeURIComponent(data.code)}` : '/items'}>
            {data ? '返回办事指南' : '返回事项列表'}
          </Link>
          {data && (
            <button type="button" onClick={() => window.print()}>
              打印
            </button>
          )}
        </div>
        {data ? <PrintGuide guide={data} /> : <p>{notice}</p>}
      </div>
    </div>
  );
}
