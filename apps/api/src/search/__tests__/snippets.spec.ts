import { HIGHLIGHT_END as E, HIGHLIGHT_START as S } from '../search-engine';
import { cleanSnippet, stripMarkers, toHighlightHtml } from '../snippets';

describe('highlights', () => {
  it('escapes text before marking matches', () => {
    expect(toHighlightHtml(`<img src=x onerror="a()"> ${S}kangaroo${E} & 'co'`)).toBe(
      '&lt;img src=x onerror=&quot;a()&quot;&gt; <mark>kangaroo</mark> &amp; &#39;co&#39;',
    );
  });

  it('balances markers: drops stray ends, closes an open mark', () => {
    expect(toHighlightHtml(`a${E} ${S}b`)).toBe('a <mark>b</mark>');
    expect(toHighlightHtml(`${S}${S}x${E}${E}`)).toBe('<mark>x</mark>');
  });

  it('turns markdown into plain text, keeping markers', () => {
    expect(
      cleanSnippet(
        `## Heading\n**Bold** ${S}match${E} [a link](https://x.org) @[Ana Popescu](user:123) \`code\``,
        200,
      ),
    ).toBe(`Heading Bold ${S}match${E} a link @Ana Popescu code`);
  });

  it('cuts long snippets at a word boundary, never inside a mark', () => {
    const long = `${'word '.repeat(60)}${S}match${E} tail`;
    const cut = cleanSnippet(long, 50);
    expect(cut.endsWith(' …')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(52);
    expect(stripMarkers(cleanSnippet(`aa ${S}bbbbbbbbbb${E}`, 6))).not.toContain('bbb');
  });
});
