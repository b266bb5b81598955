import { Card, Collapse, Empty } from 'antd';
import type { ReactNode } from 'react';
import type { ItemContent } from '../../../api/types.ts';
import { BasicInfo } from './BasicInfo.tsx';
import { Channels, Windows } from './ContactSections.tsx';
import { MaterialsTable } from './MaterialsTable.tsx';
import { ProcessSteps, SpecialProcedures } from './ProcessSection.tsx';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card id={id} title={title} className="guide-section" size="small">
      {children}
    </Card>
  );
}

/** Every element of a guide, in the order of the national guide template. */
export function GuideBody({ content: c, materialCodes }: { content: ItemContent; materialCodes?: string[] }) {
  return (
    <>
      <Section id="basic" title="基本信息">
        <BasicInfo content={c} />
      </Section>
      <Section id="legal-basis" title="设定依据">
        <ol className="guide-ol">
          {c.legalBasis.map((b, i) => (
            <li key={i}>
              <strong>{b.title}</strong>
              {b.docNo && <span className="muted">（{b.docNo}）</span>}
              {b.article && <div className="guide-pre muted">{b.article}</div>}
            </li>
          ))}
        </ol>
      </Section>
      <Section id="conditions" title="受理条件">
        <ol className="guide-ol">
          {c.conditions.map((cond, i) => (
            <li key={i} className="guide-pre">
              {cond}
            </li>
          ))}
        </ol>
      </Section>
      <Section id="materials" title={`申请材料（${c.materials.length} 份）`}>
        <MaterialsTable materials={c.materials} materialCodes={materialCodes} />
      </Section>
      <Section id="process" title="办理流程">
        <ProcessSteps steps={c.process} />
      </Section>
      <Section id="special" title="特别程序">
        <SpecialProcedures procedures={c.specialProcedures} />
      </Section>
      <Section id="windows" title="办理窗口">
        <Windows windows={c.windows} />
      </Section>
      <Section id="consultation" title="咨询方式">
        <Channels channels={c.consultation} />
      </Section>
      <Section id="complaint" title="监督投诉">
        <Channels channels={c.complaint} />
      </Section>
      <Section id="faq" title="常见问题">
        {c.faq.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无常见问题" />
        ) : (
          <Collapse
            items={c.faq.map((f, i) => ({
              key: i,
              label: f.q,
              children: <div className="guide-pre">{f.a}</div>,
            }))}
          />
        )}
      </Section>
    </>
  );
}
