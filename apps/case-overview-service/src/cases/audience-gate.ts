import { type Actor } from '@ankomst/contracts';
import {
  categorySharedBy,
  type Department,
  departmentOf,
  type InformationCategory,
  SCOPE_ARROW,
  scopeKey,
} from '@ankomst/contracts/case-overview';
import type { ConsentGate, GateAnswer } from '../consent/consent-gate';

export const COORDINATION_GROUP: Department = 'coordination-group';
const NO_UNIT_REASON = 'Your role belongs to no unit that receives shared information';

/** The reader's own unit: whose view of a case they read (need-to-know per task). */
export function audienceOf(actor: Actor): Department | null {
  return departmentOf(actor.role);
}

/**
 * The consent gate as seen from the reader's unit (the audience). Data of the reader's own
 * department is theirs to see; another department's only under the person's consent
 * `<category>→<reader's unit>`. A role of no unit sees nothing shared.
 */
export class AudienceGate {
  constructor(
    private readonly gate: ConsentGate,
    private readonly audience: Department | null,
  ) {}

  scopeOf(category: InformationCategory): string {
    return this.audience ? scopeKey(category, this.audience) : `${category}${SCOPE_ARROW}?`;
  }

  check(department: string, personId: string, category: InformationCategory, minor: boolean): GateAnswer {
    if (!this.audience) return { allowed: false, reason: NO_UNIT_REASON };
    if (department === this.audience) return { allowed: true };
    return this.gate.check(personId, scopeKey(category, this.audience), minor);
  }

  checkAll(department: string, persons: { personId: string; minor: boolean }[], category: InformationCategory): GateAnswer {
    if (!this.audience) return { allowed: false, reason: NO_UNIT_REASON };
    if (department === this.audience) return { allowed: true };
    return this.gate.checkAll(persons, scopeKey(category, this.audience));
  }

  /**
   * A deadline of `department` about a person (attention list): shown with the person when
   * it is the reader's own, or when the department's category is consented to the reader.
   * A unit that shares no category (NAV) never shows its person to another unit.
   */
  checkItem(department: string, personId: string | null, minor: boolean): GateAnswer {
    if (department === this.audience) return { allowed: true };
    const category = Object.hasOwn(categorySharedBy, department) ? categorySharedBy[department as Department] : null;
    if (!category) return { allowed: false, reason: `${department} shares no information with your unit` };
    return personId ? this.check(department, personId, category, minor) : { allowed: true };
  }
}
