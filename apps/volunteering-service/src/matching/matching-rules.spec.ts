import { type GuideCandidate, suggestGuides, type WaitingWish } from './matching-rules';

const guide = (id: string, over: Partial<GuideCandidate> = {}): GuideCandidate => ({
  id,
  role: 'refugee-guide',
  languages: ['norsk', 'arabisk'],
  area: 'Sentrum',
  availability: ['weekday-evening'],
  gender: 'female',
  ageBand: '30-44',
  interests: [],
  profession: null,
  education: null,
  lifeSituation: null,
  childSafe: false,
  blockers: [],
  activeMatches: 0,
  ...over,
});

const wish = (over: Partial<WaitingWish> = {}): WaitingWish => ({
  languages: ['Arabisk'],
  area: 'sentrum',
  availability: ['weekday-evening', 'weekend'],
  wantedRole: null,
  wantedGender: null,
  involvesMinors: false,
  interests: [],
  profession: null,
  education: null,
  ageBand: null,
  lifeSituation: null,
  ...over,
});

describe('hard filters', () => {
  it('excludes each volunteer by the first filter they fail, and says which', () => {
    const { suggestions, excluded } = suggestGuides(
      [
        guide('blocked', { blockers: ['evaluation-overdue'] }),
        guide('wrong-language', { languages: ['tigrinja'] }),
        guide('elsewhere', { area: 'Nord' }),
        guide('mornings', { availability: ['weekday-daytime'] }),
        guide('ok'),
      ],
      wish(),
    );
    expect(excluded).toEqual([
      { guideId: 'blocked', filter: 'screening' },
      { guideId: 'wrong-language', filter: 'language' },
      { guideId: 'elsewhere', filter: 'area' },
      { guideId: 'mornings', filter: 'availability' },
    ]);
    expect(suggestions.map((s) => s.guideId)).toEqual(['ok']);
    expect(suggestions[0].passed).toEqual([
      { filter: 'language', matched: ['arabisk'] },
      { filter: 'area', matched: ['Sentrum'] },
      { filter: 'availability', matched: ['weekday-evening'] },
    ]);
  });

  it('lets only child-safe volunteers near minors, and keeps a friend family child-safe whatever the wish', () => {
    const guides = [guide('no-certificate'), guide('certificate', { childSafe: true }), guide('family', { role: 'friend-family' })];
    expect(suggestGuides(guides, wish({ involvesMinors: true })).excluded).toEqual([
      { guideId: 'no-certificate', filter: 'child-safety' },
      { guideId: 'family', filter: 'child-safety' },
    ]);
    expect(suggestGuides(guides, wish()).excluded).toEqual([{ guideId: 'family', filter: 'child-safety' }]);
  });

  it('honours a gender wish and a wanted role, and ignores the volunteer’s gender without a wish', () => {
    const guides = [guide('woman'), guide('man', { gender: 'male' }), guide('unsaid', { gender: null })];
    expect(suggestGuides(guides, wish({ wantedGender: 'male' })).suggestions.map((s) => s.guideId)).toEqual(['man']);
    expect(suggestGuides(guides, wish()).suggestions).toHaveLength(3);
    expect(
      suggestGuides([guide('mentor', { role: 'professional-mentor' }), guide('guide')], wish({ wantedRole: 'professional-mentor' }))
        .excluded,
    ).toEqual([{ guideId: 'guide', filter: 'role' }]);
  });
});

describe('ranking', () => {
  const engineerFamily = wish({
    interests: ['Fotball', 'matlaging', 'tur'],
    profession: 'ingeniør',
    education: 'higher',
    ageBand: '30-44',
    lifeSituation: 'family-with-children',
  });

  it('ranks by the score and explains every criterion with its points and what matched', () => {
    const { suggestions } = suggestGuides(
      [
        guide('a-little', { interests: ['tur'], ageBand: '45-59' }),
        guide('a-lot', {
          interests: ['fotball', 'matlaging', 'tur', 'sjakk'],
          profession: 'Ingeniør',
          education: 'higher',
          lifeSituation: 'family-with-children',
        }),
        guide('nothing', { ageBand: '60+' }),
      ],
      engineerFamily,
    );
    expect(suggestions.map((s) => [s.guideId, s.score])).toEqual([
      ['a-lot', 100],
      ['a-little', 20],
      ['nothing', 0],
    ]);
    expect(suggestions[0].criteria).toEqual([
      { criterion: 'interests', points: 30, max: 30, matched: ['fotball', 'matlaging', 'tur'] },
      { criterion: 'profession', points: 20, max: 20, matched: ['Ingeniør'] },
      { criterion: 'education', points: 10, max: 10, matched: ['higher'] },
      { criterion: 'age', points: 20, max: 20, matched: ['30-44'] },
      { criterion: 'life-situation', points: 20, max: 20, matched: ['family-with-children'] },
    ]);
    // One of three interests (10) and the neighbouring age band (half of 20).
    expect(suggestions[1].criteria.filter((c) => c.points > 0)).toEqual([
      { criterion: 'interests', points: 10, max: 30, matched: ['tur'] },
      { criterion: 'age', points: 10, max: 20, matched: ['45-59'] },
    ]);
  });

  it('breaks a tie by fewer active matches, then by id', () => {
    const { suggestions } = suggestGuides([guide('b-busy', { activeMatches: 2 }), guide('c-free'), guide('a-free')], wish());
    expect(suggestions.map((s) => s.guideId)).toEqual(['a-free', 'c-free', 'b-busy']);
  });

  it('gives no interest points when the person named none', () => {
    const { suggestions } = suggestGuides([guide('keen', { interests: ['tur'] })], wish());
    expect(suggestions[0].criteria[0]).toEqual({ criterion: 'interests', points: 0, max: 30, matched: [] });
  });
});
