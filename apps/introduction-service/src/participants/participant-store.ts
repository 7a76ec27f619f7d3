import { domainIssue, type FieldIssue, todayInOslo } from '@ankomst/contracts';
import { participantStatusChanged, type ParticipantView } from '@ankomst/contracts/introduction';
import { type EventRecorder, ServiceException } from '@ankomst/platform-messaging';
import { type EntityManager, In } from 'typeorm';
import { decisionDeadline } from '../rules/decision-deadline';
import { HousingPersonEntity } from './housing-person.entity';
import { ParticipantEntity } from './participant.entity';
import { toParticipantView } from './participant-view';

/** A participant with the person it is about, loaded in one transaction. */
export interface LoadedParticipant {
  participant: ParticipantEntity;
  person: HousingPersonEntity;
  hasChildren: boolean;
}

/** A head or spouse of a household with a child in it has children (derived from housing's household). */
export async function hasChildrenIn(manager: EntityManager, person: HousingPersonEntity): Promise<boolean> {
  if (person.relationship !== 'head' && person.relationship !== 'spouse') return false;
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM housing_person WHERE municipality = $1 AND household_id = $2 AND relationship = 'child' LIMIT 1`,
    [person.municipality, person.householdId],
  );
  return rows.length > 0;
}

/** Loads (and with `lock`, locks) a participant of the actor's municipality; 404 for anyone else's. */
export async function loadParticipant(manager: EntityManager, municipality: string, id: string, lock = false): Promise<LoadedParticipant> {
  const participant = await manager.getRepository(ParticipantEntity).findOne({
    where: { id, municipality },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!participant) throw new ServiceException('not_found', 'No such participant in your municipality');
  const person = await manager.getRepository(HousingPersonEntity).findOneByOrFail({ municipality, personId: participant.personId });
  return { participant, person, hasChildren: await hasChildrenIn(manager, person) };
}

/**
 * A page of participants in the order of `ids`, in three statements however long the page
 * (participants, their persons, which households have a child) instead of three per row.
 */
export async function loadParticipants(manager: EntityManager, municipality: string, ids: string[]): Promise<LoadedParticipant[]> {
  if (!ids.length) return [];
  const participants = await manager.getRepository(ParticipantEntity).findBy({ municipality, id: In(ids) });
  const persons = await manager
    .getRepository(HousingPersonEntity)
    .findBy({ municipality, personId: In(participants.map((p) => p.personId)) });
  const withChild = await manager.query<{ household_id: string }[]>(
    `SELECT DISTINCT household_id FROM housing_person WHERE municipality = $1 AND household_id = ANY($2) AND relationship = 'child'`,
    [municipality, [...new Set(persons.map((p) => p.householdId))]],
  );
  const childHouseholds = new Set(withChild.map((row) => row.household_id));
  const personOf = new Map(persons.map((person) => [person.personId, person]));
  const byId = new Map(participants.map((participant) => [participant.id, participant]));
  return ids.flatMap((id) => {
    const participant = byId.get(id);
    const person = participant && personOf.get(participant.personId);
    if (!participant || !person) return [];
    const parent = person.relationship === 'head' || person.relationship === 'spouse';
    return [{ participant, person, hasChildren: parent && childHouseholds.has(person.householdId) }];
  });
}

export function viewOf(loaded: LoadedParticipant): ParticipantView {
  return toParticipantView(loaded.participant, loaded.person, loaded.hasChildren);
}

export const refuse = (issues: FieldIssue[]) => {
  if (issues.length) throw ServiceException.validation(issues);
};

export const notBeforeIssue = (field: string, value: string, other: string, otherDate: string | null | undefined): FieldIssue[] =>
  otherDate && value < otherDate
    ? [domainIssue(field, 'date_before', `must not be before ${other} (${otherDate})`, { other, date: otherDate })]
    : [];

/** Saves the participant with its version bumped and records the status event in the same transaction. */
export async function saveWithStatusEvent(
  manager: EntityManager,
  events: EventRecorder,
  loaded: LoadedParticipant,
  who: { actor: string | { userId: string }; correlationId?: string },
): Promise<void> {
  const { participant, person } = loaded;
  participant.version += 1;
  await updateParticipant(manager, participant);
  await recordStatus(manager, events, participant, person, who);
}

/**
 * Writes a loaded (and locked) participant's changeable fields in one UPDATE. `save` would
 * first read the row again to work out what changed: a statement more on every command, and
 * TypeORM's diffing, for a row this transaction holds anyway.
 */
async function updateParticipant(manager: EntityManager, participant: ParticipantEntity): Promise<void> {
  const { id, municipality, personId: _personId, source: _source, manualReason: _manualReason, ...changeable } = participant;
  await manager.update(ParticipantEntity, { id, municipality }, changeable);
}

export async function recordStatus(
  manager: EntityManager,
  events: EventRecorder,
  participant: ParticipantEntity,
  person: HousingPersonEntity,
  who: { actor: string | { userId: string }; correlationId?: string },
): Promise<void> {
  const deadline = person.settledOn ? decisionDeadline(person.settledOn, todayInOslo(), participant.decision?.decidedOn ?? null) : null;
  await events.record(manager, {
    contract: participantStatusChanged,
    aggregateId: participant.id,
    municipality: participant.municipality,
    actor: who.actor,
    correlationId: who.correlationId,
    payload: {
      participantId: participant.id,
      personId: participant.personId,
      householdId: person.householdId,
      municipality: participant.municipality,
      version: participant.version,
      status: participant.status,
      decisionDeadline: deadline?.deadline ?? null,
      deadlineState: deadline?.state ?? 'none',
      decidedOn: participant.decision?.decidedOn ?? null,
      exitedOn: participant.exit?.exitedOn ?? null,
    },
  });
}
