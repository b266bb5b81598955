import type { Guide } from '../../../api/types.ts';
import { formatDate } from '../../../format.ts';
import { PrintBasics } from './PrintBasics.tsx';
import { PrintMaterials, PrintTable } from './PrintSections.tsx';

/** The whole guide as headings and ruled tables. */
export function PrintGuide({ guide: g }: { guide: Guide }) {
  return (
    <>
      <h1>{g.name}</h1>
      <div className="print-meta">
        办事指南 · {g.department.name} · 第 {g.version} 版 · 发布于 {formatDate(g.publishedAt)}
      </div>
      <h2>一、基本信息</h2>
      <PrintBasics content={g} version={g.version} />
      <h2>二、设定依据</h2>
      <PrintTable
        head={['序号', '名称', '文号', '条款']}
        widths={['6%', '22%', '20%', '52%']}
        rows={g.legalBasis.map((b, i) => [i + 1, b.title, b.docNo, b.article])}
      />
      <h2>三、受理条件</h2>
      <ol>
        {g.conditions.map((c, i) => (
          <li key={i} className="pre">
            {c}
          </li>
        ))}
      </ol>
      <h2>四、申请材料</h2>
      <PrintMaterials materials={g.materials} />
      <h2>五、办理流程</h2>
      <PrintTable
        head={['步骤', '环节', '办理人', '办理内容与标准', '时限（工作日）']}
        widths={['6%', '14%', '20%', '48%', '12%']}
        rows={g.process.map((s, i) => [i + 1, s.name, s.actor, s.description, s.days])}
      />
      <h2>六、特别程序</h2>
      <PrintTable
        head={['种类', '时限', '计入承诺时限', '说明']}
        widths={['20%', '18%', '14%', '48%']}
        rows={g.specialProcedures.map((s) => [s.name, s.limit, s.countsTowardLimit ? '计入' : '不计入', s.note])}
      />
      <h2>七、办理窗口</h2>
      <PrintTable
        head={['窗口', '地点', '时间', '电话']}
        widths={['22%', '33%', '27%', '18%']}
        rows={g.windows.map((w) => [w.name, w.address, w.hours, w.phone])}
      />
      <h2>八、咨询方式</h2>
      <PrintTable head={['方式', '内容']} widths={['20%', '80%']} rows={g.consultation.map((c) => [c.kind, c.value])} />
      <h2>九、监督投诉</h2>
      <PrintTable head={['方式', '内容']} widths={['20%', '80%']} rows={g.complaint.map((c) => [c.kind, c.value])} />
      <h2>十、常见问题</h2>
      <PrintTable head={['问题', '解答']} widths={['30%', '70%']} rows={g.faq.map((f) => [f.q, f.a])} />
    </>
  );
}
