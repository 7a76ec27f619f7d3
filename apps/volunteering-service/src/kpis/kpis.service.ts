import { addDays, daysBetween, todayInOslo } from '@ankomst/contracts';
import { type VolunteeringKpis, volunteeringPermissions } from '@ankomst/contracts/volunteering';
import type { RequestContext } from '@ankomst/platform-messaging';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { GuideRequestEntity } from '../guide-requests/guide-request.entity';
import { screeningRecordOf } from '../guides/guide-views';
import { expiringItems } from '../guides/screening-rules';
import { VolunteerEntity } from '../guides/volunteer.entity';
import { noContactFlag } from '../matches/follow-up';
import { MatchEntity } from '../matches/match.entity';
import { ATTENTION_OPTIONS, type AttentionOptions } from '../public/flood';
import { medianDays, waitsTooLong } from './waiting-stats';
import { authorize } from '@ankomst/platform-messaging';

type Reminder = {
  kind: 'long-wait' | 'first-aid' | 'evaluation' | 'no-contact' | 'agreement-ends';
  subjectId: string;
  name: string;
  dueOn: string | null;
  daysLeft: number | null;
  within: number | null;
};

/** Aggregates for the coordinator (no person in them) and the coordinator's attention list. */
@Injectable()
export class KpisService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(ATTENTION_OPTIONS) private readonly options: AttentionOptions,
  ) {}

  async kpis({ actor }: RequestContext): Promise<VolunteeringKpis> {
    authorize(actor, volunteeringPermissions.write);
    const m = actor.municipality;
    const today = todayInOslo();
    const [byRole, genders, hours, waiting, active] = await Promise.all([
      this.dataSource.query(
        `SELECT role, status, count(*)::int AS count FROM volunteer WHERE municipality = $1 GROUP BY role, status ORDER BY role, status`,
        [m],
      ),
      this.dataSource.query(
        `SELECT gender, count(*)::int AS count FROM volunteer WHERE municipality = $1 AND status = 'approved' GROUP BY gender ORDER BY gender NULLS LAST`,
        [m],
      ),
      this.dataSource.query(
        `SELECT to_char(c.contact_on, 'YYYY-MM') AS month, sum(c.minutes)::int AS minutes
           FROM match_contact c JOIN guide_match g ON g.id = c.match_id
          WHERE g.municipality = $1 AND c.contact_on > $2::date
          GROUP BY 1 ORDER BY 1`,
        [m, addDays(today, -366)],
      ),
      this.dataSource.getRepository(GuideRequestEntity).find({ where: { municipality: m, status: In(['waiting', 'proposed']) } }),
      this.activeMatches(m),
    ]);
    const waitingDays = (waiting as GuideRequestEntity[]).map((r) => Math.max(0, daysBetween(r.registeredOn, today)));
    return {
      guidesByRoleAndStatus: byRole as VolunteeringKpis['guidesByRoleAndStatus'],
      waiting: {
        count: waitingDays.length,
        medianDays: medianDays(waitingDays),
        longestDays: waitingDays.length ? Math.max(...waitingDays) : null,
      },
      genderBalance: genders as VolunteeringKpis['genderBalance'],
      hoursPerMonth: hours as VolunteeringKpis['hoursPerMonth'],
      activeMatches: active.length,
      flaggedMatches: active.filter((a) => noContactFlag(a, today)).length,
    };
  }

  async reminders({ actor }: RequestContext): Promise<{ items: Reminder[] }> {
    authorize(actor, volunteeringPermissions.write);
    const m = actor.municipality;
    const today = todayInOslo();
    const items: Reminder[] = [];
    const waiting = await this.dataSource
      .getRepository(GuideRequestEntity)
      .find({ where: { municipality: m, status: 'waiting' }, order: { registeredOn: 'ASC' } });
    for (const request of waiting) {
      const days = daysBetween(request.registeredOn, today);
      if (waitsTooLong(days, this.options.waitAttentionWeeks)) {
        items.push({
          kind: 'long-wait',
          subjectId: request.id,
          name: request.name,
          dueOn: addDays(request.registeredOn, this.options.waitAttentionWeeks * 7),
          daysLeft: null,
          within: null,
        });
      }
    }
    const guides = await this.dataSource
      .getRepository(VolunteerEntity)
      .find({ where: { municipality: m, status: In(['applicant', 'approved']) } });
    for (const guide of guides) {
      for (const { item, reminder } of expiringItems(screeningRecordOf(guide), today)) {
        if (reminder.within !== null || reminder.expired) {
          items.push({
            kind: item,
            subjectId: guide.id,
            name: guide.name,
            dueOn: reminder.dueOn,
            daysLeft: reminder.daysLeft,
            within: reminder.within,
          });
        }
      }
    }
    for (const match of await this.activeMatches(m)) {
      if (noContactFlag(match, today)) {
        items.push({ kind: 'no-contact', subjectId: match.id, name: match.name, dueOn: null, daysLeft: null, within: null });
      }
      const daysLeft = daysBetween(today, match.agreementEndsOn);
      if (daysLeft <= 90) {
        const within = daysLeft < 0 ? null : daysLeft <= 30 ? 30 : daysLeft <= 60 ? 60 : 90;
        items.push({ kind: 'agreement-ends', subjectId: match.id, name: match.name, dueOn: match.agreementEndsOn, daysLeft, within });
      }
    }
    return { items };
  }

  private async activeMatches(municipality: string) {
    const matches = await this.dataSource.getRepository(MatchEntity).find({ where: { municipality, status: 'active' } });
    if (matches.length === 0) return [];
    const rows = (await this.dataSource.query(
      `SELECT g.id, max(c.contact_on)::text AS "lastContactOn", r.name
         FROM guide_match g JOIN guide_request r ON r.id = g.request_id LEFT JOIN match_contact c ON c.match_id = g.id
        WHERE g.id = ANY($1) GROUP BY g.id, r.name`,
      [matches.map((match) => match.id)],
    )) as { id: string; lastContactOn: string | null; name: string }[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return matches.map((match) => ({
      id: match.id,
      name: byId.get(match.id)?.name ?? '',
      startedOn: match.startedOn!,
      agreementEndsOn: match.agreementEndsOn!,
      lastContactOn: byId.get(match.id)?.lastContactOn ?? null,
    }));
  }
}
