import type { Permission, Role } from './roles';

/**
 * The one place to read who may do what. Least privilege: a role gets what its daily work
 * needs (tjenstlig behov), nothing because it is convenient. Health data stays with
 * health workers; county analysts see aggregates only; the privacy officer reads the
 * audit log but no case data; the municipal admin manages accounts but reads no case data.
 * Changing a row here changes access everywhere: the authorization matrix test reads it.
 */
export const rolePermissions: Readonly<Record<Role, readonly Permission[]>> = {
  'housing-officer': [
    'housing:read',
    'housing:write',
    'housing:statistics',
    'dwellings:read',
    'dwellings:write',
    'case:read',
    'consent:read',
    'referral:read',
    'breakglass:use',
  ],
  'intro-advisor': [
    'case:read',
    'case:write',
    'consent:read',
    'consent:write',
    'referral:read',
    'referral:write',
    'introduction:read',
    'introduction:write',
    'housing:read',
    'coordination:read',
    'coordination:write',
    'breakglass:use',
  ],
  'health-worker': [
    'health:read',
    'health:write',
    'case:read',
    'consent:read',
    'consent:write',
    'referral:read',
    'referral:write',
    'coordination:read',
    'coordination:write',
    'breakglass:use',
  ],
  'coordination-member': [
    'case:read',
    'consent:read',
    'referral:read',
    'referral:write',
    'referral:override',
    'coordination:read',
    'coordination:write',
    'breakglass:use',
  ],
  'volunteer-coordinator': ['volunteering:read', 'volunteering:write', 'consent:read'],
  volunteer: ['volunteering:read'],
  'privacy-officer': ['audit:read', 'audit:verify'],
  'municipal-admin': ['users:manage', 'housing:statistics'],
  'county-analyst': ['statistics:county'],
};

export function permissionsOf(role: string): readonly Permission[] {
  return Object.hasOwn(rolePermissions, role) ? rolePermissions[role as Role] : [];
}

/** True when the role holds the permission; an unknown role holds nothing. */
export function hasPermission(role: string, permission: Permission | string): boolean {
  return (permissionsOf(role) as readonly string[]).includes(permission);
}

/**
 * Break-glass may only lift read permissions on one person's record: emergency access
 * to see, never to change, and never to aggregate or admin functions.
 */
export const breakGlassCoverable: readonly Permission[] = [
  'housing:read',
  'case:read',
  'consent:read',
  'referral:read',
  'introduction:read',
  'health:read',
];
