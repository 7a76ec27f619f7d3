import { type Actor, hasPermission } from '@ankomst/contracts';
import {
  consentGiven,
  type ConsentList,
  type ConsentRecord,
  consentWithdrawn,
  type GiveConsent,
  type WithdrawConsent,
} from '@ankomst/contracts/case-overview';
import { authorize, EventRecorder, ServiceException } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { ageOn, birthday, addDays, todayInOslo } from '@ankomst/contracts';
import { CONSENT_COLUMNS, type ConsentRow, latestConsents, toConsentRecord } from './consent.repository';
import { ConsentGate } from './consent-gate';

function withoutNotes(record: ConsentRecord): ConsentRecord {
  return { ...record, grantorName: null, evidenceNote: null, withdrawalNote: null };
}

interface KnownPerson {
  person_id: string;
  household_id: string;
  birth_date: string;
}

/**
 * The consent registry. A consent is given for one scope (category→recipient) by the
 * person or, for a minor, by a guardian (recorded on the child, ending on the 18th
 * birthday); withdrawal ends it at once, because every read consults this table.
 */
@Injectable()
export class ConsentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventRecorder,
  ) {}

  async give(actor: Actor, input: GiveConsent, correlationId?: string): Promise<ConsentRecord> {
    authorize(actor, 'consent:write');
    const today = todayInOslo();
    return this.dataSource.transaction(async (manager) => {
      const person = await this.person(manager, input.personId, actor.municipality);
      const validFrom = input.validFrom ?? today;
      const minor = ageOn(person.birth_date, validFrom) < 18;
      if (minor && input.grantor !== 'guardian') {
        throw ServiceException.validation([
          {
            field: 'grantor',
            rule: 'the person is under 18: consent must be given by a guardian (grantor "guardian" with grantorName)',
            code: 'guardian_required',
          },
        ]);
      }
      if (!minor && input.grantor === 'guardian') {
        throw ServiceException.validation([
          {
            field: 'grantor',
            rule: 'the person is 18 or over: they consent themselves ("self") or through an appointed "representative"',
            code: 'guardian_not_for_adult',
          },
        ]);
      }
      // A guardian's consent lapses when the child comes of age.
      const lastDayAsMinor = addDays(birthday(person.birth_date, 18), -1);
      const validTo = minor && (!input.validTo || input.validTo > lastDayAsMinor) ? lastDayAsMinor : (input.validTo ?? null);

      const id = randomUUID();
      await manager.query(
        `UPDATE consent SET withdrawn_at = now(), withdrawn_by = $3, withdrawal_note = $4
         WHERE person_id = $1 AND scope = $2 AND withdrawn_at IS NULL`,
        [input.personId, input.scope, actor.userId, `replaced by consent ${id}`],
      );
      const [row] = (await manager.query(
        `INSERT INTO consent (id, person_id, household_id, municipality, scope, grantor, grantor_name, evidence_note,
                              valid_from, valid_to, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${CONSENT_COLUMNS}`,
        [
          id,
          input.personId,
          person.household_id,
          actor.municipality,
          input.scope,
          input.grantor,
          input.grantorName ?? null,
          input.evidenceNote,
          validFrom,
          validTo,
          actor.userId,
        ],
      )) as ConsentRow[];
      await this.events.record(manager, {
        contract: consentGiven,
        aggregateId: input.personId,
        municipality: actor.municipality,
        actor,
        correlationId,
        payload: {
          consentId: id,
          personId: input.personId,
          householdId: person.household_id,
          municipality: actor.municipality,
          scope: input.scope,
          grantor: input.grantor,
          validFrom,
          validTo,
        },
      });
      return toConsentRecord(row, today);
    });
  }

  async withdraw(actor: Actor, input: WithdrawConsent, correlationId?: string): Promise<ConsentRecord> {
    authorize(actor, 'consent:write');
    return this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `UPDATE consent SET withdrawn_at = now(), withdrawn_by = $4, withdrawal_note = $5
         WHERE person_id = $1 AND scope = $2 AND municipality = $3 AND withdrawn_at IS NULL
         RETURNING ${CONSENT_COLUMNS}`,
        [input.personId, input.scope, actor.municipality, actor.userId, input.note],
      )) as [ConsentRow[], number];
      const row = rows[0][0];
      if (!row) throw new ServiceException('not_found', `No consent ${input.scope} in force for person ${input.personId}`);
      await this.events.record(manager, {
        contract: consentWithdrawn,
        aggregateId: input.personId,
        municipality: actor.municipality,
        actor,
        correlationId,
        payload: {
          consentId: row.id,
          personId: row.person_id,
          householdId: row.household_id,
          municipality: row.municipality,
          scope: row.scope,
        },
      });
      return toConsentRecord(row, todayInOslo());
    });
  }

  /**
   * Need-to-know: the roles that record consent read the whole history with its evidence
   * and withdrawal notes; a role that only has to know whether it may share reads the status
   * per scope (the newest record of each), without the notes or who the guardian is.
   */
  async list(actor: Actor, personId: string): Promise<ConsentList> {
    authorize(actor, 'consent:read', { personId });
    await this.person(this.dataSource.manager, personId, actor.municipality);
    const today = todayInOslo();
    if (hasPermission(actor.role, 'consent:write')) {
      const rows = (await this.dataSource.query(
        `SELECT ${CONSENT_COLUMNS} FROM consent WHERE person_id = $1 AND municipality = $2 ORDER BY recorded_at DESC, id`,
        [personId, actor.municipality],
      )) as ConsentRow[];
      return { personId, view: 'history', consents: rows.map((row) => toConsentRecord(row, today)) };
    }
    const latest = await latestConsents(this.dataSource.manager, [personId], actor.municipality);
    latest.sort((a, b) => b.recorded_at.getTime() - a.recorded_at.getTime() || a.id.localeCompare(b.id));
    return { personId, view: 'status-per-scope', consents: latest.map((row) => withoutNotes(toConsentRecord(row, today))) };
  }

  /** The gate for these persons as of now: read on every request, never cached. */
  async gate(manager: EntityManager, personIds: string[], municipality: string): Promise<ConsentGate> {
    return new ConsentGate(await latestConsents(manager, personIds, municipality), todayInOslo());
  }

  private async person(manager: EntityManager, personId: string, municipality: string): Promise<KnownPerson> {
    const [person] = (await manager.query(
      `SELECT person_id, household_id, to_char(birth_date, 'YYYY-MM-DD') AS birth_date
       FROM read_model.person WHERE person_id = $1 AND municipality = $2`,
      [personId, municipality],
    )) as KnownPerson[];
    if (!person) throw new ServiceException('not_found', `No person ${personId} in municipality ${municipality}`);
    return person;
  }
}
