import { z } from 'zod';
import { departmentEndpoints } from '../kit/department-endpoints';
import { entityId, housingById } from './common';
import {
  allocateDwelling,
  dwellingPage,
  dwellingView,
  endTenancy,
  householdHome,
  listDwellings,
  registerDwelling,
  tenancyView,
  updateDwelling,
  vacancyQuery,
  vacancyReport,
} from './dwelling';
import {
  addHouseholdMember,
  findPersonByNationalId,
  getPerson,
  type HouseholdView,
  householdView,
  listHouseholds,
  personView,
  registerHousehold,
  removeHouseholdMember,
  settlePerson,
  timeToSettlement,
  timeToSettlementQuery,
  updateHousehold,
  updatePerson,
} from './household';
import { householdDetail, householdPage, settleHousehold } from './household-situation';
import { countyStatistics, countyStatisticsQuery } from './county-statistics';
import { settlementPlanning, settlementPlanningQuery } from './planning';
import { decideSelfSettlement, openSelfSettlement, selfSettlementCase, updateSelfSettlementChecklist } from './self-settlement';
import {
  correctSettlementRequest,
  recordSettlementDecision,
  recordSettlementRequest,
  settlementDecision,
  settlementFigures,
  settlementFiguresQuery,
  settlementProgress,
  settlementProgressQuery,
  settlementRequest,
} from './settlement';
import {
  declinePersonTransfer,
  incomingPersonTransfer,
  incomingPersonTransferList,
  listPersonTransfers,
  outgoingPersonTransfer,
  outgoingPersonTransferList,
  releasePersonTransfer,
  requestPersonTransfer,
} from './transfer';

/** A tenancy with the members of its household: whose home it is, for the audit log. */
export const dwellingTenancy = tenancyView.extend({ memberIds: z.array(entityId) });
export type DwellingTenancy = z.infer<typeof dwellingTenancy>;

const housingWrite = { permissions: ['housing:write'] } as const;
const statistics = { permissions: ['housing:statistics'] } as const;
const dwellingsRead = { permissions: ['dwellings:read'] } as const;
const dwellingsWrite = { permissions: ['dwellings:write'] } as const;
const tenancyPersons = (tenancy: DwellingTenancy | undefined) => tenancy?.memberIds ?? [];
const allocation = 'housing allocation';
const housingRead = { permissions: ['housing:read'] } as const;

/** Households and persons are read by housing and the introduction office: each for its own unit's work. */
const readersOwnWork = { ofReader: {} };
const householdPersons = (household: HouseholdView | undefined) => household?.members.map((member) => member.id) ?? [];
const onePerson = (person: { id: string } | undefined) => (person ? [person.id] : []);

/** The settlement figures hold no person; a correction is audited so that the log says who changed a figure. */
const settlementFiguresWork = 'settlement request and decision';

/** A self-settlement case holds no person's data beyond the household id; housing's own case work. */
const selfSettlementWork = 'agreed self-settlement case work';
const noPersons = () => [];

/**
 * Transfers are the housing office's case work, not something every housing reader needs:
 * even the lists need housing:write. Each side is audited under the person's id in its own
 * municipality: the holder's record for the holder, the (future) new record for the receiver.
 */
const transferWork = 'transfer of a settlement case between municipalities';

const housing = departmentEndpoints('housing');
/**
 * The housing service's operations declared with the department kit: each one's NATS subject,
 * schemas, permission, audit and HTTP route.
 */
export const housingApi = {
  recordSettlementRequest: housing.post('record-settlement-request', {
    summary: "Record IMDi's settlement request or an additional request",
    input: recordSettlementRequest,
    output: settlementRequest,
    access: housingWrite,
    audit: false,
    path: '/settlement-requests',
    status: 201,
  }),
  correctSettlementRequest: housing.patch('correct-settlement-request', {
    summary: "Correct a recorded request's figures (replaced; the previous ones go with the event, the audit log names who)",
    input: correctSettlementRequest,
    output: settlementRequest,
    access: housingWrite,
    audit: { action: 'settlement-request.correct', purpose: settlementFiguresWork, persons: noPersons },
    path: '/settlement-requests/:id',
    errors: { 400: 'Invalid figures (field and rule named), or nothing changed (no_change)', 404: 'No such request in your municipality' },
  }),
  settlementFigures: housing.get('settlement-figures', {
    summary: "A year's requests one by one and the council's decision, for recording and correcting them",
    input: settlementFiguresQuery,
    output: settlementFigures,
    access: statistics,
    audit: false,
  }),
  recordSettlementDecision: housing.post('record-settlement-decision', {
    summary: "Record the council's settlement decision for a year (replaces an earlier one)",
    input: recordSettlementDecision,
    output: settlementDecision,
    access: housingWrite,
    audit: false,
    path: '/settlement-decisions',
    status: 201,
  }),
  settlementProgress: housing.get('settlement-progress', {
    summary: 'Settled vs decided vs requested for a year, split EM / adults / children',
    input: settlementProgressQuery,
    output: settlementProgress,
    access: statistics,
    audit: false,
    path: '/statistics/progress',
  }),
  timeToSettlement: housing.get('time-to-settlement', {
    summary: 'Residence permit → settlement and request → housing against the targets',
    input: timeToSettlementQuery,
    output: timeToSettlement,
    access: statistics,
    audit: false,
    path: '/statistics/time-to-settlement',
  }),
  vacancy: housing.get('vacancy', {
    summary: 'Vacancy of municipal dwellings by quarter against the target',
    input: vacancyQuery,
    output: vacancyReport,
    access: statistics,
    audit: false,
    path: '/statistics/vacancy',
  }),
  settlementPlanning: housing.get('settlement-planning', {
    summary: 'Persons still to settle this year (EM separately) against vacant and soon-vacant municipal dwellings by size, per quarter',
    input: settlementPlanningQuery,
    output: settlementPlanning,
    access: statistics,
    audit: false,
    path: '/statistics/planning',
  }),
  countyStatistics: housing.get('county-statistics', {
    summary: "The county governor's view: per municipality of the caller's county, request, decision, settled and time to settlement",
    input: countyStatisticsQuery,
    output: countyStatistics,
    access: { permissions: ['statistics:county'] },
    // Aggregates only, small counts suppressed: no person is read.
    audit: false,
    path: '/statistics/county',
  }),
  registerDwelling: housing.post('register-dwelling', {
    summary: 'Register a municipal or private dwelling',
    input: registerDwelling,
    output: dwellingView,
    access: dwellingsWrite,
    audit: false,
    path: '/dwellings',
    status: 201,
  }),
  getDwelling: housing.get('get-dwelling', {
    summary: 'One dwelling with the household living there now, if any',
    input: housingById,
    output: dwellingView,
    access: dwellingsRead,
    // As the list: an address and the occupying household's id, no person.
    audit: false,
    path: '/dwellings/:id',
    errors: { 404: 'No such dwelling in your municipality' },
  }),
  updateDwelling: housing.patch('update-dwelling', {
    summary: 'Change address, size, rooms, rent, ownership or status of a dwelling (only the fields sent)',
    input: updateDwelling,
    output: dwellingView,
    access: dwellingsWrite,
    audit: false,
    path: '/dwellings/:dwellingId',
    errors: { 404: 'No such dwelling in your municipality', 409: 'Code dwelling_occupied: a let dwelling cannot be retired or closed' },
  }),
  listDwellings: housing.get('list-dwellings', {
    summary: "List the municipality's dwellings (optionally vacant only)",
    input: listDwellings,
    output: dwellingPage,
    access: dwellingsRead,
    // Addresses and the occupying household's id, no person: the occupants are read through
    // the household, which is audited.
    audit: false,
    path: '/dwellings',
  }),
  allocateDwelling: housing.post('allocate-dwelling', {
    summary: 'Allocate a dwelling to a household',
    input: allocateDwelling,
    output: dwellingTenancy,
    access: dwellingsWrite,
    audit: { action: 'tenancy.allocate', purpose: allocation, persons: tenancyPersons },
    path: '/tenancies',
    status: 201,
    errors: { 409: 'Dwelling already allocated, or household already housed' },
  }),
  endTenancy: housing.post('end-tenancy', {
    summary: 'End a tenancy (moved, bought own home with startlån, …)',
    input: endTenancy,
    output: dwellingTenancy,
    access: dwellingsWrite,
    audit: { action: 'tenancy.end', purpose: allocation, persons: tenancyPersons },
    path: '/tenancies/:tenancyId/end',
    errors: { 409: 'Tenancy already ended' },
  }),
  listDwellingTenancies: housing.get('list-dwelling-tenancies', {
    summary: "A dwelling's tenancy history, newest first: which household lived there, from when to when, and why it ended",
    input: z.object({ dwellingId: entityId }),
    output: z.object({ items: z.array(dwellingTenancy) }),
    access: dwellingsRead,
    audit: { action: 'dwelling.tenancies.read', purpose: allocation, persons: (out) => out?.items.flatMap((t) => t.memberIds) ?? [] },
    path: '/dwellings/:dwellingId/tenancies',
    errors: { 404: 'No such dwelling in your municipality' },
  }),
  getHouseholdHome: housing.get('get-household-home', {
    summary: "Where a household lives now: its active tenancy and the dwelling's address (home null when it has none)",
    input: housingById,
    output: householdHome,
    access: dwellingsRead,
    audit: { action: 'household.home.read', purpose: allocation, persons: (out) => out?.memberIds ?? [] },
    path: '/households/:id/home',
    errors: { 404: 'No such household in your municipality' },
  }),
  registerHousehold: housing.post('register-household', {
    summary: 'Register a household and its members',
    input: registerHousehold,
    output: householdView,
    access: housingWrite,
    audit: { action: 'household.register', purpose: readersOwnWork, persons: householdPersons },
    path: '/households',
    status: 201,
    errors: {
      409: 'National id already registered here; code national_id_held_elsewhere: another municipality holds it (not said which), request a transfer',
    },
  }),
  listHouseholds: housing.get('list-households', {
    summary:
      "List the municipality's households, newest first; search by name fragment and filter by origin, status or unaccompanied minors (total counts the matches)",
    input: listHouseholds,
    output: householdPage,
    access: housingRead,
    audit: { action: 'household.list', purpose: readersOwnWork, persons: (page) => page?.items.flatMap(householdPersons) ?? [] },
    path: '/households',
    errors: { 400: 'Invalid query (field and rule named), e.g. a one-letter search or a national id as search' },
  }),
  getHousehold: housing.get('get-household', {
    summary: 'One household with its members, its status from the facts, its tenancies and its self-settlement cases',
    input: housingById,
    output: householdDetail,
    access: housingRead,
    audit: { action: 'household.read', purpose: readersOwnWork, persons: householdPersons },
    path: '/households/:id',
    errors: { 404: 'No such household in your municipality' },
  }),
  updateHousehold: housing.patch('update-household', {
    summary: "Correct a household's country of origin, languages or the date of IMDi's request",
    input: updateHousehold,
    output: householdView,
    access: housingWrite,
    audit: { action: 'household.update', purpose: readersOwnWork, persons: householdPersons },
    path: '/households/:id',
    errors: { 404: 'No such household in your municipality' },
  }),
  addHouseholdMember: housing.post('add-household-member', {
    summary: 'Add a member to a registered household (a newborn, family reunification)',
    input: addHouseholdMember,
    output: householdView,
    access: housingWrite,
    audit: { action: 'household.member.add', purpose: readersOwnWork, persons: householdPersons },
    path: '/households/:householdId/members',
    status: 201,
    errors: { 404: 'No such household in your municipality', 409: 'National id already registered, or the household is full (30)' },
  }),
  removeHouseholdMember: housing.post('remove-household-member', {
    summary: "Remove a member from the household's current members: the person's record and history stay, with the day and reason",
    input: removeHouseholdMember,
    output: householdView,
    access: housingWrite,
    // The removed person is named too: the answer lists only the members who stay.
    audit: {
      action: 'household.member.remove',
      purpose: readersOwnWork,
      persons: (household, input) => [...householdPersons(household), input.personId],
    },
    path: '/households/:householdId/members/:personId/remove',
    errors: { 404: 'No such member of this household in your municipality', 409: 'Code last_member: the last member cannot be removed' },
  }),
  getPerson: housing.get('get-person', {
    summary: 'One person; break-glass can lift housing:read here for the person of an active grant',
    input: getPerson,
    output: personView,
    access: housingRead,
    audit: { action: 'person.read', purpose: readersOwnWork, persons: onePerson },
    path: '/persons/:personId',
    errors: { 404: 'No such person in your municipality' },
  }),
  updatePerson: housing.patch('update-person', {
    summary: 'Change names, languages, residence permit date or add a national id',
    input: updatePerson,
    output: personView,
    access: housingWrite,
    audit: { action: 'person.update', purpose: readersOwnWork, persons: onePerson },
    path: '/persons/:personId',
    errors: { 404: 'No such person in your municipality' },
  }),
  settlePerson: housing.post('settle-person', {
    summary: 'Record the day a person was settled in the municipality',
    input: settlePerson,
    output: personView,
    access: housingWrite,
    audit: { action: 'person.settle', purpose: readersOwnWork, persons: onePerson },
    path: '/persons/:personId/settle',
    errors: { 409: 'Already settled' },
  }),
  settleHousehold: housing.post('settle-household', {
    summary:
      'Settle every member not yet settled on one day; with dwellingId the household moves in that day (allocated in the same transaction)',
    input: settleHousehold,
    output: householdDetail,
    access: housingWrite,
    audit: {
      action: 'household.settle',
      purpose: readersOwnWork,
      persons: householdPersons,
    },
    path: '/households/:id/settle',
    errors: {
      404: 'No such household (or dwelling) in your municipality',
      409: 'Everyone already settled (household_settled), or the dwelling or household already has a tenancy',
    },
  }),
  // POST, not GET: a national id must not travel in a URL (logs, history, proxies).
  findPersonByNationalId: housing.post('find-person-by-national-id', {
    summary: 'Find a person by fødselsnummer or D-nummer',
    input: findPersonByNationalId,
    output: personView,
    access: housingRead,
    audit: { action: 'person.lookup', purpose: readersOwnWork, persons: onePerson },
    path: '/persons/lookup',
    errors: { 404: 'Nobody with this number in your municipality' },
  }),
  openSelfSettlement: housing.post('open-self-settlement', {
    summary: 'Open an agreed self-settlement case for a household',
    input: openSelfSettlement,
    output: selfSettlementCase,
    access: housingWrite,
    audit: { action: 'self-settlement.open', purpose: selfSettlementWork, persons: noPersons },
    path: '/self-settlements',
    status: 201,
    errors: { 409: 'Household already has an open case' },
  }),
  getSelfSettlement: housing.get('get-self-settlement', {
    summary: 'A self-settlement case with its evaluated checklist',
    input: housingById,
    output: selfSettlementCase,
    access: housingRead,
    // Housing reads its own case work; another reader (an intro advisor) with their own unit's purpose.
    audit: { action: 'self-settlement.read', purpose: { ofReader: { housing: selfSettlementWork } }, persons: noPersons },
    path: '/self-settlements/:id',
    errors: { 404: 'No such case in your municipality' },
  }),
  updateSelfSettlementChecklist: housing.patch('update-self-settlement-checklist', {
    summary: 'Confirm (or withdraw) checklist items',
    input: updateSelfSettlementChecklist,
    output: selfSettlementCase,
    access: housingWrite,
    audit: { action: 'self-settlement.checklist', purpose: selfSettlementWork, persons: noPersons },
    path: '/self-settlements/:id/checklist',
    errors: { 409: 'The case is already decided' },
  }),
  decideSelfSettlement: housing.post('decide-self-settlement', {
    summary: 'Approve (only when every check passes) or reject with a reason',
    input: decideSelfSettlement,
    output: selfSettlementCase,
    access: housingWrite,
    audit: { action: 'self-settlement.decide', purpose: selfSettlementWork, persons: noPersons },
    path: '/self-settlements/:id/decision',
    errors: { 409: 'A check has not passed, or the case is already decided' },
  }),
  // POST with the number in the body: a national id must not travel in a URL.
  requestPersonTransfer: housing.post('request-person-transfer', {
    summary: 'Ask for a person whose national id another municipality holds (registration answered national_id_held_elsewhere)',
    input: requestPersonTransfer,
    output: outgoingPersonTransfer,
    access: housingWrite,
    audit: { action: 'person-transfer.request', purpose: transferWork, persons: (transfer) => (transfer ? [transfer.personId] : []) },
    path: '/transfers',
    status: 201,
    errors: {
      404: 'No other municipality holds this national id: register the person instead',
      409: 'Already registered in your municipality, or a transfer of this person is already pending',
    },
  }),
  listIncomingPersonTransfers: housing.get('list-incoming-person-transfers', {
    summary: 'Requests from other municipalities for persons of yours, newest first',
    input: listPersonTransfers,
    output: incomingPersonTransferList,
    access: housingWrite,
    audit: {
      action: 'person-transfer.list-incoming',
      purpose: transferWork,
      persons: (list) => list?.items.map((transfer) => transfer.person.id) ?? [],
    },
    path: '/transfers/incoming',
  }),
  listOutgoingPersonTransfers: housing.get('list-outgoing-person-transfers', {
    summary: "Your municipality's own transfer requests and their outcome, newest first",
    input: listPersonTransfers,
    output: outgoingPersonTransferList,
    access: housingWrite,
    audit: {
      action: 'person-transfer.list-outgoing',
      purpose: transferWork,
      persons: (list) => list?.items.map((transfer) => transfer.personId) ?? [],
    },
    path: '/transfers/outgoing',
  }),
  releasePersonTransfer: housing.post('release-person-transfer', {
    summary: 'Let the person go: your record is kept (read-only, marked moved out), the requesting municipality gets its own',
    input: releasePersonTransfer,
    output: incomingPersonTransfer,
    access: housingWrite,
    audit: { action: 'person-transfer.release', purpose: transferWork, persons: (transfer) => (transfer ? [transfer.person.id] : []) },
    path: '/transfers/:transferId/release',
    errors: { 404: 'No such request for a person of yours', 409: 'Already released or declined' },
  }),
  declinePersonTransfer: housing.post('decline-person-transfer', {
    summary: 'Decline a request with a reason the requesting municipality sees',
    input: declinePersonTransfer,
    output: incomingPersonTransfer,
    access: housingWrite,
    audit: { action: 'person-transfer.decline', purpose: transferWork, persons: (transfer) => (transfer ? [transfer.person.id] : []) },
    path: '/transfers/:transferId/decline',
    errors: { 404: 'No such request for a person of yours', 409: 'Already released or declined' },
  }),
};
