import { domainIssue, type FieldIssue } from '@ankomst/contracts';
import {
  type CreateExtraGrant,
  type DecideExtraGrant,
  type ExtraGrantView,
  healthPermissions,
  type SubmitExtraGrant,
  type UpdateExtraGrant,
} from '@ankomst/contracts/health';
import { authorize, type RequestContext, ServiceException } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { HealthPersonEntity } from '../arrival-checklist/health-person.entity';
import { applicationDeadline, costOf, type SubmissionIssue, submissionIssues, yearlyTotals } from './extra-grant-rules';
import { ExtraGrantEntity } from './extra-grant.entity';

const UNIQUE_VIOLATION = '23505';

/** What each refusal tells the case worker, on the field to fix. */
const issueFields: Record<SubmissionIssue, FieldIssue> = {
  'consent-form-missing': domainIssue(
    'consentFormReceivedOn',
    'required',
    "IMDi's informed-consent form must be received before submission",
  ),
  'doctor-statement-missing': domainIssue(
    'doctorStatementReceivedOn',
    'required',
    "the doctor's statement must be received before submission",
  ),
  'not-settled-by-agreement': domainIssue('settledByAgreementWithImdi', 'invalid', 'only persons settled by agreement with IMDi qualify'),
  'condition-not-known-before-settlement': domainIssue(
    'conditionKnownBeforeSettlement',
    'invalid',
    'the condition must have been known before settlement',
  ),
  'born-more-than-6-months-after-settlement': domainIssue(
    'bornAfterMothersSettlement',
    'invalid',
    "the child must be born within 6 months of the mother's settlement",
  ),
  'tilskudd-1-years-1-2': domainIssue('grantYear', 'too_large', 'tilskudd 1 is for grant year 1 or 2', { max: 2 }),
  'tilskudd-2-up-to-5-years': domainIssue('grantYear', 'too_large', 'tilskudd 2 is for up to 5 grant years', { max: 5 }),
  'unaccompanied-until-year-turning-20': domainIssue('grantYear', 'too_large', 'for an unaccompanied minor, until the year they turn 20'),
  'no-involved-unit': domainIssue('involvedUnits', 'too_few', 'must name at least one involved municipal unit', { min: 1 }),
  'no-cost': domainIssue('costLines', 'too_few', 'must document the cost', { min: 1 }),
};

/**
 * Ekstratilskudd applications to IMDi. Drafts are edited freely; submission is refused, naming
 * each missing piece, until IMDi's consent form and the doctor's statement are in, the person
 * is eligible for that grant year, and units and cost are documented.
 */
@Injectable()
export class ExtraGrantsService {
  constructor(private readonly dataSource: DataSource) {}

  async list({ actor }: RequestContext) {
    authorize(actor, healthPermissions.read);
    const rows = await this.dataSource
      .getRepository(ExtraGrantEntity)
      .find({ where: { municipality: actor.municipality }, order: { createdBy: 'ASC', id: 'ASC' } });
    const items = await Promise.all(rows.map((row) => this.view(this.dataSource.manager, row)));
    items.sort((a, b) => statusOrder(a) - statusOrder(b) || a.deadline.localeCompare(b.deadline));
    const totals = yearlyTotals(
      items.map((i) => ({
        status: i.status,
        submittedOn: i.submittedOn,
        involvedUnits: i.involvedUnits,
        appliedNok: i.costTotalNok,
        grantedNok: i.grantedNok,
      })),
    );
    return { items, totals };
  }

  async create({ actor }: RequestContext, input: CreateExtraGrant): Promise<ExtraGrantView> {
    authorize(actor, healthPermissions.write);
    return this.dataSource.transaction(async (manager) => {
      await this.person(manager, actor.municipality, input.personId);
      const entity = Object.assign(new ExtraGrantEntity(), {
        id: randomUUID(),
        municipality: actor.municipality,
        personId: input.personId,
        caseId: input.caseId,
        kind: input.kind,
        grantYear: input.grantYear,
        settledByAgreementWithImdi: input.settledByAgreementWithImdi,
        conditionKnownBeforeSettlement: input.conditionKnownBeforeSettlement,
        bornOn: input.bornAfterMothersSettlement?.bornOn ?? null,
        motherSettledOn: input.bornAfterMothersSettlement?.motherSettledOn ?? null,
        conditionNote: input.conditionNote,
        consentFormReceivedOn: input.consentFormReceivedOn,
        doctorStatementReceivedOn: input.doctorStatementReceivedOn,
        involvedUnits: [...new Set(input.involvedUnits)],
        costLines: input.costLines,
        status: 'draft' as const,
        submittedOn: null,
        decidedOn: null,
        grantedNok: null,
        createdBy: actor.userId,
      });
      try {
        await manager.insert(ExtraGrantEntity, entity);
      } catch (error) {
        if ((error as { driverError?: { code?: string } }).driverError?.code !== UNIQUE_VIOLATION) throw error;
        throw new ServiceException('conflict', 'Tilskudd 1 is one-off: this person has an application for it already');
      }
      return this.view(manager, entity);
    });
  }

  update(ctx: RequestContext, input: UpdateExtraGrant) {
    return this.change(ctx, input.applicationId, 'draft', async (manager, entity) => {
      const { applicationId: _id, bornAfterMothersSettlement, involvedUnits, ...rest } = input;
      const change: Partial<ExtraGrantEntity> = { ...rest };
      if (involvedUnits) change.involvedUnits = [...new Set(involvedUnits)];
      if (bornAfterMothersSettlement !== undefined) {
        change.bornOn = bornAfterMothersSettlement?.bornOn ?? null;
        change.motherSettledOn = bornAfterMothersSettlement?.motherSettledOn ?? null;
      }
      await manager.update(ExtraGrantEntity, { id: entity.id }, change);
      Object.assign(entity, change);
    });
  }

  submit(ctx: RequestContext, input: SubmitExtraGrant) {
    return this.change(ctx, input.applicationId, 'draft', async (manager, entity, person) => {
      const issues = submissionIssues(
        {
          ...entity,
          bornAfterMothersSettlement:
            entity.bornOn && entity.motherSettledOn ? { bornOn: entity.bornOn, motherSettledOn: entity.motherSettledOn } : null,
        },
        { settledOn: person.arrivedOn, birthDate: person.birthDate, unaccompaniedMinor: person.unaccompaniedMinor },
      ).map((issue) => issueFields[issue]);
      const deadline = applicationDeadline(person.arrivedOn, entity.grantYear);
      if (input.submittedOn > deadline) {
        issues.push(
          domainIssue('submittedOn', 'date_too_late', `the deadline for grant year ${entity.grantYear} was ${deadline}`, { max: deadline }),
        );
      }
      if (issues.length > 0) {
        throw new ServiceException(
          'validation_failed',
          `Cannot submit to IMDi: ${issues.map((i) => `${i.field} ${i.rule}`).join('; ')}`,
          issues,
        );
      }
      await manager.update(ExtraGrantEntity, { id: entity.id }, { status: 'submitted', submittedOn: input.submittedOn });
      Object.assign(entity, { status: 'submitted', submittedOn: input.submittedOn });
    });
  }

  decide(ctx: RequestContext, input: DecideExtraGrant) {
    return this.change(ctx, input.applicationId, 'submitted', async (manager, entity) => {
      if (input.decidedOn < (entity.submittedOn ?? '')) {
        throw new ServiceException('validation_failed', 'Invalid input', [
          domainIssue('decidedOn', 'date_before', `must not be before the submission (${entity.submittedOn})`, { other: 'submittedOn' }),
        ]);
      }
      const change = {
        status: input.outcome,
        decidedOn: input.decidedOn,
        grantedNok: input.outcome === 'granted' ? input.grantedNok : null,
      };
      await manager.update(ExtraGrantEntity, { id: entity.id }, change);
      Object.assign(entity, change);
    });
  }

  private async change(
    { actor }: RequestContext,
    applicationId: string,
    expected: 'draft' | 'submitted',
    work: (manager: EntityManager, entity: ExtraGrantEntity, person: HealthPersonEntity) => Promise<void>,
  ): Promise<ExtraGrantView> {
    authorize(actor, healthPermissions.write);
    return this.dataSource.transaction(async (manager) => {
      const entity = await manager
        .getRepository(ExtraGrantEntity)
        .findOne({ where: { id: applicationId, municipality: actor.municipality }, lock: { mode: 'pessimistic_write' } });
      if (!entity) throw new ServiceException('not_found', 'No such application in your municipality');
      if (entity.status !== expected) throw new ServiceException('conflict', `The application is ${entity.status}, not ${expected}`);
      await work(manager, entity, await this.person(manager, entity.municipality, entity.personId));
      return this.view(manager, entity);
    });
  }

  private async person(manager: EntityManager, municipality: string, personId: string): Promise<HealthPersonEntity> {
    const person = await manager.getRepository(HealthPersonEntity).findOneBy({ municipality, personId });
    if (!person) throw new ServiceException('not_found', 'No such person followed by the health service in your municipality');
    return person;
  }

  private async view(manager: EntityManager, entity: ExtraGrantEntity): Promise<ExtraGrantView> {
    const person = await this.person(manager, entity.municipality, entity.personId);
    return {
      id: entity.id,
      personId: entity.personId,
      givenName: person.givenName,
      familyName: person.familyName,
      caseId: entity.caseId,
      kind: entity.kind,
      grantYear: entity.grantYear,
      deadline: applicationDeadline(person.arrivedOn, entity.grantYear),
      settledByAgreementWithImdi: entity.settledByAgreementWithImdi,
      conditionKnownBeforeSettlement: entity.conditionKnownBeforeSettlement,
      bornAfterMothersSettlement:
        entity.bornOn && entity.motherSettledOn ? { bornOn: entity.bornOn, motherSettledOn: entity.motherSettledOn } : null,
      conditionNote: entity.conditionNote,
      consentFormReceivedOn: entity.consentFormReceivedOn,
      doctorStatementReceivedOn: entity.doctorStatementReceivedOn,
      involvedUnits: entity.involvedUnits as ExtraGrantView['involvedUnits'],
      costLines: entity.costLines as ExtraGrantView['costLines'],
      costTotalNok: costOf(entity.costLines).totalNok,
      status: entity.status,
      submittedOn: entity.submittedOn,
      decidedOn: entity.decidedOn,
      grantedNok: entity.grantedNok,
    };
  }
}

const statusOrder = (v: ExtraGrantView) => ({ draft: 0, submitted: 1, granted: 2, rejected: 3 })[v.status];
