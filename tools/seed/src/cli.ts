import { SingleBar } from 'cli-progress';
import { seedHealth } from './demo-health';
import { seedDemo } from './seed-demo';
import { seedVolunteering } from './demo-volunteers';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
}

/** `npm run seed -- --persons 1000 --municipalities 1103,3201 [--seed 1] [--batch 100] [--concurrency 4] [--introduction] [--volunteering] [--health]` */
export async function runSeedCli(args: string[]): Promise<void> {
  const persons = Number(option(args, 'persons') ?? 1000);
  const municipalities = (option(args, 'municipalities') ?? '1103,3201')
    .split(',')
    .map((m) => m.trim())
    .filter(Boolean);
  if (municipalities.some((m) => !/^\d{4}$/.test(m))) throw new Error('--municipalities must be four-digit kommunenummer, comma separated');
  const natsUrl = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
  const bar = new SingleBar({
    format: 'Seeding |{bar}| {value}/{total} persons | {rate} persons/s | {eta_formatted} left',
    hideCursor: true,
  });
  const started = performance.now();
  let done = 0;
  const messages: string[] = [];
  bar.start(persons, 0, { rate: 0 });
  const result = await seedDemo({
    natsUrl,
    persons,
    municipalities,
    seed: Number(option(args, 'seed') ?? 1),
    batchSize: option(args, 'batch') ? Number(option(args, 'batch')) : undefined,
    concurrency: option(args, 'concurrency') ? Number(option(args, 'concurrency')) : undefined,
    introduction: args.includes('--introduction'),
    onProgress: (n) => {
      done += n;
      bar.update(done, { rate: Math.round(done / ((performance.now() - started) / 1000)) });
    },
    // Printed after the bar, which owns the terminal line while it runs.
    log: (message) => messages.push(message),
  }).finally(() => {
    bar.stop();
    for (const message of messages) console.log(message);
  });
  for (const s of result.skipped) console.log(`skipped ${s.municipality}: it already has ${s.households} households`);
  const total = result.seeded.reduce((n, s) => n + s.persons, 0);
  console.log(
    `Seeded ${total} persons in ${result.seeded.length} municipalities in ${result.seconds.toFixed(1)} s: ${result.personsPerSecond} persons/s`,
  );
  if (args.includes('--volunteering')) {
    // Needs the volunteering service running; an empty municipality gets Bærum-shaped volunteering data.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
    for (const municipality of municipalities) {
      const seeded = await seedVolunteering(natsUrl, municipality, today, Number(option(args, 'seed') ?? 1));
      console.log(`${municipality}: ${seeded.volunteers} volunteers and ${seeded.waiting} waiting for a guide`);
    }
  }
  if (args.includes('--health')) {
    // The health service plans each settled person's checklist from the housing events; this adds
    // demo coordination cases and ekstratilskudd applications on top (needs the health service running).
    for (const municipality of municipalities) {
      const health = await seedHealth(natsUrl, municipality, Number(option(args, 'seed') ?? 1));
      console.log(`${municipality}: ${health.cases} demo coordination cases, ${health.applications} ekstratilskudd applications`);
    }
  }
}
