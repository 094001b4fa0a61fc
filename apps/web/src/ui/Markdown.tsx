import type { ComponentPropsWithoutRef } from 'react';
import { useTranslation } from 'react-i18next';
import ReactMarkdown, { type Components, type ExtraProps, type UrlTransform } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';

/**
 * The link targets a practice's markdown may use: web pages (http, https), email addresses
 * (mailto) and paths on this site ("/practices/…", "#section"). Anything else (javascript:,
 * data:, vbscript:, file:, protocol-relative "//host", …) is dropped and its text kept.
 */
export function safeHref(url: string): string | null {
  const value = url.trim();
  if (value.startsWith('#')) return value;
  if (value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')) return value;
  let parsed: URL;
  try {
    // No base: only absolute URLs parse. The parser also strips the tabs and newlines that
    // "java\nscript:" tricks rely on, so the protocol seen here is the one a browser would use.
    parsed = new URL(value);
  } catch {
    return null;
  }
  return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? value : null;
}

/** Images may only come from web addresses. */
function safeSrc(url: string): string | null {
  const href = safeHref(url);
  return href && /^https?:/i.test(href) ? href : null;
}

const urlTransform: UrlTransform = (url, key) => (key === 'src' ? safeSrc(url) : safeHref(url));

const isExternal = (href: string) => /^https?:/i.test(href);

type AnchorProps = ComponentPropsWithoutRef<'a'> & ExtraProps;

/** Links: external ones open in a new tab without passing on the page or any ranking. */
function MarkdownLink({ href, title, children }: AnchorProps) {
  const { t } = useTranslation();
  if (!href) return <span>{children}</span>;
  if (isExternal(href)) {
    return (
      <a href={href} title={title} target="_blank" rel="nofollow noopener noreferrer">
        {children}
        <span className="visually-hidden"> {t('markdown.newTab')}</span>
      </a>
    );
  }
  return (
    <a href={href} title={title}>
      {children}
    </a>
  );
}

type ImageProps = ComponentPropsWithoutRef<'img'> & ExtraProps;

/** Images: only from web addresses; one whose address was dropped leaves its description. */
function MarkdownImage({ src, alt, title }: ImageProps) {
  if (!src || typeof src !== 'string') return alt ? <span>{alt}</span> : null;
  return <img src={src} alt={alt ?? ''} title={title} loading="lazy" />;
}

const components: Components = { a: MarkdownLink, img: MarkdownImage };

interface MarkdownProps {
  /** The markdown source, as written by its author (untrusted). */
  children: string;
  className?: string;
}

/**
 * Renders untrusted markdown (GitHub-flavoured: tables, task lists, strikethrough, autolinks)
 * safely, without dangerouslySetInnerHTML: raw HTML is dropped, the result is sanitised with
 * GitHub's allow-list (no scripts, no event handlers, no style), and links and images are
 * limited to safe targets. Used by the practice page and the editor's preview alike.
 */
export function Markdown({ children, className = 'markdown' }: MarkdownProps) {
  return (
    <div className={className}>
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[rehypeSanitize]}
        skipHtml
        urlTransform={urlTransform}
        components={components}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
