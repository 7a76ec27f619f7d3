/**
 * Request/reply subjects of the housing service. They live under `ankomst.housing.rpc.` and
 * are never part of the housing JetStream stream, which lists its event subjects one by one.
 */
const rpc = (command: string) => `ankomst.housing.rpc.${command}.v1`;

export const housingRpc = {
  recordSettlementRequest: rpc('record-settlement-request'),
  correctSettlementRequest: rpc('correct-settlement-request'),
  recordSettlementDecision: rpc('record-settlement-decision'),
  settlementFigures: rpc('settlement-figures'),
  settlementProgress: rpc('settlement-progress'),
  registerHousehold: rpc('register-household'),
  importHouseholds: rpc('import-households'),
  getHousehold: rpc('get-household'),
  listHouseholds: rpc('list-households'),
  updatePerson: rpc('update-person'),
  settlePerson: rpc('settle-person'),
  settleHousehold: rpc('settle-household'),
  getPerson: rpc('get-person'),
  findPersonByNationalId: rpc('find-person-by-national-id'),
  timeToSettlement: rpc('time-to-settlement'),
  registerDwelling: rpc('register-dwelling'),
  listDwellings: rpc('list-dwellings'),
  allocateDwelling: rpc('allocate-dwelling'),
  endTenancy: rpc('end-tenancy'),
  vacancy: rpc('vacancy'),
  openSelfSettlement: rpc('open-self-settlement'),
  updateSelfSettlementChecklist: rpc('update-self-settlement-checklist'),
  decideSelfSettlement: rpc('decide-self-settlement'),
  getSelfSettlement: rpc('get-self-settlement'),
  requestPersonTransfer: rpc('request-person-transfer'),
  releasePersonTransfer: rpc('release-person-transfer'),
  declinePersonTransfer: rpc('decline-person-transfer'),
  listIncomingPersonTransfers: rpc('list-incoming-person-transfers'),
  listOutgoingPersonTransfers: rpc('list-outgoing-person-transfers'),
  /** Break-glass: does this person exist in the caller's municipality (no personal data returned). */
  confirmPerson: rpc('confirm-person'),
  /** The privacy officer's access report: the person ids (and names) a national id has in the caller's municipality. */
  resolveAccessReportPersons: rpc('resolve-access-report-persons'),
} as const;

export type HousingRpcSubject = (typeof housingRpc)[keyof typeof housingRpc];
