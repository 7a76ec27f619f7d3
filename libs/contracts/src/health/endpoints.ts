import { z } from 'zod';
import { pastCaseDate } from '../common/dates';
import { entityId, isoDate } from '../common/ids';
import { kommunenummer } from '../common/municipality';
import { queryInt } from '../common/numbers';
import { defineEndpoint } from '../kit/endpoint';
import { healthPermissions } from './permissions';

/** The health service's endpoints, declared once for service, gateway and portal. */

export const healthAssessmentView = z.object({
  id: entityId,
  municipality: kommunenummer,
  personId: entityId,
  householdId: entityId,
  registeredOn: isoDate,
});
export type HealthAssessmentView = z.infer<typeof healthAssessmentView>;

const listHealthAssessmentsInput = z.object({
  limit: queryInt({ min: 1, max: 500 }).default(100),
  offset: queryInt({ min: 0, max: 1_000_000 }).default(0),
});
export type ListHealthAssessmentsQuery = z.infer<typeof listHealthAssessmentsInput>;

const registerHealthAssessmentInput = z.object({ personId: entityId, householdId: entityId, registeredOn: pastCaseDate });
export type RegisterHealthAssessment = z.infer<typeof registerHealthAssessmentInput>;

export const listHealthAssessments = defineEndpoint({
  service: 'health',
  command: 'list-health-assessments',
  summary: 'Health assessments of your municipality, newest first',
  input: listHealthAssessmentsInput,
  output: z.object({ total: z.number().int(), items: z.array(healthAssessmentView) }),
  access: { permissions: [healthPermissions.read] },
  audit: {
    action: 'health.health-assessments.list',
    purpose: 'health case work',
    persons: (out) => out?.items.map((item) => item.personId) ?? [],
  },
  http: { method: 'GET', path: '/refugee-health/health-assessments' },
});

export const registerHealthAssessment = defineEndpoint({
  service: 'health',
  command: 'register-health-assessment',
  summary: 'Register a health assessment for a person of a household',
  input: registerHealthAssessmentInput,
  output: healthAssessmentView,
  access: { permissions: [healthPermissions.write] },
  audit: {
    action: 'health.health-assessment.register',
    purpose: 'health case work',
    persons: (out, input) => [out?.personId ?? input.personId],
  },
  http: { method: 'POST', path: '/refugee-health/health-assessments', status: 201, errors: { 409: 'The person is registered already' } },
});

export const healthEndpoints = [listHealthAssessments, registerHealthAssessment];
