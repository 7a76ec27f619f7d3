import { dateInOslo } from '@ankomst/contracts';
import { type ConsentRow, isActive } from './consent.repository';

export type GateAnswer = { allowed: true } | { allowed: false; reason: string };

/**
 * Decides, from the newest consent record per person and scope, whether information may
 * be shared, and says why not in words a caseworker can act on.
 */
export class ConsentGate {
  private readonly latest = new Map<string, ConsentRow>();

  constructor(
    rows: ConsentRow[],
    private readonly today: string,
  ) {
    for (const row of rows) this.latest.set(`${row.person_id} ${row.scope}`, row);
  }

  check(personId: string, scope: string, minor: boolean): GateAnswer {
    const row = this.latest.get(`${personId} ${scope}`);
    if (row && isActive(row, this.today)) return { allowed: true };
    if (!row) {
      return {
        allowed: false,
        reason: minor
          ? `No consent ${scope} recorded: the person is under 18, a guardian's consent recorded on the child is needed`
          : `No consent ${scope} recorded for this person`,
      };
    }
    if (row.withdrawn_at) {
      return { allowed: false, reason: `Consent ${scope} was withdrawn on ${dateInOslo(row.withdrawn_at)}` };
    }
    if (row.valid_from > this.today) return { allowed: false, reason: `Consent ${scope} is valid only from ${row.valid_from}` };
    return { allowed: false, reason: `Consent ${scope} expired on ${row.valid_to}` };
  }

  /** A household-level value needs every person it concerns to consent. */
  checkAll(persons: { personId: string; minor: boolean }[], scope: string): GateAnswer {
    const refused = persons.map((p) => ({ p, answer: this.check(p.personId, scope, p.minor) })).filter((x) => !x.answer.allowed);
    if (persons.length > 0 && refused.length === 0) return { allowed: true };
    if (persons.length === 0) return { allowed: false, reason: `No members known, so no consent ${scope}` };
    return {
      allowed: false,
      reason: `Shared only when every member consents to ${scope}; ${refused.length} of ${persons.length} have not`,
    };
  }
}
