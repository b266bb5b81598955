import type { Guide } from '../../../api/types.ts';
import { ApplicantTable } from './ApplicantTable.tsx';
import { FillingNotes } from './FillingNotes.tsx';
import type { TemplateMaterial } from './findTemplate.ts';
import { PledgeAndSignature } from './PledgeAndSignature.tsx';

/** Ruled lines of the 申请内容 area: enough to fill most of an A4 page by hand. */
const CONTENT_LINES = 14;

/** A printable blank form for one material of a guide. */
export function BlankForm({ guide, template }: { guide: Guide; template: TemplateMaterial }) {
  const { material, materialCode } = template;
  return (
    <article className="tpl-form" data-testid="template-form">
      <h1 data-testid="template-title">{material.name}</h1>
      <div className="print-meta tpl-meta">
        <div>
          {guide.name} · 实施编码：{guide.code}
        </div>
        {materialCode && <div>材料编码：{materialCode}</div>}
      </div>
      <h2>一、申请单位基本信息</h2>
      <ApplicantTable />
      <h2>二、填写说明</h2>
      <FillingNotes material={material} />
      <h2>三、申请内容</h2>
      <div className="tpl-content" aria-label="申请内容（手写填写）">
        {Array.from({ length: CONTENT_LINES }, (_, i) => (
          <div key={i} className="tpl-line" />
        ))}
      </div>
      <h2>四、承诺</h2>
      <PledgeAndSignature />
    </article>
  );
}
