import { practiceInputSchema } from '../schemas/practice.js';

const valid = {
  title: 'Job-offer checker chatbot',
  summary: 'A chatbot that checks job offers abroad against known recruitment-fraud patterns.',
  body: '## Problem\nFake job offers.',
  focusAreas: ['PREVENTION'],
  status: 'PILOT',
  evidenceLevel: 'MONITORING_DATA',
  survivorInvolvement: 'CONSULTED',
};

const fieldsOf = (input: unknown) => {
  const r = practiceInputSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => String(i.path[0]));
};

describe('practiceInputSchema', () => {
  it('accepts a minimal practice and fills defaults', () => {
    const r = practiceInputSchema.parse(valid);
    expect(r).toMatchObject({
      visibility: 'PUBLIC',
      visibleTo: [],
      purposes: [],
      global: false,
      contact: null,
    });
  });

  it.each([
    [{ focusAreas: [] }, 'focusAreas'],
    [{ technologies: ['TELEPATHY'] }, 'technologies'],
    [{ summary: 'x'.repeat(501) }, 'summary'],
    [{ title: 'ab' }, 'title'],
    [{ body: 'x'.repeat(50_001) }, 'body'],
    [{ countries: ['ZZ'] }, 'countries'],
    [{ yearStarted: 2020, yearEnded: 2019 }, 'yearEnded'],
    [{ visibility: 'RESTRICTED', visibleTo: [] }, 'visibleTo'],
    [{ links: [{ label: 'x', url: 'javascript:alert(1)' }] }, 'links'],
    [{ status: 'SOMETIME' }, 'status'],
  ])('rejects %j on %s', (change, field) => {
    expect(fieldsOf({ ...valid, ...change })).toContain(field);
  });

  it('keeps visibleTo only for restricted practices', () => {
    expect(
      practiceInputSchema.parse({ ...valid, visibility: 'MEMBERS', visibleTo: ['GOVERNMENT'] })
        .visibleTo,
    ).toEqual([]);
    expect(
      practiceInputSchema.parse({ ...valid, visibility: 'RESTRICTED', visibleTo: ['GOVERNMENT'] })
        .visibleTo,
    ).toEqual(['GOVERNMENT']);
  });
});
