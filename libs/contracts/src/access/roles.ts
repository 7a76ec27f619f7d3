import { z } from 'zod';

/** Every role a user of Ankomst can hold. One role per user account. */
export const roles = [
  'housing-officer',
  'intro-advisor',
  'health-worker',
  'coordination-member',
  'volunteer-coordinator',
  'volunteer',
  'privacy-officer',
  'municipal-admin',
  'county-analyst',
] as const;
export const role = z.enum(roles);
export type Role = z.infer<typeof role>;

/** Every permission a route may ask for. Routes name these; roles are mapped below. */
export const permissions = [
  'housing:read',
  'housing:write',
  'housing:statistics',
  'dwellings:read',
  'dwellings:write',
  'case:read',
  'case:write',
  'consent:read',
  'consent:write',
  'referral:read',
  'referral:write',
  'referral:override',
  'audit:read',
  'audit:verify',
  'breakglass:use',
  'users:manage',
  /** Aggregates across the county only, never personal data. */
  'statistics:county',
  'introduction:read',
  'introduction:write',
  'health:read',
  'health:write',
  /** A coordination-group case: its members only, checked per case by the health service. */
  'coordination:read',
  'coordination:write',
  'volunteering:read',
  'volunteering:write',
] as const;
export const permission = z.enum(permissions);
export type Permission = z.infer<typeof permission>;
