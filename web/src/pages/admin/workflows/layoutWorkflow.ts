// Lays a workflow out with dagre: states as boxes, transitions as labelled edges (one per
// source state), top to bottom. Sizes come from the text, measured roughly (CJK ≈ 1 em).
import dagre from '@dagrejs/dagre';
import { STAFF_ROLE_LABELS, type StaffRole } from '../../../../../server/modules/identity/roles.ts';
import type { Workflow } from '../../../api/desk.ts';

export const FONT = 12;
export const LINE = 16;

const PHASE: Record<string, string> = { pending_acceptance: '待受理', accepted: '已受理', concluded: '已办结' };
const CLOCK: Record<string, string> = { none: '不计时', running: '计时', paused: '计时暂停' };

export const takerLabel = (t: string): string => (t === 'applicant' ? '申请人' : t === 'system' ? '系统' : (STAFF_ROLE_LABELS[t as StaffRole] ?? t));

/** Approximate rendered width of a line: CJK characters a full em, others about half. */
const textWidth = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? FONT : FONT * 0.6), 0);

export interface LaidNode {
  key: string;
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
  initial: boolean;
  final: boolean;
  phase: string;
}
export interface LaidEdge {
  id: string;
  lines: string[];
  points: Array<{ x: number; y: number }>;
  labelX: number;
  labelY: number;
}

export function layoutWorkflow(w: Workflow): { nodes: LaidNode[]; edges: LaidEdge[]; width: number; height: number } {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 40, ranksep: 56, edgesep: 16, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  const nodeLines = new Map<string, string[]>();
  for (const s of w.states) {
    const lines = [s.label, `${PHASE[s.phase] ?? s.phase} · ${CLOCK[s.clock] ?? s.clock}`, ...(s.queue.length ? [`办理：${s.queue.map(takerLabel).join('、')}`] : [])];
    nodeLines.set(s.key, lines);
    g.setNode(s.key, { width: Math.max(...lines.map(textWidth)) + 24, height: lines.length * LINE + 16 });
  }
  const edgeLines = new Map<string, string[]>();
  for (const t of w.transitions) {
    for (const from of t.from) {
      const id = `${t.key}:${from}`;
      const lines = [t.label, `（${t.takers.map(takerLabel).join('、')}）`];
      edgeLines.set(id, lines);
      g.setEdge({ v: from, w: t.to, name: id }, { width: Math.max(...lines.map(textWidth)) + 8, height: lines.length * LINE, labelpos: 'c' });
    }
  }
  dagre.layout(g);
  const byKey = new Map(w.states.map((s) => [s.key, s]));
  const nodes = g.nodes().map((key) => {
    const n = g.node(key);
    const s = byKey.get(key)!;
    return { key, lines: nodeLines.get(key)!, x: n.x, y: n.y, width: n.width, height: n.height, initial: key === w.initial, final: s.final, phase: s.phase };
  });
  const edges = g.edges().map((e) => {
    const d = g.edge(e);
    return { id: e.name!, lines: edgeLines.get(e.name!)!, points: d.points ?? [], labelX: d.x ?? 0, labelY: d.y ?? 0 };
  });
  const graph = g.graph();
  return { nodes, edges, width: graph.width ?? 0, height: graph.height ?? 0 };
}
