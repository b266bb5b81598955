import type { Material } from '../../../api/types.ts';
import { codeLabel } from '../../../labels.ts';

function copiesText(m: Material): string {
  if (m.originals === 0 && m.copies === 0) return '无需提交纸质材料';
  return `原件 ${m.originals} 份，复印件 ${m.copies} 份`;
}

/** 填写说明: the material's requirements as the guide states them. */
export function FillingNotes({ material: m }: { material: Material }) {
  const notes: [string, string][] = [
    ['填写要求', m.spec ?? '按办事指南要求如实填写。'],
    ['是否必要', [m.required ? '必要' : '非必要', m.requiredNote].filter(Boolean).join('；')],
    ['材料形式', codeLabel('materialForm', m.form)],
    ['提交份数', copiesText(m)],
  ];
  if (m.fileFormats.length > 0) notes.push(['电子文件格式', m.fileFormats.join('、')]);
  return (
    <ol className="tpl-notes">
      {notes.map(([label, text]) => (
        <li key={label} className="pre">
          {label}：{text}
        </li>
      ))}
    </ol>
  );
}
