import type { NirRecord } from '@ankomst/contracts/introduction';

/**
 * The NIR (national introduction register) report: what is missing per participant before
 * export, and the CSV. A participant whose plan has ended without an exit is the classic gap
 * (no exit reason).
 */
export type NirFacts = Omit<NirRecord, 'missing'>;

export function nirMissing(record: NirFacts, today: string): string[] {
  const missing: string[] = [];
  if (!record.decision) missing.push('decision');
  if (record.decision === 'granted') {
    if (!record.sluttmaalGroup) missing.push('sluttmaalGroup');
    if (!record.contractSignedOn) missing.push('contractSignedOn');
    if (record.measures.length === 0) missing.push('measures');
    if (!record.exitReason && record.planEnd && record.planEnd < today) missing.push('exitReason');
    if (record.exitReason && !record.exitOutcome) missing.push('exitOutcome');
  }
  return missing;
}

const columns: (keyof NirRecord)[] = [
  'participantId',
  'decision',
  'decidedOn',
  'sluttmaalGroup',
  'contractSignedOn',
  'planStart',
  'planEnd',
  'measures',
  'approvedAbsenceHours',
  'unapprovedAbsenceHours',
  'exitReason',
  'exitOutcome',
  'exitedOn',
  'researchOptOut',
  'missing',
];

const cell = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : String(value);
  // Quote what needs it, and defuse spreadsheet formulas.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",;\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** One line per participant, `;`-separated (Norwegian spreadsheets), measures as kind:hours:from:to joined by `|`. */
export function nirCsv(records: NirRecord[]): string {
  const lines = [columns.join(';')];
  for (const record of records) {
    lines.push(
      columns
        .map((column) => {
          if (column === 'measures') return cell(record.measures.map((m) => `${m.kind}:${m.hoursPerWeek}:${m.from}:${m.to}`).join('|'));
          if (column === 'missing') return cell(record.missing.join('|'));
          return cell(record[column]);
        })
        .join(';'),
    );
  }
  return `${lines.join('\n')}\n`;
}
