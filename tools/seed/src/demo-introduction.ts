import { addDays, addMonths, type Actor } from '@ankomst/contracts';
import {
  listParticipants,
  type ParticipantView,
  recordAttendance,
  recordCareerGuidance,
  recordDecision,
  recordExit,
  recordFollowUp,
  recordMapping,
  savePlan,
} from '@ankomst/contracts/introduction';
import { ServiceClient } from '@ankomst/platform-messaging';
import { ClientProxyFactory, Transport } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';
import { Random } from './random';

// Programme data for the demo and the bench, through the introduction service's own commands
// (rules and events apply). Candidates are not made here: they appear by themselves from the
// housing service's settled-person events, so this waits for them and then works their cases.

export interface IntroductionSeedResult {
  municipality: string;
  candidates: number;
  granted: number;
  exited: number;
  followedUp: number;
}

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

type Outcome = 'work-full-time' | 'work-part-time' | 'education' | 'primary-school' | 'other';
/** Roughly Stavanger 2017 in shape: 19 % work, 33 % education, 4 % primary school. */
const outcomes: [Outcome, number][] = [
  ['work-full-time', 12],
  ['work-part-time', 7],
  ['education', 33],
  ['primary-school', 4],
  ['other', 44],
];

type FollowUp = 'work-full-time' | 'work-part-time' | 'education' | 'other';
/** One year after: about two in three in work or education, a little under the 70 % target. */
const followUps: [FollowUp, number][] = [
  ['work-full-time', 30],
  ['work-part-time', 15],
  ['education', 21],
  ['other', 34],
];

function pickFollowUp(random: Random): FollowUp {
  let n = random.int(1, 100);
  for (const [status, weight] of followUps) {
    if ((n -= weight) <= 0) return status;
  }
  return 'other';
}

function pickOutcome(random: Random): Outcome {
  let n = random.int(1, 100);
  for (const [outcome, weight] of outcomes) {
    if ((n -= weight) <= 0) return outcome;
  }
  return 'other';
}

export async function seedIntroduction(options: {
  natsUrl: string;
  municipality: string;
  today: string;
  seed?: number;
  /** How long to wait for the candidates from housing's events. */
  waitMs?: number;
  log?: (message: string) => void;
}): Promise<IntroductionSeedResult> {
  const proxy = ClientProxyFactory.create({
    transport: Transport.NATS,
    options: { servers: [options.natsUrl], name: 'ankomst-seed-introduction' },
  });
  await proxy.connect();
  const client = new ServiceClient(proxy, 30_000);
  const actor: Actor = { userId: 'demo-seed', role: 'intro-advisor', municipality: options.municipality };
  const correlationId = `seed-${randomUUID()}`;
  const send = <T>(subject: string, body: unknown) => client.request<T>(subject, body, { correlationId, actor });
  const random = new Random((options.seed ?? 1) * 7_919 + Number(options.municipality));
  const today = options.today;
  try {
    // Wait until the candidate count stops growing (the events arrive over a few seconds).
    let candidates: ParticipantView[] = [];
    const deadline = Date.now() + (options.waitMs ?? 30_000);
    for (let stable = 0; stable < 3 && Date.now() < deadline;) {
      const page = await send<{ total: number; items: ParticipantView[] }>(listParticipants.subject, { status: 'candidate', limit: 500 });
      stable = page.items.length === candidates.length && page.items.length > 0 ? stable + 1 : 0;
      candidates = page.items;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    let granted = 0;
    let exited = 0;
    let followedUp = 0;
    for (const candidate of candidates) {
      if (!candidate.settledOn || random.int(1, 100) > 80) continue; // some are still being mapped
      const settled = candidate.settledOn;
      const mappedOn = earlier(addDays(settled, random.int(7, 30)), today);
      const decidedOn = earlier(later(addDays(settled, random.int(30, 85)), mappedOn), today);
      const hasUpperSecondary = random.int(1, 100) <= 35;
      await send(recordMapping.subject, {
        participantId: candidate.id,
        languages: ['no'],
        education: hasUpperSecondary ? 'Upper secondary school' : 'Primary school',
        hasUpperSecondary,
        workExperience: random.pick(['Retail', 'Farming', 'Construction', 'Care work', '']),
        otherCompetence: '',
        interpreterUsed: random.int(1, 100) <= 70,
        mappedOn,
      });
      await send(recordCareerGuidance.subject, {
        participantId: candidate.id,
        recommendation: hasUpperSecondary ? 'work' : 'education',
        note: '',
        recordedOn: mappedOn,
      });
      await send(recordDecision.subject, {
        participantId: candidate.id,
        outcome: 'granted',
        decidedOn,
        appealInformation: 'You may appeal within 3 weeks. The appeal is sent to the municipality.',
      });
      granted += 1;
      const group = hasUpperSecondary ? 'work-or-higher-education' : 'work-or-basic-education';
      const endDate = addDays(decidedOn, hasUpperSecondary ? 170 : 600);
      const measure = (kind: string, hoursPerWeek: number) => ({ kind, description: '', hoursPerWeek, from: decidedOn, to: endDate });
      await send(savePlan.subject, {
        participantId: candidate.id,
        sluttmaalGroup: group,
        goal: hasUpperSecondary ? 'Work in the trade learnt' : 'Work, with Norwegian at A2',
        norwegianGoal: hasUpperSecondary ? 'B1' : 'A2',
        startDate: decidedOn,
        endDate,
        extended: false,
        extensionReason: null,
        contractSignedOn: decidedOn,
        measures: [
          measure('norwegian', 15),
          measure('samfunnskunnskap', 4),
          measure('livsmestring', 3.5),
          measure(random.pick(['work-practice', 'work-from-day-one', 'education']), 15),
        ],
        reason: 'First plan, written with NAV',
        basedOnVersion: 0,
      });
      // A little unapproved absence in the last week for some.
      if (random.int(1, 100) <= 25 && addDays(today, -3) >= decidedOn) {
        await send(recordAttendance.subject, {
          entries: [
            {
              participantId: candidate.id,
              day: addDays(today, -3),
              measureKind: 'norwegian',
              hours: 3,
              presence: 'unapproved-absence',
              absenceReason: null,
            },
          ],
        }).catch(() => undefined); // a closed month needs a reason: the demo leaves that one out
      }
      // Those decided long ago have finished.
      if (addDays(decidedOn, 200) < today && random.int(1, 100) <= 60) {
        const exitedOn = earlier(addDays(decidedOn, random.int(150, 400)), today);
        await send(recordExit.subject, {
          participantId: candidate.id,
          reason: random.pick(['goal-reached', 'time-used', 'quit', 'moved']),
          outcome: pickOutcome(random),
          exitedOn,
          note: null,
        });
        exited += 1;
        // Most of those who left over a year ago have their follow-up registered.
        const dueOn = addMonths(exitedOn, 12);
        if (dueOn <= today && random.int(1, 100) <= 85) {
          await send(recordFollowUp.subject, {
            participantId: candidate.id,
            status: pickFollowUp(random),
            observedOn: earlier(addDays(dueOn, random.int(0, 30)), today),
            note: null,
          });
          followedUp += 1;
        }
      }
    }
    options.log?.(
      `${options.municipality}: introduction programme: ${candidates.length} candidates, ${granted} granted, ${exited} exited, ${followedUp} followed up`,
    );
    return { municipality: options.municipality, candidates: candidates.length, granted, exited, followedUp };
  } finally {
    await proxy.close();
  }
}
