import { mentionedUserIds, postBodySchema, threadInputSchema } from '../schemas/discussion.js';

describe('discussion schemas', () => {
  it('accepts a thread and normalises tags', () => {
    expect(
      threadInputSchema.parse({
        title: 'Who screens job ads?',
        body: 'Hello',
        tags: ['OSINT', 'osint', 'job-ads'],
      }),
    ).toMatchObject({
      kind: 'DISCUSSION',
      tags: ['osint', 'job-ads'],
    });
  });

  it.each([
    [{ title: 'ab', body: 'x' }, 'title'],
    [{ title: 'Fine title', body: '   ' }, 'body'],
    [{ title: 'Fine title', body: 'x', tags: ['a', 'b', 'c', 'd', 'e', 'f'] }, 'tags'],
    [{ title: 'Fine title', body: 'x', kind: 'POLL' }, 'kind'],
  ])('rejects %j on %s', (input, field) => {
    const r = threadInputSchema.safeParse(input);
    expect(r.success ? [] : r.error.issues.map((i) => i.path[0])).toContain(field);
  });

  it('limits the length of a post', () => {
    expect(postBodySchema.safeParse('x'.repeat(20_001)).success).toBe(false);
  });

  it('finds each mentioned account once', () => {
    expect(
      mentionedUserIds(
        'Hi @[Elena Rusu](user:VXNlcjox) and @[Elena Rusu](user:VXNlcjox), see @[Lars](user:abc)',
      ),
    ).toEqual(['VXNlcjox', 'abc']);
  });
});
