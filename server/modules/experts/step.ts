// What the cases module asks of an expert step when a case moves: whether the guard
// expertsAnswered holds, and closing the panel (in the same transaction as the move).
import type { Queryable } from '../../db/types.ts';
import type { WorkflowDefinition } from '../workflow/definition.ts';
import * as store from './store.ts';

/** In a state with expert rules: a panel for this state is open and every expert on it has answered. True elsewhere. */
export async function expertsAnswered(db: Queryable, c: { id: string; state: string }, def: WorkflowDefinition): Promise<boolean> {
  if (!def.states[c.state]?.experts) return true;
  const panel = await store.openPanel(db, c.id);
  if (!panel || panel.state !== c.state) return false;
  const { answered, total } = await store.answered(db, panel.id);
  return total > 0 && answered === total;
}

/** The step is over: its panel closes, and its opinions can no longer change. */
export async function closeExpertStep(tx: Queryable, caseId: string): Promise<void> {
  await store.closeOpenPanel(tx, caseId, 'step_closed');
}
