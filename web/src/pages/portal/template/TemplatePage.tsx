import { Button, Result } from 'antd';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useGuide } from '../../../api/catalog.ts';
import { ApiError, errorMessage } from '../../../api/client.ts';
import type { Guide } from '../../../api/types.ts';
import { usePageTitle } from '../../../usePageTitle.ts';
import '../print/print.css';
import { BlankForm } from './BlankForm.tsx';
import { findTemplateMaterial } from './findTemplate.ts';
import './template.css';

const guideUrl = (code: string) => `/items/${encodeURIComponent(code)}`;

function NoSuchForm({ guide }: { guide: Guide | undefined }) {
  return (
    <Result
      status="404"
      title="表格不存在"
      subTitle="该空白表格不存在或已随办事指南更新而移除，请查看最新的办事指南。"
      extra={
        <Link to={guide ? guideUrl(guide.code) : '/items'}>
          <Button type="primary">{guide ? '返回办事指南' : '返回事项列表'}</Button>
        </Link>
      }
    />
  );
}

/**
 * /items/:code/templates/:n — the printable blank form of the material whose templateUrl is
 * this page's path. Plain black on white, no site chrome, like the print view of a guide.
 */
export default function TemplatePage() {
  const code = useParams().code ?? '';
  const { pathname } = useLocation();
  const { data: guide, error } = useGuide(code);
  const template = guide ? findTemplateMaterial(guide, pathname) : null;
  usePageTitle(template ? `${template.material.name}（空白表格）` : '空白表格');

  if ((error instanceof ApiError && error.status === 404) || (guide && !template)) {
    return (
      <div className="print-root">
        <div className="print-page">
          <NoSuchForm guide={guide} />
        </div>
      </div>
    );
  }

  return (
    <div className="print-root">
      <div className="print-page">
        <div className="print-toolbar no-print">
          <Link to={guideUrl(code)}>返回办事指南</Link>
          {template && (
            <button type="button" onClick={() => window.print()} data-testid="template-print">
              打印
            </button>
          )}
        </div>
        {guide && template ? <BlankForm guide={guide} template={template} /> : <p>{error ? errorMessage(error) : '正在加载……'}</p>}
      </div>
    </div>
  );
}
