import { z } from 'zod';

/**
 * The words of volunteering, shared by the service's rules, the endpoints and the portal.
 * Roles follow the Red Cross refugee guide model: a guide for a person or family, a friend
 * family for a family, a professional mentor (yrkesguide) and a buddy for young people.
 */
export const guideRoles = ['refugee-guide', 'friend-family', 'professional-mentor', 'youth-buddy'] as const;
export const guideRole = z.enum(guideRoles, { message: 'must be one of the guide roles' });
export type GuideRole = z.infer<typeof guideRole>;

/** Roles whose work involves minors: a police certificate (barneomsorgsattest) must have been seen. */
export const rolesWithMinors: readonly GuideRole[] = ['friend-family', 'youth-buddy'];

/** Of all roles only youth buddies may be 16 or 17, and then only with a guardian's consent. */
export const YOUTH_MIN_AGE = 16;
export const ADULT_MIN_AGE = 18;

export const availabilities = ['weekday-daytime', 'weekday-evening', 'weekend'] as const;
export const availability = z.enum(availabilities, { message: 'must be weekday-daytime, weekday-evening or weekend' });
export type Availability = z.infer<typeof availability>;

export const genders = ['female', 'male', 'other'] as const;
export const gender = z.enum(genders, { message: 'must be female, male or other' });
export type Gender = z.infer<typeof gender>;

export const ageBands = ['16-17', '18-29', '30-44', '45-59', '60+'] as const;
export type AgeBand = (typeof ageBands)[number];

export const lifeSituations = ['single', 'couple', 'family-with-children', 'senior'] as const;
export const lifeSituation = z.enum(lifeSituations, { message: 'must be single, couple, family-with-children or senior' });
export type LifeSituation = z.infer<typeof lifeSituation>;

/** The screening steps, in the order they are done. */
export const screeningSteps = ['interview', 'start-course', 'first-aid', 'ethics-declaration', 'police-certificate', 'evaluation'] as const;
export const screeningStep = z.enum(screeningSteps, { message: 'must be a screening step' });
export type ScreeningStep = z.infer<typeof screeningStep>;

export const guideStatuses = ['applicant', 'approved', 'rejected', 'withdrawn'] as const;
export type GuideStatus = (typeof guideStatuses)[number];

export const matchStatuses = ['proposed', 'active', 'ended', 'declined'] as const;
export type MatchStatus = (typeof matchStatuses)[number];

/** The match agreement: about 8 hours a month for about 12 months (Red Cross model). */
export const AGREEMENT_HOURS_PER_MONTH = 8;
export const AGREEMENT_MONTHS = 12;
/** A match without a logged contact for this many days is flagged for the coordinator. */
export const NO_CONTACT_FLAG_DAYS = 30;
/** Reminders before a requirement or an agreement runs out. */
export const REMINDER_DAYS = [90, 60, 30] as const;

export const educationLevels = ['primary', 'upper-secondary', 'vocational', 'higher'] as const;
export const educationLevel = z.enum(educationLevels, { message: 'must be primary, upper-secondary, vocational or higher' });
export type EducationLevel = z.infer<typeof educationLevel>;
