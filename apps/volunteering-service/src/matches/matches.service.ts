import { type Actor, todayInOslo } from '@ankomst/contracts';
import { AGREEMENT_HOURS_PER_MONTH } from '@ankomst/contracts/volunteering';
import {
  type EndMatch,
  guideMatched,
  guideMatchEnded,
  type LogContact,
  type MatchStatus,
  type MatchView,
  type OwnMatchView,
  type SuggestionView,
  volunteeringPermissions,
} from '@ankomst/contracts/volunteering';
import { authorize, EventRecorder, type RequestContext, ServiceException } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager, In } from 'typeorm';
import { GuideRequestEntity } from '../guide-requests/guide-request.entity';
import { toGuideRequestView } from '../guide-requests/guide-requests.service';
import { hashInvitationCode } from '../guides/guides.service';
import { screeningRecordOf, toGuideSummary } from '../guides/guide-views';
import { matchingBlockers } from '../guides/screening-rules';
import { VolunteerEntity } from '../guides/volunteer.entity';
import { type GuideCandidate, suggestGuides } from '../matching/matching-rules';
import { agreementEndsOn, daysWithoutContact, noContactFlag } from './follow-up';
import { ContactEntity, MatchEntity } from './match.entity';

const UNIQUE_VIOLATION = '23505';

/**
 * Matching and follow-up: suggestions for a waiting person, the coordinator's proposal, both
 * sides' answers (the match starts when both said yes), the contact log with hours, and the
 * end with reason and evaluation. A volunteer reaches only the matches of the volunteer
 * record their own login is linked to.
 */
@Injectable()
export class MatchesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventRecorder,
  ) {}

  async suggest({ actor }: RequestContext, { requestId }: { requestId: string }) {
    authorize(actor, volunteeringPermissions.write);
    const today = todayInOslo();
    const request = await this.findRequest(this.dataSource.manager, actor.municipality, requestId);
    const guides = await this.dataSource
      .getRepository(VolunteerEntity)
      .find({ where: { municipality: actor.municipality, status: 'approved' } });
    const load = await this.activeLoad(guides.map((g) => g.id));
    const byId = new Map(guides.map((g) => [g.id, g]));
    const candidates: GuideCandidate[] = guides.map((guide) => {
      const record = screeningRecordOf(guide);
      return {
        id: guide.id,
        role: guide.role,
        languages: guide.languages,
        area: guide.area,
        availability: guide.availability,
        gender: guide.gender,
        ageBand: toGuideSummary(guide, today).ageBand,
        interests: guide.interests,
        profession: guide.profession,
        education: guide.education,
        lifeSituation: guide.lifeSituation,
        childSafe: record.policeCertificate?.noRemarks === true,
        blockers: matchingBlockers(record, today),
        activeMatches: load.get(guide.id) ?? 0,
      };
    });
    const { suggestions, excluded } = suggestGuides(candidates, {
      languages: request.languages,
      area: request.area,
      availability: request.availability,
      wantedRole: request.wantedRole,
      wantedGender: request.wantedGender,
      involvesMinors: request.involvesMinors,
      interests: request.interests,
      profession: request.profession,
      education: request.education,
      ageBand: request.ageBand,
      lifeSituation: request.lifeSituation,
    });
    return {
      request: toGuideRequestView(request, today),
      suggestions: suggestions.map((s): SuggestionView => ({
        guide: toGuideSummary(byId.get(s.guideId)!, today),
        score: s.score,
        passed: s.passed,
        criteria: s.criteria,
      })),
      excluded: excluded.map((e) => ({ guideId: e.guideId, name: byId.get(e.guideId)!.name, filter: e.filter })),
    };
  }

  /** Proposes a volunteer who may be matched now (screening complete, nothing expired) to a waiting person. */
  async propose({ actor }: RequestContext, input: { requestId: string; guideId: string }): Promise<MatchView> {
    authorize(actor, volunteeringPermissions.write);
    const today = todayInOslo();
    try {
      const id = await this.dataSource.transaction(async (manager) => {
        const request = await this.findRequest(manager, actor.municipality, input.requestId, true);
        if (request.status !== 'waiting')
          throw new ServiceException('conflict', 'The person is not waiting', undefined, { code: 'not_waiting' });
        const guide = await manager
          .getRepository(VolunteerEntity)
          .findOne({ where: { id: input.guideId, municipality: actor.municipality } });
        if (!guide) throw new ServiceException('not_found', 'No such volunteer in your municipality');
        const blockers = matchingBlockers(screeningRecordOf(guide), today);
        if (request.involvesMinors && screeningRecordOf(guide).policeCertificate?.noRemarks !== true)
          blockers.push('police-certificate-missing');
        if (blockers.length > 0) {
          throw new ServiceException('conflict', `Matching is blocked: ${blockers.join(', ')}`, undefined, {
            code: 'matching_blocked',
            params: { blockers: blockers.join(', ') },
          });
        }
        const matchId = randomUUID();
        await manager.insert(MatchEntity, {
          id: matchId,
          municipality: actor.municipality,
          requestId: request.id,
          guideId: guide.id,
          status: 'proposed',
          refugeeAccepted: false,
          volunteerAccepted: false,
          proposedOn: today,
          startedOn: null,
          agreementEndsOn: null,
          hoursPerMonth: AGREEMENT_HOURS_PER_MONTH,
          endedOn: null,
          endReason: null,
          evaluation: null,
          continues: false,
        });
        await manager.update(GuideRequestEntity, { id: request.id }, { status: 'proposed' });
        return matchId;
      });
      return (await this.views(this.dataSource.manager, { id }))[0];
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code !== UNIQUE_VIOLATION) throw error;
      throw new ServiceException('conflict', 'The person has an open match already', undefined, { code: 'not_waiting' });
    }
  }

  async list({ actor }: RequestContext, query: { status?: MatchStatus }): Promise<{ items: MatchView[] }> {
    authorize(actor, volunteeringPermissions.write);
    return {
      items: await this.views(this.dataSource.manager, {
        municipality: actor.municipality,
        ...(query.status ? { status: query.status } : {}),
      }),
    };
  }

  async refugeeAnswer(ctx: RequestContext, input: { matchId: string; accept: boolean }): Promise<MatchView> {
    authorize(ctx.actor, volunteeringPermissions.write);
    await this.answer(ctx, input.matchId, 'refugee', input.accept, { municipality: ctx.actor.municipality });
    return (await this.views(this.dataSource.manager, { id: input.matchId }))[0];
  }

  async volunteerAnswer(ctx: RequestContext, input: { matchId: string; accept: boolean }): Promise<OwnMatchView> {
    authorize(ctx.actor, volunteeringPermissions.read);
    const guide = await this.ownGuideOrRefuse(ctx.actor);
    await this.answer(ctx, input.matchId, 'volunteer', input.accept, { municipality: ctx.actor.municipality, guideId: guide.id });
    return ownView((await this.views(this.dataSource.manager, { id: input.matchId }))[0]);
  }

  /** One side's answer; a no declines the match and puts the person back on the list; two yeses start it. */
  private async answer(
    { actor, correlationId }: RequestContext,
    matchId: string,
    side: 'refugee' | 'volunteer',
    accept: boolean,
    scope: { municipality: string; guideId?: string },
  ): Promise<void> {
    const today = todayInOslo();
    await this.dataSource.transaction(async (manager) => {
      const match = await manager
        .getRepository(MatchEntity)
        .findOne({ where: { id: matchId, ...scope }, lock: { mode: 'pessimistic_write' } });
      if (!match) throw new ServiceException('not_found', 'No such match');
      if (match.status !== 'proposed')
        throw new ServiceException('conflict', `The match is ${match.status}`, undefined, { code: 'not_proposed' });
      if (!accept) {
        match.status = 'declined';
        await manager.save(match);
        await manager.update(GuideRequestEntity, { id: match.requestId }, { status: 'waiting' });
        return;
      }
      if (side === 'refugee') match.refugeeAccepted = true;
      else match.volunteerAccepted = true;
      if (match.refugeeAccepted && match.volunteerAccepted) {
        Object.assign(match, { status: 'active', startedOn: today, agreementEndsOn: agreementEndsOn(today) });
        const request = await this.findRequest(manager, match.municipality, match.requestId);
        await manager.update(GuideRequestEntity, { id: request.id }, { status: 'matched' });
        if (request.personId && request.householdId) {
          await this.events.record(manager, {
            contract: guideMatched,
            aggregateId: request.personId,
            municipality: match.municipality,
            actor,
            correlationId,
            payload: {
              matchId: match.id,
              guideRequestId: request.id,
              municipality: match.municipality,
              personId: request.personId,
              householdId: request.householdId,
              matchedOn: today,
            },
          });
        }
      }
      await manager.save(match);
    });
  }

  /** Ends an active match; with `continues` the pair goes on informally and the person is not put back on the list. */
  async end({ actor, correlationId }: RequestContext, input: EndMatch): Promise<MatchView> {
    authorize(actor, volunteeringPermissions.write);
    await this.dataSource.transaction(async (manager) => {
      const match = await manager
        .getRepository(MatchEntity)
        .findOne({ where: { id: input.matchId, municipality: actor.municipality }, lock: { mode: 'pessimistic_write' } });
      if (!match) throw new ServiceException('not_found', 'No such match');
      if (match.status !== 'active')
        throw new ServiceException('conflict', `The match is ${match.status}`, undefined, { code: 'not_active' });
      if (input.endedOn < match.startedOn!) {
        throw ServiceException.validation([
          { field: 'endedOn', rule: 'must not be before the match started', code: 'date_before', params: { other: 'startedOn' } },
        ]);
      }
      Object.assign(match, {
        status: 'ended',
        endedOn: input.endedOn,
        endReason: input.reason,
        evaluation: input.evaluation,
        continues: input.continues,
      });
      await manager.save(match);
      const request = await this.findRequest(manager, match.municipality, match.requestId);
      await manager.update(GuideRequestEntity, { id: request.id }, { status: 'closed' });
      if (request.personId && request.householdId) {
        await this.events.record(manager, {
          contract: guideMatchEnded,
          aggregateId: request.personId,
          municipality: match.municipality,
          actor,
          correlationId,
          payload: {
            matchId: match.id,
            guideRequestId: request.id,
            municipality: match.municipality,
            personId: request.personId,
            householdId: request.householdId,
            endedOn: input.endedOn,
            continues: input.continues,
          },
        });
      }
    });
    return (await this.views(this.dataSource.manager, { id: input.matchId }))[0];
  }

  /** The volunteer's own matches only: found through the volunteer record linked to their login. */
  async mine({ actor }: RequestContext): Promise<{ linked: boolean; items: OwnMatchView[] }> {
    authorize(actor, volunteeringPermissions.read);
    const guide = await this.ownGuide(actor);
    if (!guide) return { linked: false, items: [] };
    const items = await this.views(this.dataSource.manager, { guideId: guide.id, status: In(['proposed', 'active', 'ended']) });
    return { linked: true, items: items.map(ownView) };
  }

  /** Links the caller's volunteer login to the approved record whose one-time code they hold. */
  async claim({ actor }: RequestContext, { code }: { code: string }): Promise<{ linked: true }> {
    authorize(actor, volunteeringPermissions.read);
    if (actor.role !== 'volunteer') throw new ServiceException('forbidden', 'Only a volunteer login can be linked');
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(VolunteerEntity);
      if (await repository.exists({ where: { userId: actor.userId } })) {
        throw new ServiceException('conflict', 'Your login is linked already', undefined, { code: 'already_linked' });
      }
      const guide = await repository.findOne({
        where: { municipality: actor.municipality, invitationCodeHash: hashInvitationCode(code), status: 'approved' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!guide || guide.userId) throw new ServiceException('not_found', 'Unknown or used code', undefined, { code: 'unknown_code' });
      Object.assign(guide, { userId: actor.userId, invitationCodeHash: null });
      await manager.save(guide);
      return { linked: true as const };
    });
  }

  async logContact({ actor }: RequestContext, input: LogContact): Promise<OwnMatchView> {
    authorize(actor, volunteeringPermissions.read);
    const guide = await this.ownGuideOrRefuse(actor);
    await this.dataSource.transaction(async (manager) => {
      const match = await manager
        .getRepository(MatchEntity)
        .findOne({ where: { id: input.matchId, guideId: guide.id, municipality: actor.municipality } });
      if (!match) throw new ServiceException('not_found', 'No such match of yours');
      if (match.status !== 'active')
        throw new ServiceException('conflict', `The match is ${match.status}`, undefined, { code: 'not_active' });
      if (input.on < match.startedOn!) {
        throw ServiceException.validation([
          { field: 'on', rule: 'must not be before the match started', code: 'date_before', params: { other: 'startedOn' } },
        ]);
      }
      await manager.insert(ContactEntity, {
        id: randomUUID(),
        matchId: match.id,
        on: input.on,
        minutes: input.minutes,
        note: input.note,
        loggedBy: actor.userId,
      });
    });
    return ownView((await this.views(this.dataSource.manager, { id: input.matchId }))[0]);
  }

  /** A match of someone else answers exactly like a match that does not exist. */
  private async ownGuideOrRefuse(actor: Actor): Promise<VolunteerEntity> {
    const guide = await this.ownGuide(actor);
    if (!guide) throw new ServiceException('not_found', 'No such match of yours');
    return guide;
  }

  private ownGuide(actor: Actor): Promise<VolunteerEntity | null> {
    // A coordinator holds no volunteer record; only a volunteer login is ever linked.
    if (actor.role !== 'volunteer') return Promise.resolve(null);
    return this.dataSource.getRepository(VolunteerEntity).findOne({ where: { userId: actor.userId, municipality: actor.municipality } });
  }

  private async findRequest(manager: EntityManager, municipality: string, id: string, forUpdate = false): Promise<GuideRequestEntity> {
    const request = await manager.getRepository(GuideRequestEntity).findOne({
      where: { id, municipality },
      ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!request) throw new ServiceException('not_found', 'No such request in your municipality');
    return request;
  }

  private async activeLoad(guideIds: string[]): Promise<Map<string, number>> {
    if (guideIds.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT guide_id AS "guideId", count(*)::int AS n FROM guide_match WHERE status IN ('proposed', 'active') AND guide_id = ANY($1) GROUP BY guide_id`,
      [guideIds],
    )) as { guideId: string; n: number }[];
    return new Map(rows.map((row) => [row.guideId, row.n]));
  }

  private async views(manager: EntityManager, where: Record<string, unknown>): Promise<MatchView[]> {
    const matches = await manager.getRepository(MatchEntity).find({ where, order: { proposedOn: 'DESC', id: 'ASC' } });
    if (matches.length === 0) return [];
    const [guides, requests, contacts] = await Promise.all([
      manager.getRepository(VolunteerEntity).find({ where: { id: In(matches.map((m) => m.guideId)) } }),
      manager.getRepository(GuideRequestEntity).find({ where: { id: In(matches.map((m) => m.requestId)) } }),
      manager.getRepository(ContactEntity).find({ where: { matchId: In(matches.map((m) => m.id)) }, order: { on: 'DESC', id: 'ASC' } }),
    ]);
    const guideById = new Map(guides.map((g) => [g.id, g]));
    const requestById = new Map(requests.map((r) => [r.id, r]));
    const today = todayInOslo();
    return matches.map((match) => {
      const own = contacts.filter((c) => c.matchId === match.id);
      const request = requestById.get(match.requestId)!;
      const lastContactOn = own[0]?.on ?? null;
      const active = match.status === 'active' && match.startedOn !== null;
      const dates = { startedOn: match.startedOn ?? today, lastContactOn };
      return {
        id: match.id,
        requestId: match.requestId,
        guideId: match.guideId,
        guideName: guideById.get(match.guideId)?.name ?? '',
        refugeeName: request.name,
        refugeeLanguages: request.languages,
        personId: request.personId,
        status: match.status,
        refugeeAccepted: match.refugeeAccepted,
        volunteerAccepted: match.volunteerAccepted,
        proposedOn: match.proposedOn,
        startedOn: match.startedOn,
        agreementEndsOn: match.agreementEndsOn,
        hoursPerMonth: match.hoursPerMonth,
        endedOn: match.endedOn,
        endReason: match.endReason,
        evaluation: match.evaluation,
        continues: match.continues,
        lastContactOn,
        daysWithoutContact: active ? daysWithoutContact(dates, today) : null,
        noContactFlag: active && noContactFlag(dates, today),
        totalMinutes: own.reduce((sum, c) => sum + c.minutes, 0),
        contacts: own.map((c) => ({ id: c.id, on: c.on, minutes: c.minutes, note: c.note })),
      };
    });
  }
}

/** The volunteer's view of their match: no person id, no request id. */
function ownView(match: MatchView): OwnMatchView {
  const { personId: _personId, requestId: _requestId, ...own } = match;
  return own;
}
