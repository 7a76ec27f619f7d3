import { PhaseError } from '../processes.mjs';

export async function profilePhase() {
  throw new PhaseError('not written yet');
}
