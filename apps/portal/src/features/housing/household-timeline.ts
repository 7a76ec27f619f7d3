import type { HouseholdDetail } from '@ankomst/contracts/housing';

export interface TimelineItem {
  date: string;
  /** i18n key under `timeline.` */
  kind: 'requested' | 'registered' | 'permit' | 'settled' | 'allocated' | 'tenancyEnded' | 'selfSettlementApproved';
  who?: string;
}

/** What happened to the household, newest first, from the dates and facts the housing service keeps. */
export function householdTimeline(household: HouseholdDetail): TimelineItem[] {
  const items: TimelineItem[] = [{ date: household.registeredAt, kind: 'registered' }];
  if (household.requestedOn) items.push({ date: household.requestedOn, kind: 'requested' });
  for (const member of household.members) {
    const who = `${member.givenName} ${member.familyName}`;
    if (member.residencePermitDate) items.push({ date: member.residencePermitDate, kind: 'permit', who });
    if (member.settledOn) items.push({ date: member.settledOn, kind: 'settled', who });
  }
  for (const tenancy of household.tenancies) {
    items.push({ date: tenancy.startDate, kind: 'allocated', who: tenancy.address });
    if (tenancy.endDate) items.push({ date: tenancy.endDate, kind: 'tenancyEnded', who: tenancy.address });
  }
  for (const selfSettlement of household.selfSettlements) {
    if (selfSettlement.status === 'approved' && selfSettlement.decidedAt)
      items.push({ date: selfSettlement.decidedAt, kind: 'selfSettlementApproved', who: selfSettlement.address });
  }
  return items.sort((a, b) => b.date.localeCompare(a.date));
}
