import { z } from 'zod';
import { defineEndpoint } from '../kit/endpoint';
import { entityId } from './common';
import { tenancyView } from './dwelling';

/** The housing service's endpoints declared with the department kit (the others follow). */

export const dwellingTenancy = tenancyView.extend({ memberIds: z.array(entityId) });
export type DwellingTenancy = z.infer<typeof dwellingTenancy>;

export const listDwellingTenancies = defineEndpoint({
  service: 'housing',
  command: 'list-dwelling-tenancies',
  summary: "A dwelling's tenancy history, newest first: which household lived there, from when to when, and why it ended",
  input: z.object({ dwellingId: entityId }),
  output: z.object({ items: z.array(dwellingTenancy) }),
  access: { permissions: ['dwellings:read'] },
  audit: { action: 'dwelling.tenancies.read', purpose: 'housing allocation', persons: (out) => out?.items.flatMap((t) => t.memberIds) ?? [] },
  http: { method: 'GET', path: '/housing/dwellings/:dwellingId/tenancies', errors: { 404: 'No such dwelling in your municipality' } },
});
