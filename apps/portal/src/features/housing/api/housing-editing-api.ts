import {
  type AddHouseholdMember,
  type EndTenancy,
  type FindPersonByNationalId,
  housingApi,
  type RegisterDwelling,
  type RemoveHouseholdMember,
  type UpdateDwelling,
  type UpdateHousehold,
  type UpdatePerson,
} from '@ankomst/contracts/housing';
import { callEndpoint } from '../../../api/endpoint-client';

export const fetchDwelling = (dwellingId: string, signal?: AbortSignal) => callEndpoint(housingApi.getDwelling, { id: dwellingId }, signal);

export const fetchDwellingTenancies = (dwellingId: string, signal?: AbortSignal) =>
  callEndpoint(housingApi.listDwellingTenancies, { dwellingId }, signal);

export const registerDwelling = (body: RegisterDwelling) => callEndpoint(housingApi.registerDwelling, body);

export const updateDwelling = (input: UpdateDwelling) => callEndpoint(housingApi.updateDwelling, input);

export const endTenancy = (input: EndTenancy) => callEndpoint(housingApi.endTenancy, input);

export const fetchHouseholdHome = (householdId: string, signal?: AbortSignal) =>
  callEndpoint(housingApi.getHouseholdHome, { id: householdId }, signal);

export const updateHousehold = (input: UpdateHousehold) => callEndpoint(housingApi.updateHousehold, input);

export const addHouseholdMember = (input: AddHouseholdMember) => callEndpoint(housingApi.addHouseholdMember, input);

export const removeHouseholdMember = (input: RemoveHouseholdMember) => callEndpoint(housingApi.removeHouseholdMember, input);

export const updatePerson = (input: UpdatePerson) => callEndpoint(housingApi.updatePerson, input);

/** POST with the number in the body (the declaration's binding): it never lands in a URL. */
export const findPersonByNationalId = (body: FindPersonByNationalId) => callEndpoint(housingApi.findPersonByNationalId, body);
