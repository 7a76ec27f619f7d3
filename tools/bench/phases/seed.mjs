import { PhaseError } from '../processes.mjs';

export async function seedPhase() {
  throw new PhaseError('not written yet');
}
