// One workflow as an SVG diagram: state boxes (label, national phase and clock, whose queue),
// arrows for transitions labelled with the action and who may take it.
import { useMemo } from 'react';
import type { Workflow } from '../../../api/desk.ts';
import { FONT, LINE, layoutWorkflow } from './layoutWorkflow.ts';

const FILL: Record<string, string> = { pending_acceptance: '#e6f4ff', accepted: '#fff7e6', concluded: '#f6ffed' };
const STROKE: Record<string, string> = { pending_acceptance: '#1677ff', accepted: '#fa8c16', concluded: '#52c41a' };

export function WorkflowDiagram({ workflow }: { workflow: Workflow }) {
  const { nodes, edges, width, height } = useMemo(() => layoutWorkflow(workflow), [workflow]);
  const marker = `arrow-${workflow.key}`;
  return (
    <div style={{ overflowX: 'auto' }}>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${workflow.name}流程图`} data-testid={`workflow-diagram-${workflow.key}`} style={{ fontSize: FONT }}>
        <defs>
          <marker id={marker} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#595959" />
          </marker>
        </defs>
        {edges.map((e) => (
          <g key={e.id}>
            <polyline points={e.points.map((p) => `${p.x},${p.y}`).join(' ')} fill="none" stroke="#8c8c8c" strokeWidth={1.2} markerEnd={`url(#${marker})`} />
            {e.lines.map((line, i) => (
              <text key={line} x={e.labelX} y={e.labelY + (i - (e.lines.length - 1) / 2) * LINE + FONT / 3} textAnchor="middle" fill={i === 0 ? '#262626' : '#8c8c8c'} paintOrder="stroke" stroke="#fff" strokeWidth={3}>
                {line}
              </text>
            ))}
          </g>
        ))}
        {nodes.map((n) => (
          <g key={n.key} data-state={n.key}>
            <rect
              x={n.x - n.width / 2} y={n.y - n.height / 2} width={n.width} height={n.height} rx={n.final ? 16 : 4}
              fill={FILL[n.phase] ?? '#fff'} stroke={STROKE[n.phase] ?? '#8c8c8c'} strokeWidth={n.initial ? 2.5 : 1.2}
            />
            {n.lines.map((line, i) => (
              <text key={line} x={n.x} y={n.y + (i - (n.lines.length - 1) / 2) * LINE + FONT / 3} textAnchor="middle" fontWeight={i === 0 ? 600 : 400} fill={i === 0 ? '#000' : '#595959'}>
                {line}
              </text>
            ))}
          </g>
        ))}
      </svg>
    </div>
  );
}
