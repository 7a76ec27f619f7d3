import { z } from 'zod';
import { birthDate, pastCaseDate } from '../common/dates';
import { entityId, isoDate } from '../common/ids';
import { multiLineText } from '../common/text';
import { healthPersonView } from './checklist';

/** Vaccines of the Norwegian childhood programme (FHI), BCG and hepatitis B for risk groups. */
export const childVaccines = [
  'rotavirus',
  'dtap-ipv-hib-hepb',
  'pcv',
  'mmr',
  'dtap-ipv',
  'hpv',
  'dtap-ipv-booster',
  'bcg',
  'hepb',
] as const;
export const childVaccine = z.enum(childVaccines);
export type ChildVaccine = z.infer<typeof childVaccine>;

export const childRiskGroup = z.enum(['tuberculosis', 'hepatitis-b']);
export type ChildRiskGroup = z.infer<typeof childRiskGroup>;

/** What the MIGRA station records of its contact with a child and the family. */
export const childContactKind = z.enum(['consultation', 'check-up', 'home-visit', 'diet-mapping']);
export type ChildContactKind = z.infer<typeof childContactKind>;

/** The ordinary service a child is handed over to when the MIGRA follow-up ends. */
export const handoverTarget = z.enum(['gp', 'health-station', 'school-health-service']);
export type HandoverTarget = z.infer<typeof handoverTarget>;

export const vaccinationGap = z.object({ vaccine: childVaccine, dose: z.number().int(), dueOn: isoDate, catchUpBy: isoDate });
export type VaccinationGap = z.infer<typeof vaccinationGap>;

export const childFollowUpView = z.object({
  person: healthPersonView,
  followUpUntil: isoDate,
  riskGroups: z.array(childRiskGroup),
  handedOverOn: isoDate.nullable(),
  handedOverTo: handoverTarget.nullable(),
  handoverNote: z.string().nullable(),
  vaccinations: z.array(z.object({ id: entityId, vaccine: childVaccine, givenOn: isoDate })),
  gaps: z.array(vaccinationGap),
  upcoming: z.array(z.object({ vaccine: childVaccine, dose: z.number().int(), dueOn: isoDate })),
  contacts: z.array(z.object({ id: entityId, kind: childContactKind, heldOn: isoDate, note: z.string().nullable() })),
});
export type ChildFollowUpView = z.infer<typeof childFollowUpView>;

export const childSummary = healthPersonView.extend({
  followUpUntil: isoDate,
  handedOverOn: isoDate.nullable(),
  gaps: z.number().int(),
  nextCatchUpBy: isoDate.nullable(),
});
export type ChildSummary = z.infer<typeof childSummary>;

export const childPersonInput = z.object({ personId: entityId });

export const recordVaccinationInput = z.object({
  personId: entityId,
  vaccine: childVaccine,
  /** May be before arrival (given abroad, from the vaccination card); not before birth (checked against it). */
  givenOn: birthDate,
});
export type RecordVaccination = z.infer<typeof recordVaccinationInput>;

export const recordChildContactInput = z.object({
  personId: entityId,
  kind: childContactKind,
  heldOn: pastCaseDate,
  note: multiLineText({ max: 4000 }).nullable().default(null),
});
export type RecordChildContact = z.infer<typeof recordChildContactInput>;

export const setRiskGroupsInput = z.object({ personId: entityId, riskGroups: z.array(childRiskGroup).max(2) });
export type SetRiskGroups = z.infer<typeof setRiskGroupsInput>;

export const handOverChildInput = z.object({
  personId: entityId,
  handedOverOn: pastCaseDate,
  to: handoverTarget,
  note: multiLineText({ max: 4000 }).nullable().default(null),
});
export type HandOverChild = z.infer<typeof handOverChildInput>;
