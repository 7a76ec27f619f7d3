import { departmentOf } from '@ankomst/contracts/case-overview';
import type { AuthenticatedUser } from '../access/authenticated-request';

/**
 * A read of personal data is processed for the reader's own unit's work (forvaltningsloven
 * § 13 b: need-to-know per task), so the audit log says why *this* reader looked, e.g. a
 * health worker's case read is health follow-up, not the coordination group's work, and an
 * intro advisor's household read is introduction work, not settlement.
 */
const purposeOfUnit: Record<string, string> = {
  housing: 'settlement case work',
  introduction: 'introduction programme case work',
  health: 'health follow-up of refugees (refugee health service)',
  'coordination-group': 'coordination of services for refugees (coordination group)',
  volunteering: 'volunteer matching and follow-up (volunteering)',
};

export function purposeOfReader(reader: AuthenticatedUser): string {
  const unit = departmentOf(reader.role);
  return (unit && purposeOfUnit[unit]) ?? `case work of role ${reader.role}`;
}
