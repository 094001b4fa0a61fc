import { parseQuery } from '../query-terms';

describe('parseQuery', () => {
  it('reads words, "phrases", -exclusions and OR', () => {
    expect(parseQuery('recruitment "social media" -hotline OR chatbot')).toEqual([
      { text: 'recruitment', phrase: false, exclude: false, or: false },
      { text: 'social media', phrase: true, exclude: false, or: false },
      { text: 'hotline', phrase: false, exclude: true, or: false },
      { text: 'chatbot', phrase: false, exclude: false, or: true },
    ]);
  });

  it('ignores punctuation around words and a leading OR, keeps inner hyphens as phrases', () => {
    expect(parseQuery('OR (victims), anti-trafficking!')).toEqual([
      { text: 'victims', phrase: false, exclude: false, or: false },
      { text: 'anti-trafficking', phrase: true, exclude: false, or: false },
    ]);
  });

  it('survives an unclosed quote and a lone minus', () => {
    expect(parseQuery('"human beings')).toEqual([
      { text: 'human beings', phrase: true, exclude: false, or: false },
    ]);
    expect(parseQuery('- ""')).toEqual([]);
  });

  it('handles letters of every script', () => {
    expect(parseQuery('торговля людьми')).toEqual([
      { text: 'торговля', phrase: false, exclude: false, or: false },
      { text: 'людьми', phrase: false, exclude: false, or: false },
    ]);
  });
});
