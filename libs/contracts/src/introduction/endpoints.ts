import { z } from 'zod';
import { pastCaseDate } from '../common/dates';
import { entityId, isoDate } from '../common/ids';
import { kommunenummer } from '../common/municipality';
import { queryInt } from '../common/numbers';
import { defineEndpoint } from '../kit/endpoint';
import { introductionPermissions } from './permissions';

/** The introduction service's endpoints, declared once for service, gateway and portal. */

export const programmeCandidateView = z.object({
  id: entityId,
  municipality: kommunenummer,
  personId: entityId,
  householdId: entityId,
  registeredOn: isoDate,
});
export type ProgrammeCandidateView = z.infer<typeof programmeCandidateView>;

const listProgrammeCandidatesInput = z.object({
  limit: queryInt({ min: 1, max: 500 }).default(100),
  offset: queryInt({ min: 0, max: 1_000_000 }).default(0),
});
export type ListProgrammeCandidatesQuery = z.infer<typeof listProgrammeCandidatesInput>;

const registerProgrammeCandidateInput = z.object({ personId: entityId, householdId: entityId, registeredOn: pastCaseDate });
export type RegisterProgrammeCandidate = z.infer<typeof registerProgrammeCandidateInput>;

export const listProgrammeCandidates = defineEndpoint({
  service: 'introduction',
  command: 'list-programme-candidates',
  summary: 'Programme candidates of your municipality, newest first',
  input: listProgrammeCandidatesInput,
  output: z.object({ total: z.number().int(), items: z.array(programmeCandidateView) }),
  access: { permissions: [introductionPermissions.read] },
  audit: {
    action: 'introduction.programme-candidates.list',
    purpose: 'introduction case work',
    persons: (out) => out?.items.map((item) => item.personId) ?? [],
  },
  http: { method: 'GET', path: '/introduction/programme-candidates' },
});

export const registerProgrammeCandidate = defineEndpoint({
  service: 'introduction',
  command: 'register-programme-candidate',
  summary: 'Register a programme candidate for a person of a household',
  input: registerProgrammeCandidateInput,
  output: programmeCandidateView,
  access: { permissions: [introductionPermissions.write] },
  audit: {
    action: 'introduction.programme-candidate.register',
    purpose: 'introduction case work',
    persons: (out, input) => [out?.personId ?? input.personId],
  },
  http: { method: 'POST', path: '/introduction/programme-candidates', status: 201, errors: { 409: 'The person is registered already' } },
});

export const introductionEndpoints = [listProgrammeCandidates, registerProgrammeCandidate];
