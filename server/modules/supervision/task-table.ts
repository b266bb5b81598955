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

const PERIOD_DAY: Record<string, number> = { 上旬: 10, 中旬: 20 };

/** Every date written in the text, as YYYY-MM-DD: "2018年11月底前", "2018年10月中旬", "2020年9月30日", "2019年6月". */
function datesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日|(上旬|中旬|下旬|底|末))?/g)) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) continue;
    const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    const d = m[3] ? Number(m[3]) : (PERIOD_DAY[m[4] ?? ''] ?? last);
    if (d < 1 || d > last) continue;
    out.push(`${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  }
  for (const m of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) out.push(m[0]);
  return out;
}

/**
 * The deadline in Chinese deadline text: "2018年11月底前" → 2018-11-30, "2020年9月30日" → 2020-09-30,
 * "2019年6月" → 2019-06-30, "2018年10月中旬" → 2018-10-20. A task whose text names several dates
 * ("2018年8月底前梳理……2018年11月底前设置专栏") is done when its last step is: the latest counts.
 */
export function deadlineFromText(text: string): string | null {
  const dates = datesIn(text).sort();
  return dates.at(-1) ?? null;
}

/** Unit names end like these; a space inside a name is a line break of the original table ("高 新处"). */
const UNIT_END = /(处|室|所|局|中心|办|厅|窗口|委|会|组|部|站|队|院|单位|处室)\)?）?$/;

function splitOffices(s: string): string[] {
  const names: string[] = [];
  for (const piece of s.split(/[、，,；;]+/)) {
    let pending = '';
    for (const word of piece.trim().split(/\s+/).filter(Boolean)) {
      pending += word;
      if (UNIT_END.test(pending)) {
        names.push(pending);
        pending = '';
      }
    }
    if (pending) names.push(pending);
  }
  return names;
}

/** Finds the header row (the first with a lead-office column) and maps its columns. */
function headerOf(rows: string[][]): { at: number; col: Partial<Record<keyof typeof HEADERS, number>> } | null {
  for (let i = 0; i < Math.min(rows.length, 20); i++) {
    const cells = rows[i]!.map(clean);
    const col: Partial<Record<keyof typeof HEADERS, number>> = {};
    for (const [key, names] of Object.entries(HEADERS) as [keyof typeof HEADERS, string[]][]) {
      // the first matching column: a second 分管领导 (the responsible units' leaders) is not the task's leader
      const j = cells.findIndex((c) => names.includes(c));
      if (j >= 0) col[key] = j;
    }
    if (col.leadOffice !== undefined && (col.content !== undefined || col.task !== undefined)) return { at: i, col };
  }
  return null;
}

/** One task's cells as read, before its title, offices and deadline are worked out. */
interface Cells {
  row: number;
  action: string | null;
  content: string;
  task: string;
  lead: string;
  responsible: string;
  leader: string;
  deadline: string;
}

const join = (a: string, b: string) => (!a ? b : !b ? a : a + b); // a cell broken over a page joins without a gap

/** A short headline ("2. 实现一次认证、全网通行。整合……" → "实现一次认证、全网通行。"), else the text itself. */
function titleOf(content: string, task: string): string {
  const text = content.replace(/^\d+[.．、]\s*/, '');
  const headline = /^[^。；;]{4,40}[。；;]/.exec(text)?.[0];
  const title = headline ?? (task || content).replace(/^\d+[.．、]\s*/, '');
  return title.length > 80 ? `${title.slice(0, 78)}……` : title;
}

function draftOf(c: Cells): TaskDraft {
  const text = [c.content, c.task].filter(Boolean).join(' ');
  const longTerm = LONG_TERM.test(c.deadline) || (!c.deadline && LONG_TERM.test(text) && !deadlineFromText(text));
  const deadline = longTerm ? null : deadlineFromText(c.deadline || text);
  const leads = splitOffices(c.lead);
  return {
    row: c.row,
    action: c.action,
    title: titleOf(c.content, c.task),
    content: text,
    leadOffice: leads[0]!,
    // several lead units: the first leads, the others answer with the responsible offices
    responsibleOffices: [...new Set([...leads.slice(1), ...splitOffices(c.responsible)])],
    leader: c.leader || null,
    deadline,
    rhythm: deadline === null ? 'monthly' : null,
  };
}

/**
 * Rows of a task table to task drafts. Merged cells read as blanks below their first row: a blank
 * action repeats the one above, and a blank lead office repeats the lead, leader and responsible
 * offices above (they are merged together). In a table with a 序号 column, a row with neither
 * number nor lead office continues the task above: its cells were broken over a page.
 */
export function readTaskTable(raw: unknown[][]): { tasks: TaskDraft[]; errors: RowError[] } {
  const rows = raw.map((r) => r.map(clean));
  const header = headerOf(rows);
  if (!header) return { tasks: [], errors: [{ row: 1, message: '没有找到表头：须有“牵头处室（单位）”和“相关内容 / 重点任务 / 具体任务”列' }] };
  const { at, col } = header;
  const cells: Cells[] = [];
  const errors: RowError[] = [];
  let action: string | null = null;
  for (let i = at + 1; i < rows.length; i++) {
    const r = rows[i]!;
    const get = (k: keyof typeof HEADERS) => (col[k] === undefined ? '' : (r[col[k]!] ?? ''));
    if (r.every((c) => c === '' || /^-+$/.test(c))) continue;
    const prev = cells.at(-1);
    if (prev && col.no !== undefined && !get('no') && !get('action') && !get('leadOffice')) {
      prev.content = join(prev.content, get('content'));
      prev.task = join(prev.task, get('task'));
      prev.responsible = join(prev.responsible, get('responsibleOffices'));
      prev.deadline = join(prev.deadline, get('deadline'));
      continue;
    }
    if (get('action')) action = get('action').replace(/^[一二三四五六七八九十]+、/, '');
    const content = get('content');
    const task = get('task');
    if (!content && !task) continue; // a heading or spacer row
    const lead = get('leadOffice');
    const above = lead ? undefined : prev;
    if (!lead && !above) {
      errors.push({ row: i + 1, message: '缺少牵头处室' });
      continue;
    }
    cells.push({
      row: i + 1, action, content, task, deadline: get('deadline'),
      lead: lead || above!.lead,
      responsible: lead ? get('responsibleOffices') : get('responsibleOffices') || above!.responsible,
      leader: lead ? get('leader') : get('leader') || above!.leader,
    });
  }
  return { tasks: cells.map(draftOf), errors };
}
