import { housingPermissions as p, type HousingPermission } from '@ankomst/contracts';

/**
 * Fallback role → permission table for the housing service.
 * TODO: replace with the shared table from libs/contracts/src/access once it lands.
 */
const rolePermissions: Record<string, readonly HousingPermission[]> = {
  'housing-officer': [p.read, p.write, p.dwellingsRead, p.dwellingsWrite, p.statistics],
  'municipal-admin': [p.read, p.write, p.dwellingsRead, p.dwellingsWrite, p.statistics],
};

export function roleHasPermission(role: string, permission: HousingPermission): boolean {
  return rolePermissions[role]?.includes(permission) ?? false;
}
