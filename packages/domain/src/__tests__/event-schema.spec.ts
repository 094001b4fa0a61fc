import {
  collectionInputSchema,
  collectionItemsInputSchema,
  eventInputSchema,
  eventSessionInputSchema,
  fieldErrors,
} from '../index.js';

const fieldsOf = (result: {
  success: boolean;
  error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] };
}) => (result.success ? [] : fieldErrors(result.error!).map((e) => e.field));

describe('eventInputSchema', () => {
  const event = { name: 'Alliance Conference', startsOn: '2019-04-08', endsOn: '2019-04-09' };

  it('fills optional fields and leaves a missing slug to be derived', () => {
    expect(eventInputSchema.parse({ ...event, slug: '', url: '', themes: null })).toEqual({
      name: 'Alliance Conference',
      description: '',
      location: '',
      url: null,
      startsOn: '2019-04-08',
      endsOn: '2019-04-09',
      themes: [],
    });
  });

  it.each([
    [{ ...event, endsOn: '2019-04-07' }, 'endsOn'],
    [{ ...event, startsOn: '2019-02-29' }, 'startsOn'],
    [{ ...event, startsOn: '8 April 2019' }, 'startsOn'],
    [{ ...event, slug: 'Has Spaces' }, 'slug'],
    [{ ...event, url: 'ftp://example.org' }, 'url'],
    [{ ...event, name: 'ab' }, 'name'],
    [{ ...event, themes: [{ title: 'Tech' }, { title: 'TECH' }] }, 'themes.1.title'],
  ])('refuses %p at %s', (input, field) => {
    expect(fieldsOf(eventInputSchema.safeParse(input))).toContain(field);
  });
});

describe('eventSessionInputSchema', () => {
  it('accepts a bare title and treats an empty theme as none', () => {
    expect(eventSessionInputSchema.parse({ title: 'Opening', theme: '' })).toEqual({
      title: 'Opening',
      description: '',
      theme: null,
      startsAt: null,
    });
  });

  it('refuses a negative position', () => {
    expect(fieldsOf(eventSessionInputSchema.safeParse({ title: 'Opening', position: -1 }))).toEqual(
      ['position'],
    );
  });
});

describe('collection schemas', () => {
  it('derives nothing itself: a missing slug stays missing', () => {
    expect(collectionInputSchema.parse({ title: 'Tools for banks' })).toEqual({
      title: 'Tools for banks',
      introduction: '',
    });
  });

  it('refuses duplicates and more than 200 items', () => {
    expect(
      fieldsOf(
        collectionItemsInputSchema.safeParse([{ itemId: 'a' }, { itemId: 'b' }, { itemId: 'a' }]),
      ),
    ).toEqual(['2.itemId']);
    expect(
      fieldsOf(
        collectionItemsInputSchema.safeParse(
          Array.from({ length: 201 }, (_, i) => ({ itemId: `i${i}` })),
        ),
      ),
    ).toEqual(['']);
  });
});
