// Reading a task table like the attachments of the reform notices (任务分解表, 重点任务清单):
// rows under Chinese headers, merged cells for the action that several rows share, deadlines
// either in their own column or inside the text ("2018年11月底前"), and tasks with no end date
// ("立行立改，长期坚持") that report on a rhythm instead. Pure: rows in, task drafts and row errors out.

export interface TaskDraft {
  row: number;
  action: string | null;
  title: string;
  content: string;
  leadOffice: string;
  responsibleOffices: string[];
  leader: string | null;
  deadline: string | null;
  /** For tasks with no end date: how often the offices report. */
  rhythm: 'monthly' | null;
}

export interface RowError {
  row: number;
  message: string;
}

/** Header cells we recognise, by what they mean. */
const HEADERS: Record<keyof Omit<TaskDraft, 'row' | 'rhythm' | 'title'> | 'task' | 'no', string[]> = {
  no: ['序号'],
  action: ['专项行动', '事项', '工作事项'],
  content: ['相关内容', '重点任务', '任务内容', '工作内容'],
  task: ['具体任务', '任务'],
  leadOffice: ['牵头处室', '牵头单位', '牵头部门', '牵头科室'],
  responsibleOffices: ['责任处室', '责任单位', '配合处室', '配合部门', '责任科室'],
  leader: ['分管领导', '牵头领导', '责任领导'],
  deadline: ['完成时限', '整改时限', '时限', '完成时间'],
};

const clean = (s: unknown): string =>
  String(s ?? '')
    .replace(/<[^>]+>/g, '') // some tables carry HTML paragraphs
    .replace(/\s+/g, ' ')
    .trim();

const LONG_TERM = /长期坚持|常态化|持续推进/;

/** A date from Chinese deadline text: "2018年11月底前" → 2018-11-30, "2020年9月30日" → 2020-09-30, "2019年6月" → 2019-06-30. */
export function deadlineFromText(text: string): string | null {
  const full = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text);
  if (full) return `${full[1]}-${full[2]!.padStart(2, '0')}-${full[3]!.padStart(2, '0')}`;
  const month = /(\d{4})\s*年\s*(\d{1,2})\s*月(?:底|末)?/.exec(text);
  if (month) {
    const y = Number(month[1]);
    const m = Number(month[2]);
    if (m < 1 || m > 12) return null;
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${y}-${String(m).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
  }
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return iso ? iso[0] : null;
}

const splitOffices = (s: string): string[] =>
  s
    .split(/[、，,；;\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Finds the header row (the first with a lead-office column) and maps its columns. */
function headerOf(rows: string[][]): { at: number; col: Partial<Record<keyof typeof HEADERS, number>> } | null {
  for (let i = 0; i < Math.min(rows.length, 20); i++) {
    const cells = rows[i]!.map(clean);
    const col: Partial<Record<keyof typeof HEADERS, number>> = {};
    for (const [key, names] of Object.entries(HEADERS) as [keyof typeof HEADERS, string[]][]) {
      const j = cells.findIndex((c) => names.includes(c));
      if (j >= 0) col[key] = j;
    }
    if (col.leadOffice !== undefined && (col.content !== undefined || col.task !== undefined)) return { at: i, col };
  }
  return null;
}

export function readTaskTable(raw: unknown[][]): { tasks: TaskDraft[]; errors: RowError[] } {
  const rows = raw.map((r) => r.map(clean));
  const header = headerOf(rows);
  if (!header) return { tasks: [], errors: [{ row: 1, message: '没有找到表头：须有“牵头处室（单位）”和“相关内容 / 重点任务 / 具体任务”列' }] };
  const { at, col } = header;
  const tasks: TaskDraft[] = [];
  const errors: RowError[] = [];
  let action: string | null = null; // merged cells: an empty action repeats the one above
  let lead = '';
  for (let i = at + 1; i < rows.length; i++) {
    const r = rows[i]!;
    const get = (k: keyof typeof HEADERS) => (col[k] === undefined ? '' : (r[col[k]!] ?? ''));
    if (r.every((c) => c === '' || /^-+$/.test(c))) continue;
    if (get('action')) action = get('action').replace(/^[一二三四五六七八九十]+、/, '');
    const content = get('content');
    const task = get('task');
    if (!content && !task) continue; // a heading or spacer row
    if (get('leadOffice')) lead = get('leadOffice');
    if (!lead) {
      errors.push({ row: i + 1, message: '缺少牵头处室' });
      continue;
    }
    const text = [content, task].filter(Boolean).join(' ');
    const deadlineText = get('deadline') || text;
    const longTerm = LONG_TERM.test(get('deadline')) || (!get('deadline') && LONG_TERM.test(text) && !deadlineFromText(text));
    const deadline = longTerm ? null : deadlineFromText(deadlineText);
    const title = (task || content).replace(/^\d+[.．、]\s*/, '');
    const leads = splitOffices(lead);
    tasks.push({
      row: i + 1,
      action,
      title: title.length > 80 ? `${title.slice(0, 78)}……` : title,
      content: text,
      leadOffice: leads[0]!,
      // several lead units: the first leads, the others answer with the responsible offices
      responsibleOffices: [...new Set([...leads.slice(1), ...splitOffices(get('responsibleOffices'))])],
      leader: get('leader') || null,
      deadline,
      rhythm: deadline === null ? 'monthly' : null,
    });
  }
  return { tasks, errors };
}
