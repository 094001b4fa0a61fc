import { xmlAttributes, xmlElement, xmlText } from '../xml';

describe('XML text', () => {
  it('escapes markup characters', () => {
    expect(xmlText(`Tools & <tricks> "quoted" 'single'`)).toBe(
      'Tools &amp; &lt;tricks&gt; &quot;quoted&quot; &apos;single&apos;',
    );
    expect(xmlText('&amp;')).toBe('&amp;amp;');
  });

  it('drops characters XML 1.0 does not allow, keeps tabs, line breaks and astral characters', () => {
    expect(xmlText('a\u0000b\u0008c\u001Fd\uFFFEe\uFFFF')).toBe('abcde');
    expect(xmlText('lone \uD800 surrogate')).toBe('lone  surrogate');
    expect(xmlText('tab\tnl\ncr\r 🌍 é')).toBe('tab\tnl\ncr\r 🌍 é');
  });

  it('builds elements and attributes, skipping missing values', () => {
    expect(xmlElement('title', 'A & B', { type: 'text' })).toBe(
      '<title type="text">A &amp; B</title>',
    );
    expect(xmlElement('uri', null)).toBe('');
    expect(xmlAttributes({ href: 'https://x.org/?a=1&b=2', missing: undefined })).toBe(
      ' href="https://x.org/?a=1&amp;b=2"',
    );
  });
});
