import { departmentOf } from '@ankomst/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-request';

/**
 * The purpose a case-overview read is processed for is the reader's own unit's work
 * (forvaltningsloven § 13 b: need-to-know per task), so the audit log says why *this*
 * reader looked, e.g. a health worker's reading is health follow-up, not coordination.
 */
const purposeOfUnit: Record<string, string> = {
  housing: 'settlement and housing of refugees (refugee service)',
  introduction: 'introduction programme case work',
  health: 'health follow-up of refugees (refugee health service)',
  'coordination-group': 'coordination of services for refugees (coordination group)',
  volunteering: 'volunteer matching and follow-up (volunteering)',
};

export function purposeOfReader(reader: AuthenticatedUser): string {
  const unit = departmentOf(reader.role);
  return (unit && purposeOfUnit[unit]) ?? `case work of role ${reader.role}`;
}
