import { domainIssue, type EndpointOutput, type FieldIssue, todayInOslo } from '@ankomst/contracts';
import {
  absenceSummarised,
  type AttendanceEntryInput,
  type getAttendance,
  type getStipendBasis,
  type recordAttendance,
  introductionPermissions,
} from '@ankomst/contracts/introduction';
import { authorize, EventRecorder, type RequestContext, ServiceException } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type LoadedParticipant, loadParticipant, refuse } from '../participants/participant-store';
import { firstDayOf, isMonthClosed, lastDayOf, monthClosesOn, monthOf } from '../rules/attendance-month';
import { gOn, monthlyBasis, stipendRate } from '../rules/stipend';

interface StoredEntry {
  day: string;
  measureKind: AttendanceEntryInput['measureKind'];
  hours: number;
  presence: AttendanceEntryInput['presence'];
  absenceReason: AttendanceEntryInput['absenceReason'];
}

const inProgramme = new Set(['granted', 'active', 'stopped', 'exited']);

/**
 * Attendance per participant, day and measure, in hours (approved absence with its reason), and
 * the monthly stipend basis computed from it. A month closes 5 days after its end: a later edit
 * needs a reason and is kept in attendance_edit with what it replaced.
 */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventRecorder,
  ) {}

  async record(
    { actor, correlationId }: RequestContext,
    input: { entries: AttendanceEntryInput[]; editReason?: string },
  ): Promise<EndpointOutput<typeof recordAttendance>> {
    authorize(actor, introductionPermissions.write);
    const today = todayInOslo();
    const issues: FieldIssue[] = [];
    const seen = new Set<string>();
    input.entries.forEach((entry, i) => {
      if (entry.day > today) issues.push(domainIssue(`entries.${i}.day`, 'date_in_future', 'must not be in the future'));
      const key = `${entry.participantId}|${entry.day}|${entry.measureKind}`;
      if (seen.has(key)) issues.push(domainIssue(`entries.${i}`, 'invalid', 'the same participant, day and measure twice'));
      seen.add(key);
    });
    const closedMonths = [...new Set(input.entries.map((e) => monthOf(e.day)))].filter((m) => isMonthClosed(m, today));
    if (closedMonths.length && !input.editReason?.trim()) {
      issues.push(
        domainIssue('editReason', 'reason_required', `months closed already (${closedMonths.join(', ')}) need a reason for the edit`),
      );
    }
    refuse(issues);

    return this.dataSource.transaction(async (manager) => {
      const participants = new Map<string, LoadedParticipant>();
      for (const id of [...new Set(input.entries.map((e) => e.participantId))].sort()) {
        const loaded = await loadParticipant(manager, actor.municipality, id, true);
        if (!inProgramme.has(loaded.participant.status)) {
          throw new ServiceException('conflict', 'Attendance is for participants with a granted decision', undefined, {
            code: 'not_in_programme',
          });
        }
        participants.set(id, loaded);
      }
      let audited = 0;
      for (const entry of input.entries) {
        const closed = isMonthClosed(monthOf(entry.day), today);
        const before = await manager.query<StoredEntry[]>(
          `SELECT day::text AS day, measure_kind AS "measureKind", hours::float AS hours, presence, absence_reason AS "absenceReason"
             FROM attendance_entry WHERE participant_id = $1 AND day = $2 AND measure_kind = $3`,
          [entry.participantId, entry.day, entry.measureKind],
        );
        await manager.query(
          `INSERT INTO attendance_entry (participant_id, day, measure_kind, municipality, hours, presence, absence_reason, recorded_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (participant_id, day, measure_kind) DO UPDATE SET hours = EXCLUDED.hours, presence = EXCLUDED.presence,
             absence_reason = EXCLUDED.absence_reason, recorded_by = EXCLUDED.recorded_by, recorded_at = now()`,
          [
            entry.participantId,
            entry.day,
            entry.measureKind,
            actor.municipality,
            entry.hours,
            entry.presence,
            entry.presence === 'present' ? null : entry.absenceReason,
            actor.userId,
          ],
        );
        if (closed) {
          await manager.query(
            `INSERT INTO attendance_edit (participant_id, day, measure_kind, before, after, reason, edited_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
            [
              entry.participantId,
              entry.day,
              entry.measureKind,
              before[0] ? JSON.stringify(before[0]) : null,
              JSON.stringify(entry),
              input.editReason,
              actor.userId,
            ],
          );
          audited += 1;
        }
      }
      const touched = new Set(input.entries.map((e) => `${e.participantId}|${monthOf(e.day)}`));
      for (const key of [...touched].sort()) {
        const [participantId, month] = key.split('|');
        const loaded = participants.get(participantId);
        if (loaded) await this.summarise(manager, loaded, month, { actor, correlationId });
      }
      return { saved: input.entries.length, audited, personIds: [...participants.values()].map((p) => p.participant.personId) };
    });
  }

  async get({ actor }: RequestContext, participantId: string, month: string): Promise<EndpointOutput<typeof getAttendance>> {
    authorize(actor, introductionPermissions.read);
    const { participant } = await loadParticipant(this.dataSource.manager, actor.municipality, participantId);
    return {
      personId: participant.personId,
      month,
      closed: isMonthClosed(month, todayInOslo()),
      closesOn: monthClosesOn(month),
      entries: await entriesOf(this.dataSource.manager, participantId, month),
    };
  }

  /** The month's payment basis: rate by age and living situation on the 1st, G of that day, unapproved absence deducted. */
  async stipend({ actor }: RequestContext, participantId: string, month: string): Promise<EndpointOutput<typeof getStipendBasis>> {
    authorize(actor, introductionPermissions.read);
    const { participant, person } = await loadParticipant(this.dataSource.manager, actor.municipality, participantId);
    const first = firstDayOf(month);
    let g: number;
    try {
      g = gOn(first);
    } catch {
      throw ServiceException.validation([domainIssue('month', 'date_too_early', 'no grunnbeløp is configured for this month')]);
    }
    const entries = await entriesOf(this.dataSource.manager, participantId, month);
    const hundredths = (presence: StoredEntry['presence']) =>
      entries.filter((e) => e.presence === presence).reduce((sum, e) => sum + Math.round(e.hours * 100), 0);
    const basis = monthlyBasis({
      g,
      rate: stipendRate(person.birthDate, first, participant.livingSituation),
      unapprovedHundredths: hundredths('unapproved-absence'),
    });
    return { personId: participant.personId, month, ...basis, approvedAbsenceHours: hundredths('approved-absence') / 100 };
  }

  private async summarise(
    manager: EntityManager,
    loaded: LoadedParticipant,
    month: string,
    who: { actor: { userId: string }; correlationId: string },
  ): Promise<void> {
    const entries = await entriesOf(manager, loaded.participant.id, month);
    const sum = (presence: StoredEntry['presence']) =>
      entries.filter((e) => e.presence === presence).reduce((total, e) => total + Math.round(e.hours * 100), 0) / 100;
    await manager.query(`UPDATE participant SET version = version + 1 WHERE id = $1`, [loaded.participant.id]);
    const [{ version }] = await manager.query<{ version: number }[]>(`SELECT version FROM participant WHERE id = $1`, [
      loaded.participant.id,
    ]);
    loaded.participant.version = version;
    await this.events.record(manager, {
      contract: absenceSummarised,
      aggregateId: loaded.participant.id,
      municipality: loaded.participant.municipality,
      actor: who.actor,
      correlationId: who.correlationId,
      payload: {
        participantId: loaded.participant.id,
        personId: loaded.participant.personId,
        householdId: loaded.person.householdId,
        municipality: loaded.participant.municipality,
        version,
        month,
        approvedHours: sum('approved-absence'),
        unapprovedHours: sum('unapproved-absence'),
      },
    });
  }
}

async function entriesOf(manager: EntityManager, participantId: string, month: string): Promise<StoredEntry[]> {
  return manager.query<StoredEntry[]>(
    `SELECT day::text AS day, measure_kind AS "measureKind", hours::float AS hours, presence, absence_reason AS "absenceReason"
       FROM attendance_entry WHERE participant_id = $1 AND day BETWEEN $2 AND $3 ORDER BY day, measure_kind`,
    [participantId, firstDayOf(month), lastDayOf(month)],
  );
}
