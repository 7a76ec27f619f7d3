import { z } from 'zod';

/**
 * Units that share information and send referrals to one another. The coordination group
 * (Koordineringsgruppen MIGRA) is the audience of the combined case view.
 */
export const department = z.enum(['housing', 'introduction', 'health', 'volunteering', 'coordination-group', 'nav']);
export type Department = z.infer<typeof department>;

/** The role's home unit: whose referral lists a user works in and which referrals they may decide. */
export const departmentOfRole: Readonly<Record<string, Department>> = {
  'housing-officer': 'housing',
  'intro-advisor': 'introduction',
  'health-worker': 'health',
  'coordination-member': 'coordination-group',
  'volunteer-coordinator': 'volunteering',
};

export function departmentOf(role: string): Department | null {
  return Object.hasOwn(departmentOfRole, role) ? departmentOfRole[role] : null;
}
