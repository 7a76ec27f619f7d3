import {
  type AgeBand,
  ageBands,
  type Availability,
  type EducationLevel,
  type Gender,
  type GuideRole,
  type LifeSituation,
  rolesWithMinors,
} from '@ankomst/contracts/volunteering';

/**
 * Suggests volunteers for one person or family on the waiting list. Hard filters first
 * (language, area, availability, child safety, gender wish, the wanted role, screening);
 * then a score out of 100 over interests, profession, education, age and life situation.
 * Every suggestion carries the criteria that gave its points, and every excluded
 * volunteer the filter that excluded them, so the coordinator can see why.
 */

export interface GuideCandidate {
  id: string;
  role: GuideRole;
  languages: readonly string[];
  area: string;
  availability: readonly Availability[];
  gender: Gender | null;
  ageBand: AgeBand;
  interests: readonly string[];
  profession: string | null;
  education: EducationLevel | null;
  lifeSituation: LifeSituation | null;
  /** A police certificate was seen without remarks. */
  childSafe: boolean;
  /** From the screening rules: empty when the volunteer may be matched. */
  blockers: readonly string[];
  activeMatches: number;
}

export interface WaitingWish {
  languages: readonly string[];
  area: string;
  availability: readonly Availability[];
  wantedRole: GuideRole | null;
  wantedGender: Gender | null;
  /** The person is a minor or the family has children: only child-safe volunteers. */
  involvesMinors: boolean;
  interests: readonly string[];
  profession: string | null;
  education: EducationLevel | null;
  ageBand: AgeBand | null;
  lifeSituation: LifeSituation | null;
}

export type HardFilter = 'screening' | 'role' | 'language' | 'area' | 'availability' | 'child-safety' | 'gender';
export type Criterion = 'interests' | 'profession' | 'education' | 'age' | 'life-situation';

export const criterionWeights: Readonly<Record<Criterion, number>> = {
  interests: 30,
  profession: 20,
  education: 10,
  age: 20,
  'life-situation': 20,
};

export interface CriterionScore {
  criterion: Criterion;
  points: number;
  max: number;
  /** What matched: the shared interests, the profession, the band… (empty when nothing did). */
  matched: string[];
}

export interface Suggestion {
  guideId: string;
  score: number;
  /** The hard filters passed, with what satisfied them (the shared language, the area…). */
  passed: { filter: HardFilter; matched: string[] }[];
  criteria: CriterionScore[];
}

export interface Exclusion {
  guideId: string;
  filter: HardFilter;
}

const norm = (value: string) => value.trim().toLocaleLowerCase('nb');
const shared = (a: readonly string[], b: readonly string[]) => {
  const other = new Set(b.map(norm));
  return [...new Set(a.map(norm))].filter((value) => other.has(value));
};

/** The first hard filter a volunteer fails, or what each filter matched. */
function hardFilters(guide: GuideCandidate, wish: WaitingWish): { filter: HardFilter; matched: string[] }[] | HardFilter {
  if (guide.blockers.length > 0) return 'screening';
  const passed: { filter: HardFilter; matched: string[] }[] = [];
  if (wish.wantedRole) {
    if (guide.role !== wish.wantedRole) return 'role';
    passed.push({ filter: 'role', matched: [guide.role] });
  }
  const languages = shared(guide.languages, wish.languages);
  if (languages.length === 0) return 'language';
  passed.push({ filter: 'language', matched: languages });
  if (norm(guide.area) !== norm(wish.area)) return 'area';
  passed.push({ filter: 'area', matched: [guide.area] });
  const times = shared(guide.availability, wish.availability);
  if (times.length === 0) return 'availability';
  passed.push({ filter: 'availability', matched: times });
  if (wish.involvesMinors || rolesWithMinors.includes(guide.role)) {
    if (!guide.childSafe) return 'child-safety';
    passed.push({ filter: 'child-safety', matched: ['police-certificate-seen'] });
  }
  if (wish.wantedGender) {
    if (guide.gender !== wish.wantedGender) return 'gender';
    passed.push({ filter: 'gender', matched: [wish.wantedGender] });
  }
  return passed;
}

const bandIndex = (band: AgeBand) => ageBands.indexOf(band);

function score(guide: GuideCandidate, wish: WaitingWish): CriterionScore[] {
  const criteria: CriterionScore[] = [];
  const add = (criterion: Criterion, fraction: number, matched: string[]) =>
    criteria.push({ criterion, points: Math.round(criterionWeights[criterion] * fraction), max: criterionWeights[criterion], matched });

  const interests = shared(guide.interests, wish.interests);
  const wanted = new Set(wish.interests.map(norm)).size;
  add('interests', wanted === 0 ? 0 : Math.min(1, interests.length / Math.min(wanted, 3)), interests);

  const sameProfession = guide.profession !== null && wish.profession !== null && norm(guide.profession) === norm(wish.profession);
  add('profession', sameProfession ? 1 : 0, sameProfession ? [guide.profession!] : []);

  const sameEducation = guide.education !== null && guide.education === wish.education;
  add('education', sameEducation ? 1 : 0, sameEducation ? [guide.education!] : []);

  const distance = wish.ageBand === null ? null : Math.abs(bandIndex(guide.ageBand) - bandIndex(wish.ageBand));
  add('age', distance === 0 ? 1 : distance === 1 ? 0.5 : 0, distance !== null && distance <= 1 ? [guide.ageBand] : []);

  const sameSituation = guide.lifeSituation !== null && guide.lifeSituation === wish.lifeSituation;
  add('life-situation', sameSituation ? 1 : 0, sameSituation ? [guide.lifeSituation!] : []);
  return criteria;
}

/**
 * Ranks the volunteers who pass every hard filter: highest score first, then the one with
 * fewer active matches (spreads the load), then by id so the order never flickers.
 */
export function suggestGuides(guides: readonly GuideCandidate[], wish: WaitingWish): { suggestions: Suggestion[]; excluded: Exclusion[] } {
  const suggestions: (Suggestion & { load: number })[] = [];
  const excluded: Exclusion[] = [];
  for (const guide of guides) {
    const passed = hardFilters(guide, wish);
    if (typeof passed === 'string') {
      excluded.push({ guideId: guide.id, filter: passed });
      continue;
    }
    const criteria = score(guide, wish);
    const total = criteria.reduce((sum, c) => sum + c.points, 0);
    suggestions.push({ guideId: guide.id, score: total, passed, criteria, load: guide.activeMatches });
  }
  suggestions.sort((a, b) => b.score - a.score || a.load - b.load || a.guideId.localeCompare(b.guideId));
  return { suggestions: suggestions.map(({ load: _load, ...suggestion }) => suggestion), excluded };
}
