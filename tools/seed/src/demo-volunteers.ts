import { addDays, type Actor } from '@ankomst/contracts';
import {
  decideGuide,
  type GuideDetail,
  type GuideRole,
  listGuides,
  recordScreeningStep,
  submitGuideRequest,
  submitVolunteerSignUp,
  type GuideRequestByRefugee,
  type VolunteerSignUp,
} from '@ankomst/contracts/volunteering';
import { ServiceClient } from '@ankomst/platform-messaging';
import { ClientProxyFactory, Transport } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';
import { Random } from './random';

/**
 * Volunteering demo data shaped like Bærum's reported figures (2019): 64 guides, about 30
 * refugees waiting, too few male guides. Invented names only (no name from the seeds).
 */
export const BAERUM_SHAPE = { guides: 64, waiting: 30, maleShare: 0.2, approvedShare: 0.75 } as const;

const givenNames = ['Testa', 'Prøve', 'Demo', 'Eksempel', 'Fiktiv', 'Oppdikt'];
const familyNames = ['Frivilligsen', 'Hjelpesen', 'Nabodatter', 'Veiviser', 'Guidesen', 'Følgesvenn'];
const areas = ['Sentrum', 'Nord', 'Sør', 'Vest', 'Øst'];
const interests = ['fotball', 'tur', 'matlaging', 'sjakk', 'musikk', 'strikking', 'sykling', 'lesing'];
const professions = ['sykepleier', 'ingeniør', 'lærer', 'snekker', 'økonom', null];
const languageSets = [
  ['norsk'],
  ['norsk', 'engelsk'],
  ['norsk', 'arabisk'],
  ['norsk', 'tigrinja'],
  ['norsk', 'ukrainsk'],
  ['norsk', 'somali'],
  ['norsk', 'dari'],
];
const roleWeights: Record<GuideRole, number> = { 'refugee-guide': 70, 'friend-family': 10, 'professional-mentor': 12, 'youth-buddy': 8 };

export interface DemoVolunteer {
  signUp: VolunteerSignUp;
  /** Screened and approved (with a police certificate seen where the role has minors). */
  approved: boolean;
}

export function demoVolunteers(random: Random, municipality: string, today: string, count: number = BAERUM_SHAPE.guides): DemoVolunteer[] {
  return Array.from({ length: count }, (_, i) => {
    const role = random.weighted(roleWeights);
    const age = role === 'youth-buddy' ? random.int(18, 24) : random.int(22, 74);
    const name = `${random.pick(givenNames)} ${random.pick(familyNames)} ${i + 1}`;
    return {
      approved: random.chance(BAERUM_SHAPE.approvedShare),
      signUp: {
        municipality,
        role,
        name,
        email: `frivillig-${municipality}-${i + 1}@example.org`,
        birthDate: addDays(today, -(age * 365 + random.int(0, 300))),
        gender: random.chance(BAERUM_SHAPE.maleShare) ? 'male' : random.chance(0.95) ? 'female' : undefined,
        languages: random.pick(languageSets),
        interests: [random.pick(interests), random.pick(interests)].filter((v, j, all) => all.indexOf(v) === j),
        profession: random.pick(professions) ?? undefined,
        availability: [random.pick(['weekday-daytime', 'weekday-evening', 'weekend'] as const)],
        area: random.pick(areas),
        motivation: 'Vil gjerne bli kjent med nye naboer.',
        guardianConsent: false,
        privacyConsent: true,
        website: '',
        fillSeconds: 120,
      },
    };
  });
}

export function demoWaiting(random: Random, municipality: string, count: number = BAERUM_SHAPE.waiting): GuideRequestByRefugee[] {
  return Array.from({ length: count }, (_, i) => ({
    municipality,
    name: `Testperson Venter ${i + 1}`,
    formLanguage: random.pick(['nb', 'en', 'ar', 'ti', 'prs', 'uk', 'so'] as const),
    languages: random.pick(languageSets).slice(-1),
    area: random.pick(areas),
    availability: [random.pick(['weekday-daytime', 'weekday-evening', 'weekend'] as const)],
    wantedGender: random.chance(0.3) ? random.pick(['female', 'male'] as const) : undefined,
    involvesMinors: random.chance(0.4),
    interests: [random.pick(interests)],
    privacyConsent: true,
    website: '',
    fillSeconds: 120,
  }));
}

/**
 * Fills an empty volunteering service through its own commands: sign-ups and requests as the
 * public forms send them, screening and approval as a demo coordinator. Left alone when the
 * municipality has volunteers already.
 */
export async function seedVolunteering(
  natsUrl: string,
  municipality: string,
  today: string,
  seed = 1,
): Promise<{ volunteers: number; waiting: number }> {
  const proxy = ClientProxyFactory.create({
    transport: Transport.NATS,
    options: { servers: [natsUrl], name: 'ankomst-seed-volunteering' },
  });
  await proxy.connect();
  const client = new ServiceClient(proxy, 30_000);
  const correlationId = `seed-${randomUUID()}`;
  const anonymous: Actor = { userId: 'anonymous', role: 'anonymous', municipality };
  const coordinator: Actor = { userId: 'demo-seed', role: 'volunteer-coordinator', municipality };
  const send = <T>(subject: string, body: unknown, actor: Actor) => client.request<T>(subject, body, { correlationId, actor });
  try {
    const existing = await send<{ items: GuideDetail[] }>(listGuides.subject, {}, coordinator);
    if (existing.items.length > 0) return { volunteers: 0, waiting: 0 };
    const random = new Random(seed * 7_919 + Number(municipality));
    const volunteers = demoVolunteers(random, municipality, today);
    for (const volunteer of volunteers) await send(submitVolunteerSignUp.subject, volunteer.signUp, anonymous);
    const { items } = await send<{ items: GuideDetail[] }>(listGuides.subject, {}, coordinator);
    const byEmail = new Map(volunteers.map((v) => [v.signUp.email, v]));
    for (const guide of items) {
      if (!byEmail.get(guide.email)?.approved) continue;
      for (const step of ['interview', 'start-course', 'first-aid', 'ethics-declaration'] as const) {
        await send(recordScreeningStep.subject, { guideId: guide.id, step, on: addDays(today, -30) }, coordinator);
      }
      if (guide.role === 'friend-family' || guide.role === 'youth-buddy') {
        const certificate = { certificateDate: addDays(today, -40), noRemarks: true };
        await send(
          recordScreeningStep.subject,
          { guideId: guide.id, step: 'police-certificate', on: addDays(today, -30), ...certificate },
          coordinator,
        );
      }
      await send(decideGuide.subject, { guideId: guide.id, decision: 'approve' }, coordinator);
    }
    const waiting = demoWaiting(random, municipality);
    for (const request of waiting) await send(submitGuideRequest.subject, request, anonymous);
    return { volunteers: volunteers.length, waiting: waiting.length };
  } finally {
    await proxy.close();
  }
}
