import { z } from 'zod';
import { defineEndpoint } from '../kit/endpoint';
import { entityId } from './common';
import {
  allocateDwelling,
  dwellingPage,
  dwellingView,
  endTenancy,
  listDwellings,
  registerDwelling,
  tenancyView,
  vacancyQuery,
  vacancyReport,
} from './dwelling';
import { timeToSettlement, timeToSettlementQuery } from './household';
import {
  recordSettlementDecision,
  recordSettlementRequest,
  settlementDecision,
  settlementProgress,
  settlementProgressQuery,
  settlementRequest,
} from './settlement';

/** A tenancy with the members of its household: whose home it is, for the audit log. */
export const dwellingTenancy = tenancyView.extend({ memberIds: z.array(entityId) });
export type DwellingTenancy = z.infer<typeof dwellingTenancy>;

const housingWrite = { permissions: ['housing:write'] } as const;
const statistics = { permissions: ['housing:statistics'] } as const;
const dwellingsRead = { permissions: ['dwellings:read'] } as const;
const dwellingsWrite = { permissions: ['dwellings:write'] } as const;
const tenancyPersons = (tenancy: DwellingTenancy | undefined) => tenancy?.memberIds ?? [];
const allocation = 'housing allocation';

/**
 * The housing service's operations declared with the department kit: each one's NATS subject,
 * schemas, permission, audit and HTTP route. (Households, persons and self-settlement follow.)
 */
export const housingApi = {
  recordSettlementRequest: defineEndpoint({
    service: 'housing',
    command: 'record-settlement-request',
    summary: "Record IMDi's settlement request or an additional request",
    input: recordSettlementRequest,
    output: settlementRequest,
    access: housingWrite,
    audit: false,
    http: { method: 'POST', path: '/housing/settlement-requests', status: 201 },
  }),
  recordSettlementDecision: defineEndpoint({
    service: 'housing',
    command: 'record-settlement-decision',
    summary: "Record the council's settlement decision for a year (replaces an earlier one)",
    input: recordSettlementDecision,
    output: settlementDecision,
    access: housingWrite,
    audit: false,
    http: { method: 'POST', path: '/housing/settlement-decisions', status: 201 },
  }),
  settlementProgress: defineEndpoint({
    service: 'housing',
    command: 'settlement-progress',
    summary: 'Settled vs decided vs requested for a year, split EM / adults / children',
    input: settlementProgressQuery,
    output: settlementProgress,
    access: statistics,
    audit: false,
    http: { method: 'GET', path: '/housing/statistics/progress' },
  }),
  timeToSettlement: defineEndpoint({
    service: 'housing',
    command: 'time-to-settlement',
    summary: 'Residence permit → settlement and request → housing against the targets',
    input: timeToSettlementQuery,
    output: timeToSettlement,
    access: statistics,
    audit: false,
    http: { method: 'GET', path: '/housing/statistics/time-to-settlement' },
  }),
  vacancy: defineEndpoint({
    service: 'housing',
    command: 'vacancy',
    summary: 'Vacancy of municipal dwellings by quarter against the target',
    input: vacancyQuery,
    output: vacancyReport,
    access: statistics,
    audit: false,
    http: { method: 'GET', path: '/housing/statistics/vacancy' },
  }),
  registerDwelling: defineEndpoint({
    service: 'housing',
    command: 'register-dwelling',
    summary: 'Register a municipal or private dwelling',
    input: registerDwelling,
    output: dwellingView,
    access: dwellingsWrite,
    audit: false,
    http: { method: 'POST', path: '/housing/dwellings', status: 201 },
  }),
  listDwellings: defineEndpoint({
    service: 'housing',
    command: 'list-dwellings',
    summary: "List the municipality's dwellings (optionally vacant only)",
    input: listDwellings,
    output: dwellingPage,
    access: dwellingsRead,
    // Addresses and the occupying household's id, no person: the occupants are read through
    // the household, which is audited.
    audit: false,
    http: { method: 'GET', path: '/housing/dwellings' },
  }),
  allocateDwelling: defineEndpoint({
    service: 'housing',
    command: 'allocate-dwelling',
    summary: 'Allocate a dwelling to a household',
    input: allocateDwelling,
    output: dwellingTenancy,
    access: dwellingsWrite,
    audit: { action: 'tenancy.allocate', purpose: allocation, persons: tenancyPersons },
    http: {
      method: 'POST',
      path: '/housing/tenancies',
      status: 201,
      errors: { 409: 'Dwelling already allocated, or household already housed' },
    },
  }),
  endTenancy: defineEndpoint({
    service: 'housing',
    command: 'end-tenancy',
    summary: 'End a tenancy (moved, bought own home with startlån, …)',
    input: endTenancy,
    output: dwellingTenancy,
    access: dwellingsWrite,
    audit: { action: 'tenancy.end', purpose: allocation, persons: tenancyPersons },
    http: { method: 'POST', path: '/housing/tenancies/:tenancyId/end', errors: { 409: 'Tenancy already ended' } },
  }),
  listDwellingTenancies: defineEndpoint({
    service: 'housing',
    command: 'list-dwelling-tenancies',
    summary: "A dwelling's tenancy history, newest first: which household lived there, from when to when, and why it ended",
    input: z.object({ dwellingId: entityId }),
    output: z.object({ items: z.array(dwellingTenancy) }),
    access: dwellingsRead,
    audit: { action: 'dwelling.tenancies.read', purpose: allocation, persons: (out) => out?.items.flatMap((t) => t.memberIds) ?? [] },
    http: { method: 'GET', path: '/housing/dwellings/:dwellingId/tenancies', errors: { 404: 'No such dwelling in your municipality' } },
  }),
};
