/** Permissions the case routes and handlers check (mapped to roles in access/role-permissions). */
export const casePermissions = {
  read: 'case:read',
  write: 'case:write',
  consentRead: 'consent:read',
  consentWrite: 'consent:write',
  referralRead: 'referral:read',
  referralWrite: 'referral:write',
  referralOverride: 'referral:override',
} as const;
