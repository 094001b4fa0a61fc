import { diffSnapshots } from '../revisionDiff';

describe('diffSnapshots', () => {
  const base = {
    title: 'Hotline',
    summary: 'Answers calls in two languages.',
    focusAreas: ['PROTECTION'],
    links: [{ label: 'Website', url: 'https://a.example' }],
    isGlobal: false,
    yearStarted: 2019,
  };

  it('leaves unchanged fields out', () => {
    expect(diffSnapshots(base, { ...base })).toEqual([]);
  });

  it('compares text word by word', () => {
    const [change] = diffSnapshots(base, { ...base, summary: 'Answers calls in five languages.' });
    expect(change).toEqual({
      field: 'summary',
      type: 'text',
      parts: [
        { value: 'Answers calls in ', added: false, removed: false },
        { value: 'two', added: false, removed: true },
        { value: 'five', added: true, removed: false },
        { value: ' languages.', added: false, removed: false },
      ],
    });
  });

  it('lists the values added to and removed from a list, links included', () => {
    const changes = diffSnapshots(base, {
      ...base,
      focusAreas: ['PREVENTION', 'PARTNERSHIP'],
      links: [
        { label: 'Website', url: 'https://a.example' },
        { label: 'Report', url: 'https://b.example/report.pdf' },
      ],
    });
    expect(changes).toEqual([
      {
        field: 'focusAreas',
        type: 'list',
        itemKind: 'focusArea',
        added: ['PREVENTION', 'PARTNERSHIP'],
        removed: ['PROTECTION'],
      },
      {
        field: 'links',
        type: 'list',
        itemKind: 'link',
        added: ['Report <https://b.example/report.pdf>'],
        removed: [],
      },
    ]);
  });

  it('shows other fields as their old and new value, in the practice’s order', () => {
    const changes = diffSnapshots(base, { ...base, yearStarted: null, isGlobal: true, extra: 1 });
    expect(changes.map((c) => c.field)).toEqual(['isGlobal', 'yearStarted', 'extra']);
    expect(changes[1]).toEqual({
      field: 'yearStarted',
      type: 'value',
      valueKind: 'plain',
      before: 2019,
      after: null,
    });
  });
});
