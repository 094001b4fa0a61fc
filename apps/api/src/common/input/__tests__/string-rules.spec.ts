import { isSecretName, MAX_STRING_LENGTH, normaliseString, stringProblem } from '../string-rules';

describe('string rules', () => {
  it('accepts ordinary text, paired surrogates (emoji) included', () => {
    expect(stringProblem('Grüße 👋 from Åland')).toBeNull();
    expect(stringProblem('x'.repeat(MAX_STRING_LENGTH))).toBeNull();
  });

  it.each([
    ['a NUL', 'a\u0000b', /null character/],
    ['a lone high surrogate', 'a\uD83Db', /broken Unicode/],
    ['a lone low surrogate', '\uDC4Bb', /broken Unicode/],
    ['a surrogate pair reversed', '\uDC4B\uD83D', /broken Unicode/],
    ['one character too many', 'x'.repeat(MAX_STRING_LENGTH + 1), /at most 100,000/],
  ])('refuses %s', (_, value, message) => {
    expect(stringProblem(value)).toMatch(message);
  });

  it('normalises to NFC and trims, except secrets', () => {
    expect(normaliseString('  Cafe\u0301\n', false)).toBe('Caf\u00e9');
    expect(normaliseString('  Cafe\u0301\n', true)).toBe('  Cafe\u0301\n');
  });

  it('treats passwords, tokens and secrets as secrets by name', () => {
    expect(
      ['password', 'currentPassword', 'newPassword', 'token', 'secret'].every(isSecretName),
    ).toBe(true);
    expect(['passwordHint', 'tokenId', 'title', 'query', 'body'].some(isSecretName)).toBe(false);
  });
});
