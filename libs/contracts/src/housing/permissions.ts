/**
 * Permissions the housing routes and handlers check. The role → permission table is owned
 * by the access contracts; the housing service keeps a fallback until it lands.
 */
export const housingPermissions = {
  read: 'housing:read',
  write: 'housing:write',
  dwellingsRead: 'dwellings:read',
  dwellingsWrite: 'dwellings:write',
  statistics: 'housing:statistics',
} as const;

export type HousingPermission = (typeof housingPermissions)[keyof typeof housingPermissions];
