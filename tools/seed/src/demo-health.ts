import { addDays, type Actor } from '@ankomst/contracts';
import {
  type ChecklistSummary,
  coordinationUnits,
  createExtraGrant,
  listArrivalChecklists,
  openCoordinationCase,
  recordCoordinationMeeting,
  addCoordinationAction,
  serviceNeeds,
  submitExtraGrant,
} from '@ankomst/contracts/health';
import { ServiceClient } from '@ankomst/platform-messaging';
import { ClientProxyFactory, Transport } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';
import { Random } from './random';

/** What the health seed does for one family: open a coordination case, and maybe an application. */
export interface HealthPlan {
  householdId: string;
  personId: string;
  arrivedOn: string;
  needs: (typeof serviceNeeds)[number][];
  units: (typeof coordinationUnits)[number][];
  grant: 'none' | 'draft' | 'submitted';
}

/**
 * Demo coordination cases and ekstratilskudd applications for about one family in `share`:
 * invented texts only (no names: the persons come from the housing seed's synthetic ones).
 * Pure and seeded, so the same input gives the same plan.
 */
export function planHealthDemo(people: readonly ChecklistSummary[], seed: number, share = 0.05): HealthPlan[] {
  const random = new Random(seed);
  const heads = new Map<string, ChecklistSummary>();
  for (const p of people) if (!heads.has(p.householdId) && p.birthDate <= addDays(p.arrivedOn, -18 * 366)) heads.set(p.householdId, p);
  const plans: HealthPlan[] = [];
  for (const head of heads.values()) {
    if (!random.chance(share)) continue;
    const needs = [...new Set([random.pick(serviceNeeds), random.pick(serviceNeeds)])];
    const units = [...new Set(['refugee-health-service' as const, random.pick(coordinationUnits), random.pick(coordinationUnits)])];
    plans.push({
      householdId: head.householdId,
      personId: head.personId,
      arrivedOn: head.arrivedOn,
      needs,
      units,
      grant: random.chance(0.5) ? (random.chance(0.6) ? 'submitted' : 'draft') : 'none',
    });
  }
  return plans;
}

/** Carries the plan out through the health service's own commands, as a demo health worker. */
export async function seedHealth(natsUrl: string, municipality: string, seed = 1): Promise<{ cases: number; applications: number }> {
  const proxy = ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: [natsUrl], name: 'ankomst-seed-health' } });
  await proxy.connect();
  const client = new ServiceClient(proxy, 30_000);
  const actor: Actor = { userId: 'demo-seed-health', role: 'health-worker', municipality };
  const send = <T>(subject: string, body: unknown) => client.request<T>(subject, body, { correlationId: `seed-${randomUUID()}`, actor });
  try {
    const people = await send<{ items: ChecklistSummary[] }>(listArrivalChecklists.subject, { show: 'all', limit: 500 });
    const plans = planHealthDemo(people.items, seed);
    let applications = 0;
    for (const plan of plans) {
      const opened = await send<{ id: string }>(openCoordinationCase.subject, {
        householdId: plan.householdId,
        referredBy: 'unit',
        referredFrom: 'intro-centre',
        referredOn: plan.arrivedOn,
        reason: 'Demo: the family needs coordinated services',
        serviceNeeds: plan.needs,
        ownUnit: 'refugee-health-service',
      });
      await send(recordCoordinationMeeting.subject, {
        caseId: opened.id,
        heldOn: plan.arrivedOn,
        agenda: 'Demo: service needs and next steps',
      });
      await send(addCoordinationAction.subject, {
        caseId: opened.id,
        description: 'Demo: follow up the agreed services',
        responsibleUnit: plan.units[1] ?? 'refugee-health-service',
        dueOn: addDays(plan.arrivedOn, 30),
      });
      if (plan.grant === 'none') continue;
      const complete = plan.grant === 'submitted';
      const draft = await send<{ id: string }>(createExtraGrant.subject, {
        personId: plan.personId,
        caseId: opened.id,
        kind: 'tilskudd-1',
        grantYear: 1,
        settledByAgreementWithImdi: true,
        conditionKnownBeforeSettlement: true,
        consentFormReceivedOn: complete ? plan.arrivedOn : null,
        doctorStatementReceivedOn: complete ? plan.arrivedOn : null,
        involvedUnits: plan.units,
        costLines: plan.units.map((unit) => ({ unit, description: 'Demo: extra services', amountNok: 50_000 })),
      });
      if (complete) await send(submitExtraGrant.subject, { applicationId: draft.id, submittedOn: plan.arrivedOn });
      applications += 1;
    }
    return { cases: plans.length, applications };
  } finally {
    await proxy.close();
  }
}
