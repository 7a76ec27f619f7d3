export interface BackoffPolicy {
  /** Delay of the first retry. */
  initialMs: number;
  /** Upper bound for any single delay. */
  maxMs: number;
  /** Growth per attempt (2 doubles). */
  factor: number;
  /** 0..1: share of the delay that is randomised, so replicas do not retry in lockstep. */
  jitter: number;
}

export const defaultBackoff: BackoffPolicy = {
  initialMs: 200,
  maxMs: 30_000,
  factor: 2,
  jitter: 0.2,
};

/**
 * Delay before retry number `attempt` (1 = first retry). Exponential, capped, with
 * jitter taken off the top so the cap is never exceeded.
 */
export function backoffDelay(attempt: number, policy: BackoffPolicy = defaultBackoff, random: () => number = Math.random): number {
  const exponent = Math.max(0, Math.floor(attempt) - 1);
  const raw = Math.min(policy.maxMs, policy.initialMs * policy.factor ** exponent);
  return Math.round(raw * (1 - policy.jitter * random()));
}
