import { domainIssue, todayInOslo } from '@ankomst/contracts';
import {
  type ChildFollowUpView,
  type ChildSummary,
  type HandOverChild,
  healthPermissions,
  type RecordChildContact,
  type RecordVaccination,
  type SetRiskGroups,
} from '@ankomst/contracts/health';
import { authorize, type RequestContext, ServiceException } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { toPersonView } from '../arrival-checklist/arrival-checklist.service';
import { HealthPersonEntity } from '../arrival-checklist/health-person.entity';
import { FollowUpStatus } from '../shared/follow-up';
import { vaccinationGaps } from './vaccination-programme';

interface FollowUpRow {
  follow_up_until: string;
  risk_groups: ChildFollowUpView['riskGroups'];
  handed_over_on: string | null;
  handed_over_to: ChildFollowUpView['handedOverTo'];
  handover_note: string | null;
}

/**
 * The MIGRA station's follow-up of a child, up to one year after arrival: vaccinations against
 * the childhood programme with the gap and catch-up list, consultations, check-ups, home visits
 * and diet mapping, then a recorded handover to the ordinary services.
 */
@Injectable()
export class ChildrenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly followUp: FollowUpStatus,
  ) {}

  async list({ actor }: RequestContext, show: 'open' | 'all'): Promise<{ items: ChildSummary[] }> {
    authorize(actor, healthPermissions.read);
    const rows = (await this.dataSource.query(
      `SELECT p.person_id FROM child_follow_up c JOIN health_person p USING (municipality, person_id)
        WHERE c.municipality = $1 ${show === 'open' ? 'AND c.handed_over_on IS NULL' : ''}`,
      [actor.municipality],
    )) as { person_id: string }[];
    const today = todayInOslo();
    const items: ChildSummary[] = [];
    for (const { person_id } of rows) {
      const view = await this.view(this.dataSource.manager, actor.municipality, person_id, today);
      items.push({
        ...view.person,
        followUpUntil: view.followUpUntil,
        handedOverOn: view.handedOverOn,
        gaps: view.gaps.length,
        nextCatchUpBy: view.gaps.map((g) => g.catchUpBy).sort()[0] ?? null,
      });
    }
    items.sort((a, b) => (a.nextCatchUpBy ?? '9999').localeCompare(b.nextCatchUpBy ?? '9999') || a.familyName.localeCompare(b.familyName));
    return { items };
  }

  /** A break-glass grant for exactly this child lifts the read. */
  async get({ actor }: RequestContext, personId: string): Promise<ChildFollowUpView> {
    authorize(actor, healthPermissions.read, { personId });
    return this.view(this.dataSource.manager, actor.municipality, personId, todayInOslo());
  }

  async recordVaccination(ctx: RequestContext, input: RecordVaccination): Promise<ChildFollowUpView> {
    return this.change(ctx, input.personId, async (manager, person) => {
      if (input.givenOn < person.birthDate) {
        throw new ServiceException('validation_failed', 'Invalid input', [
          domainIssue('givenOn', 'date_before', `must not be before the birth date (${person.birthDate})`, { other: 'birthDate' }),
        ]);
      }
      await manager.query(
        `INSERT INTO child_vaccination (id, municipality, person_id, vaccine, given_on, recorded_by) VALUES ($1, $2, $3, $4, $5, $6)`,
        [randomUUID(), person.municipality, person.personId, input.vaccine, input.givenOn, ctx.actor.userId],
      );
    });
  }

  async recordContact(ctx: RequestContext, input: RecordChildContact): Promise<ChildFollowUpView> {
    return this.change(ctx, input.personId, async (manager, person) => {
      await manager.query(
        `INSERT INTO child_contact (id, municipality, person_id, kind, held_on, note, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [randomUUID(), person.municipality, person.personId, input.kind, input.heldOn, input.note, ctx.actor.userId],
      );
    });
  }

  async setRiskGroups(ctx: RequestContext, input: SetRiskGroups): Promise<ChildFollowUpView> {
    return this.change(ctx, input.personId, async (manager, person) => {
      await manager.query(`UPDATE child_follow_up SET risk_groups = $3 WHERE municipality = $1 AND person_id = $2`, [
        person.municipality,
        person.personId,
        [...new Set(input.riskGroups)],
      ]);
    });
  }

  async handOver(ctx: RequestContext, input: HandOverChild): Promise<ChildFollowUpView> {
    return this.change(ctx, input.personId, async (manager, person, row) => {
      if (row.handed_over_on) throw new ServiceException('conflict', `The child was handed over on ${row.handed_over_on}`);
      if (input.handedOverOn < person.arrivedOn) {
        throw new ServiceException('validation_failed', 'Invalid input', [
          domainIssue('handedOverOn', 'date_before', `must not be before the arrival (${person.arrivedOn})`, { other: 'arrivedOn' }),
        ]);
      }
      await manager.query(
        `UPDATE child_follow_up SET handed_over_on = $3, handed_over_to = $4, handover_note = $5 WHERE municipality = $1 AND person_id = $2`,
        [person.municipality, person.personId, input.handedOverOn, input.to, input.note],
      );
    });
  }

  /** Permission, the child's follow-up locked, the change, the follow-up status re-derived: one transaction. */
  private async change(
    { actor, correlationId }: RequestContext,
    personId: string,
    work: (manager: EntityManager, person: HealthPersonEntity, row: FollowUpRow) => Promise<void>,
  ): Promise<ChildFollowUpView> {
    authorize(actor, healthPermissions.write);
    return this.dataSource.transaction(async (manager) => {
      const person = await manager
        .getRepository(HealthPersonEntity)
        .findOne({ where: { municipality: actor.municipality, personId }, lock: { mode: 'pessimistic_write' } });
      const row = person ? await this.followUpRow(manager, actor.municipality, personId, true) : undefined;
      if (!person || !row) throw new ServiceException('not_found', 'No MIGRA follow-up for this person in your municipality');
      await work(manager, person, row);
      await this.followUp.refresh(manager, person, actor.userId, correlationId);
      return this.view(manager, actor.municipality, personId, todayInOslo());
    });
  }

  private async followUpRow(manager: EntityManager, municipality: string, personId: string, lock = false) {
    const [row] = (await manager.query(
      `SELECT follow_up_until::text, risk_groups, handed_over_on::text, handed_over_to, handover_note
         FROM child_follow_up WHERE municipality = $1 AND person_id = $2 ${lock ? 'FOR UPDATE' : ''}`,
      [municipality, personId],
    )) as FollowUpRow[];
    return row;
  }

  private async view(manager: EntityManager, municipality: string, personId: string, today: string): Promise<ChildFollowUpView> {
    const person = await manager.getRepository(HealthPersonEntity).findOneBy({ municipality, personId });
    const row = person ? await this.followUpRow(manager, municipality, personId) : undefined;
    if (!person || !row) throw new ServiceException('not_found', 'No MIGRA follow-up for this person in your municipality');
    const vaccinations = (await manager.query(
      `SELECT id, vaccine, given_on::text AS "givenOn" FROM child_vaccination WHERE municipality = $1 AND person_id = $2 ORDER BY given_on, id`,
      [municipality, personId],
    )) as ChildFollowUpView['vaccinations'];
    const contacts = (await manager.query(
      `SELECT id, kind, held_on::text AS "heldOn", note FROM child_contact WHERE municipality = $1 AND person_id = $2 ORDER BY held_on DESC, id`,
      [municipality, personId],
    )) as ChildFollowUpView['contacts'];
    const { gaps, upcoming } = vaccinationGaps(
      { birthDate: person.birthDate, arrivedOn: person.arrivedOn, given: vaccinations, riskGroups: row.risk_groups },
      today,
    );
    return {
      person: toPersonView(person),
      followUpUntil: row.follow_up_until,
      riskGroups: row.risk_groups,
      handedOverOn: row.handed_over_on,
      handedOverTo: row.handed_over_to,
      handoverNote: row.handover_note,
      vaccinations,
      gaps,
      upcoming,
      contacts,
    };
  }
}
