import { render } from '@testing-library/react';
import { decodeEntities, Highlighted, highlightParts } from '../Highlighted';

function renderHighlighted(html: string) {
  const { container } = render(
    <p>
      <Highlighted html={html} />
    </p>,
  );
  return container.querySelector('p')!;
}

describe('Highlighted', () => {
  it('wraps the marked parts in <mark> and keeps the rest as text', () => {
    const p = renderHighlighted('Anti-<mark>trafficking</mark> <mark>hotline</mark> in Moldova');
    expect(p).toHaveTextContent('Anti-trafficking hotline in Moldova');
    expect([...p.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'trafficking',
      'hotline',
    ]);
    expect(p.innerHTML).toBe('Anti-<mark>trafficking</mark> <mark>hotline</mark> in Moldova');
  });

  it('decodes the five escaped characters, inside and outside the marks', () => {
    const p = renderHighlighted(
      'Fish &amp; chips: &lt;b&gt; &quot;quoted&quot; it&#39;s <mark>&lt;tag&gt; &amp;</mark>',
    );
    expect(p.textContent).toBe('Fish & chips: <b> "quoted" it\'s <tag> &');
    expect(p.querySelector('b')).toBeNull();
    expect(p.querySelector('mark')).toHaveTextContent('<tag> &');
  });

  it('shows a <script> in the text as text, never as an element', () => {
    const p = renderHighlighted(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>&lt;img src=x onerror=alert(1)&gt;</mark>',
    );
    expect(p.querySelector('script')).toBeNull();
    expect(p.querySelector('img')).toBeNull();
    expect(p.textContent).toBe('<script>alert("x")</script> <img src=x onerror=alert(1)>');
    // Even unescaped markup (not what the API sends) is only text: only <mark> means anything.
    const raw = renderHighlighted('<script>alert(1)</script><mark>hit</mark><b>bold</b>');
    expect(raw.querySelector('script')).toBeNull();
    expect(raw.querySelector('b')).toBeNull();
    expect(raw.textContent).toBe('<script>alert(1)</script>hit<b>bold</b>');
    expect(raw.querySelectorAll('mark')).toHaveLength(1);
  });

  it('copes with text without marks, empty text and unbalanced tags', () => {
    expect(renderHighlighted('plain &amp; simple').innerHTML).toBe('plain &amp; simple');
    expect(renderHighlighted('').innerHTML).toBe('');
    expect(highlightParts('<mark>open to the end')).toEqual([
      { text: 'open to the end', marked: true },
    ]);
    expect(highlightParts('stray</mark> close')).toEqual([{ text: 'stray close', marked: false }]);
  });

  it('decodes each entity once and leaves others alone', () => {
    expect(decodeEntities('&amp;lt; &nbsp; &#60; &amp;amp;')).toBe('&lt; &nbsp; &#60; &amp;');
  });
});
