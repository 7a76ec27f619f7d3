import { departmentEndpoints } from '../kit/department-endpoints';
import { defineEndpoint, type ReaderPurpose } from '../kit/endpoint';
import {
  attentionList,
  attentionListQuery,
  type CasePage,
  casePage,
  type CaseView,
  caseView,
  getCase,
  getCaseOfPerson,
  searchCases,
} from './case';
import { type ConsentRecord, consentList, consentRecord, giveConsent, listConsents, withdrawConsent } from './consent';
import {
  createReferralBody,
  createReferralOverrideBody,
  decideReferral,
  listReferrals,
  type Referral,
  referral,
  referralList,
} from './referral';

/**
 * Every reader of the combined view works for their own unit (a health worker's case read is
 * health follow-up, not the coordination group's work): the audit records the reader's purpose.
 * What each unit sees is the service's need-to-know filter (role and consent), not the route's.
 */
const readersOwnWork: ReaderPurpose = { ofReader: {} };
const caseRead = { permissions: ['case:read'] } as const;
const referralWrite = { permissions: ['referral:write'] } as const;

const unique = (ids: string[]) => [...new Set(ids)];
const casePersons = (view: CaseView | undefined) => view?.members.map((member) => member.personId) ?? [];
const pagePersons = (page: CasePage | undefined) => page?.items.flatMap((item) => item.members.map((member) => member.personId)) ?? [];
const recordPerson = (record: ConsentRecord | Referral | undefined) => (record ? [record.personId] : []);

const caseOverview = departmentEndpoints('case-overview', '/cases');
/**
 * The case-overview service's operations declared with the department kit: the combined case
 * view, the consent registry and referrals between departments (all under `/cases`).
 */
export const caseOverviewApi = {
  searchCases: defineEndpoint({
    service: 'case-overview',
    command: 'search-cases',
    summary: 'Search cases by member name, person id, settlement status and deadline state (keyset paging)',
    input: searchCases,
    output: casePage,
    access: caseRead,
    audit: { action: 'case.search', purpose: readersOwnWork, persons: pagePersons },
    http: { method: 'GET', path: '/cases', errors: { 400: 'Invalid filter or cursor' } },
  }),
  attentionList: caseOverview.get('attention-list', {
    summary: 'Deadlines due or overdue across departments, with the responsible unit',
    input: attentionListQuery,
    output: attentionList,
    access: caseRead,
    audit: {
      action: 'case.attention-list',
      purpose: readersOwnWork,
      persons: (list) => unique(list?.items.flatMap((item) => (item.personId ? [item.personId] : [])) ?? []),
    },
    path: '/attention',
  }),
  getCaseOfPerson: caseOverview.get('get-case-of-person', {
    summary: "The case of a person's household",
    input: getCaseOfPerson,
    output: caseView,
    access: caseRead,
    audit: { action: 'case.read', purpose: readersOwnWork, persons: casePersons },
    path: '/persons/:personId',
    errors: { 404: 'No such person in your municipality' },
  }),
  getCase: caseOverview.get('get-case', {
    summary: 'A case: household, members with settlement and department sections (consent-gated), timeline',
    input: getCase,
    output: caseView,
    access: caseRead,
    audit: { action: 'case.read', purpose: readersOwnWork, persons: casePersons },
    path: '/:householdId',
    errors: { 404: 'No such household in your municipality' },
  }),
  listConsents: caseOverview.get('list-consents', {
    // The service answers the notes (history) only to the roles that record consent (consent:write).
    summary: "A person's consents, given and withdrawn, newest first",
    input: listConsents,
    output: consentList,
    access: { permissions: ['consent:read'] },
    audit: { action: 'consent.list', purpose: readersOwnWork, persons: (list) => (list ? [list.personId] : []) },
    path: '/persons/:personId/consents',
    errors: { 404: 'No such person in your municipality' },
  }),
  giveConsent: caseOverview.post('give-consent', {
    summary: 'Record a consent (scope category→recipient); for a person under 18 a guardian consents, recorded on the child',
    input: giveConsent,
    output: consentRecord,
    access: { permissions: ['consent:write'] },
    audit: { action: 'consent.give', purpose: readersOwnWork, persons: recordPerson },
    path: '/persons/:personId/consents',
    status: 201,
    errors: { 400: 'Invalid input, or the wrong grantor for the age', 404: 'No such person in your municipality' },
  }),
  withdrawConsent: caseOverview.post('withdraw-consent', {
    summary: 'Withdraw a consent: takes effect on the next read of every view',
    input: withdrawConsent,
    output: consentRecord,
    access: { permissions: ['consent:write'] },
    audit: { action: 'consent.withdraw', purpose: readersOwnWork, persons: recordPerson },
    path: '/persons/:personId/consents/withdraw',
    errors: { 404: 'No consent in force for this scope' },
  }),
  listReferrals: caseOverview.get('list-referrals', {
    summary: "A department's incoming and outgoing referrals (default: the caller's department)",
    input: listReferrals,
    output: referralList,
    access: { permissions: ['referral:read'] },
    audit: { action: 'referral.list', purpose: readersOwnWork, persons: (list) => unique(list?.items.map((item) => item.personId) ?? []) },
    path: '/referrals',
  }),
  createReferral: caseOverview.post('create-referral', {
    summary: 'Refer a person to another department; refused without the consent it needs',
    // Never an override: an `overrideReason` sent here is dropped, the override has its own route.
    input: createReferralBody,
    output: referral,
    access: referralWrite,
    audit: { action: 'referral.create', purpose: readersOwnWork, persons: recordPerson },
    path: '/referrals',
    status: 201,
    errors: { 403: 'The consent the referral needs is missing (the message names the scope)', 404: 'No such person in your municipality' },
  }),
  // Its own route, permission and audit action, so that every override stands out in the log.
  createReferralWithOverride: caseOverview.post('create-referral-with-override', {
    summary: 'Refer a person without the consent the referral needs, stating why (audited as an override)',
    input: createReferralOverrideBody,
    output: referral,
    access: { permissions: ['referral:write', 'referral:override'] },
    audit: { action: 'referral.create-consent-override', purpose: readersOwnWork, persons: recordPerson },
    path: '/referrals/override',
    status: 201,
    errors: { 404: 'No such person in your municipality' },
  }),
  decideReferral: caseOverview.post('decide-referral', {
    summary: 'Accept, reject or complete a referral (the receiving department)',
    input: decideReferral,
    output: referral,
    access: referralWrite,
    audit: { action: 'referral.decide', purpose: readersOwnWork, persons: recordPerson },
    path: '/referrals/:referralId/decision',
    errors: {
      403: 'Not the receiving department',
      404: 'No such referral in your municipality',
      409: 'Not possible in the current status',
    },
  }),
};
