import { Tag } from 'antd';
import type { Case } from '../../../api/cases.ts';
import { PHASE_COLOR } from './caseLabels.ts';

/** The case's state, coloured by its national phase (待受理 / 已受理 / 已办结). */
export function CaseStateTag({ c }: { c: Pick<Case, 'phase' | 'stateLabel'> }) {
  return (
    <Tag color={PHASE_COLOR[c.phase]} data-testid="case-state" style={{ whiteSpace: 'normal' }}>
      {c.stateLabel}
    </Tag>
  );
}
