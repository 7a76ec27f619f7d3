import { PhaseError } from '../processes.mjs';

export async function caseViewPhase() {
  throw new PhaseError('not written yet');
}
export async function searchPhase() {
  throw new PhaseError('not written yet');
}
