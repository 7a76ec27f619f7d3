import { type EndpointOutput, todayInOslo } from '@ankomst/contracts';
import { type getNirReport, introductionPermissions, type NirRecord, type OutcomeReport } from '@ankomst/contracts/introduction';
import type { RequestContext } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DecisionRecord, ExitRecord, FollowUpRecord } from '../participants/participant.entity';
import type { StoredPlan } from '../plans/plan-version.entity';
import { nirCsv, nirMissing } from '../rules/nir';
import { outcomeReportOf } from '../rules/outcomes';
import { authorize } from '@ankomst/platform-messaging';

interface Row {
  participantId: string;
  personId: string;
  sex: string;
  decision: DecisionRecord | null;
  exit: ExitRecord | null;
  followUp: FollowUpRecord | null;
  researchOptOut: boolean;
  plan: StoredPlan | null;
  approved: number;
  unapproved: number;
}

/** Outcome statistics (counts only) and the NIR report of a year, for the actor's municipality. */
@Injectable()
export class ReportsService {
  constructor(private readonly dataSource: DataSource) {}

  async outcomes({ actor }: RequestContext, year: number): Promise<OutcomeReport> {
    authorize(actor, introductionPermissions.read);
    const rows = await this.rows(actor.municipality, year);
    const exits = rows.flatMap((r) =>
      r.exit?.exitedOn.startsWith(`${year}-`)
        ? [
            {
              outcome: r.exit.outcome,
              sex: r.sex,
              sluttmaalGroup: r.plan?.sluttmaalGroup ?? null,
              exitedOn: r.exit.exitedOn,
              followUp: r.followUp?.status ?? null,
            },
          ]
        : [],
    );
    return outcomeReportOf(year, exits, todayInOslo());
  }

  async nir({ actor }: RequestContext, year: number): Promise<EndpointOutput<typeof getNirReport>> {
    authorize(actor, introductionPermissions.read);
    const today = todayInOslo();
    const records: NirRecord[] = (await this.rows(actor.municipality, year)).map((r) => {
      const facts = {
        participantId: r.participantId,
        personId: r.personId,
        decision: r.decision?.outcome ?? null,
        decidedOn: r.decision?.decidedOn ?? null,
        sluttmaalGroup: r.plan?.sluttmaalGroup ?? null,
        contractSignedOn: r.plan?.contractSignedOn ?? null,
        planStart: r.plan?.startDate ?? null,
        planEnd: r.plan?.endDate ?? null,
        measures: (r.plan?.measures ?? []).map((m) => ({ kind: m.kind, hoursPerWeek: m.hoursPerWeek, from: m.from, to: m.to })),
        approvedAbsenceHours: r.approved,
        unapprovedAbsenceHours: r.unapproved,
        exitReason: r.exit?.reason ?? null,
        exitOutcome: r.exit?.outcome ?? null,
        exitedOn: r.exit?.exitedOn ?? null,
        researchOptOut: r.researchOptOut,
      };
      return { ...facts, missing: nirMissing(facts, today) };
    });
    return { year, valid: records.every((r) => r.missing.length === 0), records, csv: nirCsv(records) };
  }

  /** Participants decided by the end of the year and not exited before it, with the latest plan and the year's absence. */
  private rows(municipality: string, year: number): Promise<Row[]> {
    return this.dataSource.query<Row[]>(
      `SELECT p.id AS "participantId", p.person_id AS "personId", hp.sex, p.decision, p.exit, p.follow_up AS "followUp", p.research_opt_out AS "researchOptOut",
              (SELECT plan FROM plan_version v WHERE v.participant_id = p.id ORDER BY version DESC LIMIT 1) AS plan,
              coalesce((SELECT sum(hours) FROM attendance_entry a WHERE a.participant_id = p.id AND presence = 'approved-absence'
                          AND a.day BETWEEN $2::date AND $3::date), 0)::float AS approved,
              coalesce((SELECT sum(hours) FROM attendance_entry a WHERE a.participant_id = p.id AND presence = 'unapproved-absence'
                          AND a.day BETWEEN $2::date AND $3::date), 0)::float AS unapproved
         FROM participant p JOIN housing_person hp ON hp.municipality = p.municipality AND hp.person_id = p.person_id
        WHERE p.municipality = $1 AND p.decision IS NOT NULL AND (p.decision->>'decidedOn')::date <= $3::date
          AND (p.exit IS NULL OR (p.exit->>'exitedOn')::date >= $2::date)
        ORDER BY p.decision->>'decidedOn', p.id`,
      [municipality, `${year}-01-01`, `${year}-12-31`],
    );
  }
}
