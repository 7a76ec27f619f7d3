import type { Role } from '@ankomst/contracts';

/** Who may call a route: anyone, any logged-in user, or exactly these roles (every other role gets 403). */
export type Expectation = 'public' | 'any-user' | readonly Role[];
export type AccessRows = Record<string, Expectation>;

export const HO = 'housing-officer';
export const IA = 'intro-advisor';
export const HW = 'health-worker';
export const CM = 'coordination-member';
export const VC = 'volunteer-coordinator';
export const VO = 'volunteer';
export const PO = 'privacy-officer';
export const MA = 'municipal-admin';
export const CA = 'county-analyst';
