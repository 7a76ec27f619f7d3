import type { HouseholdView } from '@ankomst/contracts/housing';

export interface TimelineItem {
  date: string;
  /** i18n key under `timeline.` */
  kind: 'requested' | 'registered' | 'permit' | 'settled';
  who?: string;
}

/** What happened to the household, newest first, from the dates the housing service keeps. */
export function householdTimeline(household: HouseholdView): TimelineItem[] {
  const items: TimelineItem[] = [{ date: household.registeredAt, kind: 'registered' }];
  if (household.requestedOn) items.push({ date: household.requestedOn, kind: 'requested' });
  for (const member of household.members) {
    const who = `${member.givenName} ${member.familyName}`;
    if (member.residencePermitDate) items.push({ date: member.residencePermitDate, kind: 'permit', who });
    if (member.settledOn) items.push({ date: member.settledOn, kind: 'settled', who });
  }
  return items.sort((a, b) => b.date.localeCompare(a.date));
}
