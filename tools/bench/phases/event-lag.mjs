import { PhaseError } from '../processes.mjs';

export async function eventLagPhase() {
  throw new PhaseError('not written yet');
}
