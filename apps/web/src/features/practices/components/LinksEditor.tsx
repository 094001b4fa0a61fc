import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../ui/Field';

/** The most links a practice may have (the shared schema's rule). */
export const MAX_LINKS = 10;

interface LinksEditorProps {
  links: { label: string; url: string }[];
  onChange: (links: { label: string; url: string }[]) => void;
  /** The message for one input of a row ("label" or "url"). */
  errorOf: (index: number, part: 'label' | 'url') => string | undefined;
  /** A message about the list as a whole ("at most 10"). */
  error?: string;
}

/** Labelled links, one row each, with "Add a link" and "Remove". */
export function LinksEditor({ links, onChange, errorOf, error }: LinksEditorProps) {
  const { t } = useTranslation();
  const rowsRef = useRef<HTMLDivElement>(null);
  const added = useRef(false);

  // After "Add a link", start typing in the new row.
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    const rows = rowsRef.current?.querySelectorAll<HTMLElement>('[data-testid="link-row"]');
    rows?.[rows.length - 1]?.querySelector('input')?.focus();
  }, [links.length]);

  const update = (index: number, part: 'label' | 'url', value: string) =>
    onChange(links.map((link, i) => (i === index ? { ...link, [part]: value } : link)));

  return (
    <fieldset className="links-editor">
      <legend className="field__label">
        {t('editor.links')} <span className="field__optional">{t('common.optional')}</span>
      </legend>
      <p className="field__hint">{t('editor.linksHint', { max: MAX_LINKS })}</p>
      <div ref={rowsRef}>
        {links.map((link, index) => (
          <div key={index} className="link-row" data-testid="link-row">
            <TextField
              label={t('editor.linkLabel', { number: index + 1 })}
              value={link.label}
              onChange={(e) => update(index, 'label', e.target.value)}
              error={errorOf(index, 'label')}
            />
            <TextField
              label={t('editor.linkUrl', { number: index + 1 })}
              type="url"
              inputMode="url"
              placeholder="https://"
              value={link.url}
              onChange={(e) => update(index, 'url', e.target.value)}
              error={errorOf(index, 'url')}
            />
            <button
              type="button"
              className="button button--secondary button--small link-row__remove"
              aria-label={t('editor.removeLinkLabel', { number: index + 1 })}
              onClick={() => onChange(links.filter((_, i) => i !== index))}
            >
              {t('editor.removeLink')}
            </button>
          </div>
        ))}
      </div>
      {error && <p className="field__error">{error}</p>}
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={links.length >= MAX_LINKS}
        onClick={() => {
          added.current = true;
          onChange([...links, { label: '', url: '' }]);
        }}
      >
        {t('editor.addLink')}
      </button>
    </fieldset>
  );
}
