import { render, screen } from '@testing-library/react';
import { Markdown, safeHref } from '../Markdown';

function renderMarkdown(source: string) {
  const { container } = render(<Markdown>{source}</Markdown>);
  return container;
}

describe('Markdown', () => {
  it('renders GitHub-flavoured markdown: headings, emphasis, lists, tables, strikethrough', () => {
    const container = renderMarkdown(
      [
        '## Problem',
        '',
        'Victims are **hard** to *identify*. ~~Never~~ rarely.',
        '',
        '- one',
        '- two',
        '',
        '| Year | Cases |',
        '| ---- | ----- |',
        '| 2024 | 12    |',
      ].join('\n'),
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Problem' })).toBeInTheDocument();
    expect(container.querySelector('strong')).toHaveTextContent('hard');
    expect(container.querySelector('em')).toHaveTextContent('identify');
    expect(container.querySelector('del')).toHaveTextContent('Never');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '12' })).toBeInTheDocument();
  });

  it('opens external links in a new tab, without referrer, opener or ranking', () => {
    renderMarkdown('See [the report](https://example.org/report) and <https://example.org/x>.');
    const link = screen.getByRole('link', { name: /the report/ });
    expect(link).toHaveAttribute('href', 'https://example.org/report');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'nofollow noopener noreferrer');
    expect(link).toHaveTextContent('the report (opens in a new tab)');
    expect(screen.getByRole('link', { name: /example\.org\/x/ })).toHaveAttribute(
      'target',
      '_blank',
    );
  });

  it('keeps mailto and same-site links as plain links', () => {
    renderMarkdown('[Write](mailto:team@example.org) or read [the library](/practices#top).');
    expect(screen.getByRole('link', { name: 'Write' })).toHaveAttribute(
      'href',
      'mailto:team@example.org',
    );
    const local = screen.getByRole('link', { name: 'the library' });
    expect(local).toHaveAttribute('href', '/practices#top');
    expect(local).not.toHaveAttribute('target');
  });

  it('drops raw HTML: no script, no event handler, no injected element reaches the page', () => {
    const container = renderMarkdown(
      [
        'Before <script>window.__pwned = true</script> after.',
        '',
        '<img src="x" onerror="window.__pwned = true">',
        '',
        '<a href="javascript:window.__pwned=true">click</a>',
        '',
        '<div onclick="window.__pwned = true" style="position:fixed">overlay</div>',
        '',
        '<iframe src="https://evil.example"></iframe>',
      ].join('\n'),
    );
    expect(
      container.querySelector('script, img, iframe, [onerror], [onclick], [style]'),
    ).toBeNull();
    expect(container.querySelectorAll('a')).toHaveLength(0);
    expect(container.innerHTML).not.toMatch(/javascript:|onerror|onclick|<script/i);
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
    // What is left is inert text.
    expect(container).toHaveTextContent(/^Before .* after\.\s*click$/);
  });

  it('renders javascript: and other unsafe markdown links as text only', () => {
    const container = renderMarkdown(
      [
        '[x](javascript:alert(1))',
        '[y](JaVaScRiPt:alert(1))',
        '[z](data:text/html;base64,PHNjcmlwdD4=)',
        '[w](vbscript:msgbox)',
        '[v](//evil.example/path)',
        '![pixel](javascript:alert(1))',
      ].join(' '),
    );
    expect(container.querySelectorAll('a')).toHaveLength(0);
    expect(container.querySelector('img')).toBeNull();
    for (const text of ['x', 'y', 'z', 'w', 'v', 'pixel'])
      expect(container).toHaveTextContent(text);
    expect(container.innerHTML).not.toMatch(/javascript:|data:|vbscript:/i);
  });

  it('allows images from web addresses only', () => {
    const container = renderMarkdown('![Chart](https://example.org/chart.png)');
    expect(container.querySelector('img')).toHaveAttribute('src', 'https://example.org/chart.png');
  });
});

describe('safeHref', () => {
  it.each([
    ['https://example.org', 'https://example.org'],
    ['http://example.org/a?b=c', 'http://example.org/a?b=c'],
    ['mailto:a@example.org', 'mailto:a@example.org'],
    ['/practices/x', '/practices/x'],
    ['#section', '#section'],
    ['javascript:alert(1)', null],
    [' javascript:alert(1)', null],
    ['java\nscript:alert(1)', null],
    ['data:text/html,hi', null],
    ['//evil.example', null],
    ['/\\evil.example', null],
    ['relative/path', null],
  ])('%j → %j', (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });
});
