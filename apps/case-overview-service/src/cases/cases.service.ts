import { type Actor } from '@ankomst/contracts';
import {
  type AttentionItem,
  type AttentionList,
  type AttentionListQuery,
  type CaseMember,
  type CasePage,
  type CaseView,
  DUE_SOON_DAYS,
  type SearchCases,
  SETTLEMENT_TARGET_MONTHS,
  type Shared,
  type TimelineEntry,
  type InformationCategory,
} from '@ankomst/contracts/case-overview';
import { authorize, ServiceException } from '@ankomst/platform-messaging';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConsentService } from '../consent/consent.service';
import { AudienceGate, audienceOf, COORDINATION_GROUP } from './audience-gate';
import { PROJECTORS } from '../read-model/projection-runner';
import type { Projector, SectionDefinition } from '../read-model/projector';
import { addDays, ageOn, daysBetween, todayInOslo } from '@ankomst/contracts';
import { attentionSql, CASE_SQL, HOUSEHOLD_OF_PERSON_SQL, searchSql } from './case-queries.sql';
import { deadlineStateOf } from './deadline-state';

interface CaseRow {
  household_id: string;
  municipality: string;
  origin: string | null;
  country_of_origin: string | null;
  requested_on: string | null;
  status: CaseView['status'];
  next_due_on: string | null;
  dwelling: Record<string, unknown> | null;
  persons: {
    personId: string;
    givenName: string;
    familyName: string;
    birthDate: string;
    relationship: string;
    unaccompaniedMinor: boolean;
    residencePermitDate: string | null;
    settledOn: string | null;
  }[];
  sections: { personId: string; section: string; data: unknown }[];
  timeline: (Omit<TimelineEntry, 'restricted' | 'reason' | 'summary'> & { category: string | null; summary: string })[];
}

interface SearchRow {
  household_id: string;
  municipality: string;
  status: CaseView['status'];
  registered_at: Date;
  next_due_on: string | null;
  members: CasePage['items'][number]['members'];
}

interface AttentionRow {
  deadline_id: string;
  kind: string;
  department: string;
  responsible_unit: string;
  household_id: string;
  person_id: string | null;
  given_name: string | null;
  family_name: string | null;
  birth_date: string | null;
  due_on: string;
  detail: string | null;
}

@Injectable()
export class CasesService {
  private readonly sections: SectionDefinition[];

  constructor(
    private readonly dataSource: DataSource,
    private readonly consents: ConsentService,
    @Inject(PROJECTORS) projectors: readonly Projector[],
  ) {
    this.sections = projectors.flatMap((p) => (p.section ? [p.section] : []));
  }

  async getCase(actor: Actor, householdId: string): Promise<CaseView> {
    authorize(actor, 'case:read');
    return this.caseView(actor, householdId);
  }

  /** One person's case: a break-glass grant for exactly this person may lift the read. */
  async getCaseOfPerson(actor: Actor, personId: string): Promise<CaseView> {
    authorize(actor, 'case:read', { personId });
    const [person] = (await this.dataSource.query(HOUSEHOLD_OF_PERSON_SQL, [personId, actor.municipality])) as {
      household_id: string;
    }[];
    if (!person) throw new ServiceException('not_found', `No person ${personId} in municipality ${actor.municipality}`);
    return this.caseView(actor, person.household_id);
  }

  private async caseView(actor: Actor, householdId: string): Promise<CaseView> {
    const [row] = (await this.dataSource.query(CASE_SQL, [householdId, actor.municipality])) as CaseRow[];
    if (!row) throw new ServiceException('not_found', `No case for household ${householdId} in municipality ${actor.municipality}`);
    const today = todayInOslo();
    const gate = await this.consents.gate(
      this.dataSource.manager,
      row.persons.map((p) => p.personId),
      actor.municipality,
    );
    return this.toView(row, new AudienceGate(gate, audienceOf(actor)), today);
  }

  async search(actor: Actor, query: SearchCases): Promise<CasePage> {
    authorize(actor, 'case:read');
    // Another municipality is simply outside the caller's scope: nothing to find there.
    if (query.municipality && query.municipality !== actor.municipality) return { items: [], nextCursor: null };
    const today = todayInOslo();
    const { sql, params } = searchSql({
      municipality: actor.municipality,
      name: query.name,
      personId: query.personId,
      status: query.status,
      deadline: query.deadline,
      today,
      dueSoonUntil: addDays(today, DUE_SOON_DAYS),
      after: query.cursor ? decodeCursor(query.cursor) : undefined,
      limit: query.limit,
    });
    const rows = (await this.dataSource.query(sql, params)) as SearchRow[];
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      items: page.map((r) => ({
        householdId: r.household_id,
        municipality: r.municipality,
        status: r.status,
        registeredAt: r.registered_at.toISOString(),
        nextDueOn: r.next_due_on,
        deadline: deadlineStateOf(r.next_due_on, null, today),
        members: r.members,
      })),
      nextCursor: rows.length > query.limit && last ? encodeCursor(last.registered_at, last.household_id) : null,
    };
  }

  /**
   * Need-to-know: a department's staff see their own department's deadlines only. The
   * coordination group sees every department's, but a person's name and the detail of
   * another department's item only under the consent `<category>→coordination-group`.
   */
  async attentionList(actor: Actor, query: AttentionListQuery): Promise<AttentionList> {
    const audience = audienceOf(actor);
    if (!audience) throw new ServiceException('forbidden', `Role ${actor.role} belongs to no unit with an attention list`);
    const seesEveryDepartment = audience === COORDINATION_GROUP;
    if (!seesEveryDepartment && query.department && query.department !== audience) {
      throw new ServiceException('forbidden', `Your unit is ${audience}: you see its own deadlines, not those of ${query.department}`);
    }
    const department = seesEveryDepartment ? (query.department ?? null) : audience;
    const today = todayInOslo();
    const rows = (await this.dataSource.query(attentionSql(query.sort), [
      actor.municipality,
      addDays(today, query.withinDays),
      department,
      query.limit,
      query.offset,
    ])) as AttentionRow[];
    const gate = new AudienceGate(
      await this.consents.gate(
        this.dataSource.manager,
        unique(rows.flatMap((r) => (r.person_id ? [r.person_id] : []))),
        actor.municipality,
      ),
      audience,
    );
    return { items: rows.map((r) => this.toAttentionItem(r, gate, today)) };
  }

  private toAttentionItem(r: AttentionRow, gate: AudienceGate, today: string): AttentionItem {
    const item = {
      deadlineId: r.deadline_id,
      kind: r.kind,
      department: r.department,
      responsibleUnit: r.responsible_unit,
      householdId: r.household_id,
      dueOn: r.due_on,
      state: deadlineStateOf(r.due_on, null, today),
      daysOverdue: Math.max(0, daysBetween(r.due_on, today)),
    };
    const minor = r.birth_date !== null && ageOn(r.birth_date, today) < 18;
    const answer = gate.checkItem(r.department, r.person_id, minor);
    return answer.allowed
      ? { ...item, personId: r.person_id, givenName: r.given_name, familyName: r.family_name, detail: r.detail, restricted: false }
      : { ...item, personId: null, givenName: null, familyName: null, detail: null, restricted: true, reason: answer.reason };
  }

  private toView(row: CaseRow, gate: AudienceGate, today: string): CaseView {
    const minors = new Map(row.persons.map((p) => [p.personId, ageOn(p.birthDate, today) < 18]));
    const sectionData = new Map(row.sections.map((s) => [`${s.personId} ${s.section}`, s.data]));
    const members: CaseMember[] = row.persons.map((p) => {
      const minor = minors.get(p.personId) ?? false;
      const targetMonths = p.unaccompaniedMinor ? SETTLEMENT_TARGET_MONTHS.unaccompaniedMinor : SETTLEMENT_TARGET_MONTHS.default;
      const dueOn = p.residencePermitDate ? addMonths(p.residencePermitDate, targetMonths) : null;
      const sections: Record<string, Shared<unknown>> = {};
      for (const section of this.sections) {
        const scope = gate.scopeOf(section.category);
        const answer = gate.check(section.department, p.personId, section.category, minor);
        sections[section.key] = answer.allowed
          ? { restricted: false, scope, data: sectionData.get(`${p.personId} ${section.key}`) ?? null }
          : { restricted: true, scope, reason: answer.reason };
      }
      return {
        personId: p.personId,
        givenName: p.givenName,
        familyName: p.familyName,
        birthDate: p.birthDate,
        age: ageOn(p.birthDate, today),
        minor,
        relationship: p.relationship,
        unaccompaniedMinor: p.unaccompaniedMinor,
        settlement: {
          residencePermitDate: p.residencePermitDate,
          settledOn: p.settledOn,
          targetMonths,
          dueOn,
          days: p.residencePermitDate ? daysBetween(p.residencePermitDate, p.settledOn ?? today) : null,
          state: deadlineStateOf(dueOn, p.settledOn, today),
        },
        sections,
      };
    });
    const everyone = row.persons.map((p) => ({ personId: p.personId, minor: minors.get(p.personId) ?? false }));
    const dwellingScope = gate.scopeOf('housing-status');
    const dwellingAnswer = gate.checkAll('housing', everyone, 'housing-status');
    return {
      householdId: row.household_id,
      municipality: row.municipality,
      origin: row.origin,
      countryOfOrigin: row.country_of_origin,
      requestedOn: row.requested_on,
      status: row.status,
      settlement: { nextDueOn: row.next_due_on, state: deadlineStateOf(row.next_due_on, null, today) },
      dwelling: dwellingAnswer.allowed
        ? { restricted: false, scope: dwellingScope, data: (row.dwelling as never) ?? null }
        : { restricted: true, scope: dwellingScope, reason: dwellingAnswer.reason },
      members,
      timeline: row.timeline.map((t) => {
        const base = { eventId: t.eventId, occurredAt: t.occurredAt, department: t.department, kind: t.kind, personId: t.personId };
        if (!t.category) return { ...base, summary: t.summary, restricted: false };
        const category = t.category as InformationCategory;
        const answer = t.personId
          ? gate.check(t.department, t.personId, category, minors.get(t.personId) ?? false)
          : gate.checkAll(t.department, everyone, category);
        return answer.allowed
          ? { ...base, summary: t.summary, restricted: false }
          : { ...base, summary: null, restricted: true, reason: answer.reason };
      }),
    };
  }
}

/** Same rule as the projection: the date `months` later (Postgres date + interval). */
function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

function encodeCursor(registeredAt: Date, householdId: string): string {
  return Buffer.from(`${registeredAt.toISOString()}|${householdId}`).toString('base64url');
}

function decodeCursor(cursor: string): { registeredAt: string; householdId: string } {
  const [registeredAt, householdId] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!registeredAt || !householdId || Number.isNaN(Date.parse(registeredAt)) || !/^[0-9a-f-]{36}$/.test(householdId)) {
    throw ServiceException.validation([{ field: 'cursor', rule: 'is not a cursor this search returned', code: 'unknown_cursor' }]);
  }
  return { registeredAt, householdId };
}
