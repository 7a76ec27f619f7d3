import { z } from 'zod';
import { pastCaseDate } from '../common/dates';
import { entityId, isoDate } from '../common/ids';
import { kommunenummer } from '../common/municipality';
import { queryInt } from '../common/numbers';
import { defineEndpoint } from '../kit/endpoint';
import { volunteeringPermissions } from './permissions';

/** The volunteering service's endpoints, declared once for service, gateway and portal. */

export const guideRequestView = z.object({
  id: entityId,
  municipality: kommunenummer,
  personId: entityId,
  householdId: entityId,
  registeredOn: isoDate,
});
export type GuideRequestView = z.infer<typeof guideRequestView>;

const listGuideRequestsInput = z.object({
  limit: queryInt({ min: 1, max: 500 }).default(100),
  offset: queryInt({ min: 0, max: 1_000_000 }).default(0),
});
export type ListGuideRequestsQuery = z.infer<typeof listGuideRequestsInput>;

const registerGuideRequestInput = z.object({ personId: entityId, householdId: entityId, registeredOn: pastCaseDate });
export type RegisterGuideRequest = z.infer<typeof registerGuideRequestInput>;

export const listGuideRequests = defineEndpoint({
  service: 'volunteering',
  command: 'list-guide-requests',
  summary: 'Guide requests of your municipality, newest first',
  input: listGuideRequestsInput,
  output: z.object({ total: z.number().int(), items: z.array(guideRequestView) }),
  // Coordinators only: a volunteer holds volunteering:read for their own matches, never for
  // the list of every refugee who asked for a guide.
  access: { permissions: [volunteeringPermissions.write] },
  audit: {
    action: 'volunteering.guide-requests.list',
    purpose: 'volunteering case work',
    persons: (out) => out?.items.map((item) => item.personId) ?? [],
  },
  http: { method: 'GET', path: '/volunteering/guide-requests' },
});

export const registerGuideRequest = defineEndpoint({
  service: 'volunteering',
  command: 'register-guide-request',
  summary: 'Register a guide request for a person of a household',
  input: registerGuideRequestInput,
  output: guideRequestView,
  access: { permissions: [volunteeringPermissions.write] },
  audit: {
    action: 'volunteering.guide-request.register',
    purpose: 'volunteering case work',
    persons: (out, input) => [out?.personId ?? input.personId],
  },
  http: { method: 'POST', path: '/volunteering/guide-requests', status: 201, errors: { 409: 'The person is registered already' } },
});

export const volunteeringEndpoints = [listGuideRequests, registerGuideRequest];
