import type { AttentionList, CasePage, CaseView, ConsentList, ConsentRecord, Referral, ReferralList } from '@ankomst/contracts';

/** Whose personal data a case-overview answer carried, for the audit log: every person returned. */
export const casePersons = {
  caseView: (body: unknown) => (body as CaseView | undefined)?.members?.map((m) => m.personId) ?? [],
  casePage: (body: unknown) => (body as CasePage | undefined)?.items?.flatMap((c) => c.members.map((m) => m.personId)) ?? [],
  attention: (body: unknown) => unique((body as AttentionList | undefined)?.items?.flatMap((i) => (i.personId ? [i.personId] : [])) ?? []),
  consentList: (body: unknown) => {
    const personId = (body as ConsentList | undefined)?.personId;
    return personId ? [personId] : [];
  },
  consent: (body: unknown) => {
    const personId = (body as ConsentRecord | undefined)?.personId;
    return personId ? [personId] : [];
  },
  referral: (body: unknown) => {
    const personId = (body as Referral | undefined)?.personId;
    return personId ? [personId] : [];
  },
  referralList: (body: unknown) => unique((body as ReferralList | undefined)?.items?.map((r) => r.personId) ?? []),
};

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
