import { MISUSED_TECHNOLOGY_CODES, TRAFFICKING_STAGE_CODES } from '@alliance/domain';
import {
  addMember,
  createCountermeasureRow,
  createOrganization,
  createPatternRow,
  createPracticeRow,
  createUser,
  type FixtureUser,
} from './utils/fixtures';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';
import { countStatements } from './utils/waiting';

const GAPS = `query($r: [Region!]) { gapMatrix(regions: $r) {
  stages technologies patternCount countermeasureCount uncounteredPatternCount
  cells { stage technology patternCount countermeasureCount practiceCount }
} }`;
const STATS = `{ misusePatternStats { total countermeasureCount uncounteredCount
  byStage { value count } byTechnology { value count } byTrend { value count } byFormOfExploitation { value count } } }`;

/**
 * One known world (this file's database has no other patterns):
 *  P1 public, RECRUITMENT+MOVEMENT × SOCIAL_MEDIA, Western Europe — countered by A (public) and B (members only)
 *  P2 public, RECRUITMENT × SOCIAL_MEDIA+DATING_APPS, Central Asia — countered by A, and by C (a draft practice)
 *  P3 restricted to GOVERNMENT, RECRUITMENT × SOCIAL_MEDIA — countered by A
 *  P4 a draft, RECRUITMENT × SOCIAL_MEDIA — countered by A (drafts never count)
 *  P5 public, FINANCIAL_FLOWS × CRYPTOCURRENCIES — no countermeasure
 */
describe('gap matrix and pattern stats', () => {
  let t: TestPlatform;
  let officer: FixtureUser;
  let ngo: FixtureUser;
  let owner: FixtureUser;
  let moderator: FixtureUser;
  beforeAll(async () => {
    t = await startTestPlatform();
    const org = await createOrganization(t.db, { verifiedAt: new Date() });
    const gov = await createOrganization(t.db, {
      stakeholderType: 'GOVERNMENT',
      verifiedAt: new Date(),
    });
    const civil = await createOrganization(t.db, { verifiedAt: new Date() });
    [officer, ngo, owner, moderator] = await Promise.all([
      createUser(t.db),
      createUser(t.db),
      createUser(t.db),
      createUser(t.db, { platformRole: 'MODERATOR' }),
    ]);
    await addMember(t.db, gov.id, officer.id, 'MEMBER');
    await addMember(t.db, civil.id, ngo.id, 'MEMBER');
    await addMember(t.db, org.id, owner.id, 'EDITOR');
    const p1 = await createPatternRow(t.db, org.id, {
      stages: ['RECRUITMENT', 'MOVEMENT'],
      technologies: ['SOCIAL_MEDIA'],
      regions: ['WESTERN_EUROPE'],
      formsOfExploitation: ['SEXUAL_EXPLOITATION'],
      trend: 'ESTABLISHED',
    });
    const p2 = await createPatternRow(t.db, org.id, {
      stages: ['RECRUITMENT'],
      technologies: ['SOCIAL_MEDIA', 'DATING_APPS'],
      regions: ['CENTRAL_ASIA'],
      formsOfExploitation: ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR'],
    });
    const p3 = await createPatternRow(t.db, org.id, {
      stages: ['RECRUITMENT'],
      technologies: ['SOCIAL_MEDIA'],
      visibility: 'RESTRICTED',
      visibleTo: ['GOVERNMENT'],
      regions: ['WESTERN_EUROPE'],
      trend: 'DECLINING',
    });
    const p4 = await createPatternRow(t.db, org.id, {
      stages: ['RECRUITMENT'],
      technologies: ['SOCIAL_MEDIA'],
      state: 'DRAFT',
      publishedAt: null,
    });
    await createPatternRow(t.db, org.id, {
      stages: ['FINANCIAL_FLOWS'],
      technologies: ['CRYPTOCURRENCIES'],
    });
    const a = await createPracticeRow(t.db, civil.id);
    const b = await createPracticeRow(t.db, civil.id, { visibility: 'MEMBERS' });
    const c = await createPracticeRow(t.db, org.id, { state: 'DRAFT', publishedAt: null });
    for (const [practice, pattern] of [
      [a, p1],
      [b, p1],
      [a, p2],
      [c, p2],
      [a, p3],
      [a, p4],
    ] as const)
      await createCountermeasureRow(t.db, practice.id, pattern.id);
  });
  afterAll(() => t.close());

  const gaps = async (headers?: Record<string, string>, regions?: string[]) => {
    const res = await t.gql<any>(GAPS, { r: regions }, headers);
    expect(res.errors).toBeUndefined();
    return res.data.gapMatrix;
  };
  const cell = (matrix: any, stage: string, technology: string) =>
    matrix.cells.find(
      (c: { stage: string; technology: string }) =>
        c.stage === stage && c.technology === technology,
    );
  /** The cells that are not all zeros, as "STAGE×TECH: patterns/countermeasures/practices". */
  const nonZero = (matrix: any) =>
    matrix.cells
      .filter((c: any) => c.patternCount || c.countermeasureCount || c.practiceCount)
      .map(
        (c: any) =>
          `${c.stage}×${c.technology}: ${c.patternCount}/${c.countermeasureCount}/${c.practiceCount}`,
      )
      .sort();

  it('lists every stage × technology, zeros included, in taxonomy order', async () => {
    const matrix = await gaps();
    expect(matrix.stages).toEqual([...TRAFFICKING_STAGE_CODES]);
    expect(matrix.technologies).toEqual([...MISUSED_TECHNOLOGY_CODES]);
    expect(matrix.cells).toHaveLength(
      TRAFFICKING_STAGE_CODES.length * MISUSED_TECHNOLOGY_CODES.length,
    );
    expect(cell(matrix, 'CONTROL_AND_EXPLOITATION', 'LIVE_STREAMING')).toEqual({
      stage: 'CONTROL_AND_EXPLOITATION',
      technology: 'LIVE_STREAMING',
      patternCount: 0,
      countermeasureCount: 0,
      practiceCount: 0,
    });
  });

  it('counts for a visitor only public published patterns and links from public published practices', async () => {
    const matrix = await gaps();
    expect(nonZero(matrix)).toEqual([
      'FINANCIAL_FLOWS×CRYPTOCURRENCIES: 1/0/0',
      'MOVEMENT×SOCIAL_MEDIA: 1/1/1',
      'RECRUITMENT×DATING_APPS: 1/1/1',
      'RECRUITMENT×SOCIAL_MEDIA: 2/2/1',
    ]);
    expect(matrix).toMatchObject({
      patternCount: 3,
      countermeasureCount: 2,
      uncounteredPatternCount: 1,
    });
  });

  it('adds members-only practices for members of verified organizations, and restricted patterns for their stakeholder type', async () => {
    expect(nonZero(await gaps(ngo.session))).toContain('RECRUITMENT×SOCIAL_MEDIA: 2/3/2');
    const forOfficer = await gaps(officer.session);
    expect(nonZero(forOfficer)).toEqual([
      'FINANCIAL_FLOWS×CRYPTOCURRENCIES: 1/0/0',
      'MOVEMENT×SOCIAL_MEDIA: 1/2/2',
      'RECRUITMENT×DATING_APPS: 1/1/1',
      'RECRUITMENT×SOCIAL_MEDIA: 3/4/2',
    ]);
    expect(forOfficer).toMatchObject({
      patternCount: 4,
      countermeasureCount: 4,
      uncounteredPatternCount: 1,
    });
    expect(await gaps(moderator.session)).toMatchObject({
      patternCount: 4,
      countermeasureCount: 4,
    });
    // The owner sees its draft pattern (P4) and draft practice (C), but gaps count published ones only.
    expect(await gaps(owner.session)).toMatchObject({ patternCount: 4, countermeasureCount: 4 });
  });

  it('narrows to patterns observed in the given regions', async () => {
    expect(nonZero(await gaps(undefined, ['WESTERN_EUROPE']))).toEqual([
      'MOVEMENT×SOCIAL_MEDIA: 1/1/1',
      'RECRUITMENT×SOCIAL_MEDIA: 1/1/1',
    ]);
    expect(await gaps(officer.session, ['WESTERN_EUROPE', 'NORTH_AMERICA'])).toMatchObject({
      patternCount: 2,
      countermeasureCount: 3,
      uncounteredPatternCount: 0,
    });
  });

  it('counts in one or two statements, however many cells', async () => {
    await gaps();
    expect(await countStatements(t.db, () => gaps())).toBeLessThanOrEqual(2);
  });

  it('aggregates the stats over what the viewer may see', async () => {
    const anonymous = (await t.gql<any>(STATS)).data.misusePatternStats;
    expect(anonymous).toEqual({
      total: 3,
      countermeasureCount: 2,
      uncounteredCount: 1,
      byStage: [
        { value: 'RECRUITMENT', count: 2 },
        { value: 'FINANCIAL_FLOWS', count: 1 },
        { value: 'MOVEMENT', count: 1 },
      ],
      byTechnology: [
        { value: 'SOCIAL_MEDIA', count: 2 },
        { value: 'CRYPTOCURRENCIES', count: 1 },
        { value: 'DATING_APPS', count: 1 },
      ],
      byTrend: [
        { value: 'EMERGING', count: 2 },
        { value: 'ESTABLISHED', count: 1 },
      ],
      byFormOfExploitation: [
        { value: 'SEXUAL_EXPLOITATION', count: 2 },
        { value: 'FORCED_LABOUR', count: 1 },
      ],
    });
    const officers = (await t.gql<any>(STATS, {}, officer.session)).data.misusePatternStats;
    expect(officers).toMatchObject({
      total: 4,
      countermeasureCount: 4,
      byTrend: [
        { value: 'EMERGING', count: 2 },
        { value: 'DECLINING', count: 1 },
        { value: 'ESTABLISHED', count: 1 },
      ],
    });
    // The library's count agrees with the stats.
    const listed = (await t.gql<any>(`{ misusePatterns { totalCount } }`)).data.misusePatterns
      .totalCount;
    expect(listed).toBe(anonymous.total);
  });
});
