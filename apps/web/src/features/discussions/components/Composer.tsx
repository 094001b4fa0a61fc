import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../ui/errors';
import { FormActions } from '../../../ui/FormActions';
import { FormError } from '../../../ui/FormError';
import { matchCandidates, mentionMarkup, mentionQuery, type MentionCandidate } from '../mentions';
import { PostBody } from './PostBody';

export interface ComposerProps {
  /** The text area's label ("Your reply"). */
  label: string;
  submitLabel: string;
  initialBody?: string;
  /** Sends the body; returns the error to show, or null when done (the composer then empties). */
  onSubmit: (body: string) => Promise<ApiError | null>;
  onCancel?: () => void;
  /** People offered when typing "@" and two letters. */
  mentionCandidates?: MentionCandidate[];
  /** Something shown above the text area (the quoted post). */
  context?: React.ReactNode;
  disabled?: boolean;
  testId?: string;
}

/** Markdown text with Write / Preview, mention suggestions and its own error. */
export function Composer({
  label,
  submitLabel,
  initialBody = '',
  onSubmit,
  onCancel,
  mentionCandidates = [],
  context,
  disabled,
  testId = 'composer',
}: ComposerProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState(initialBody);
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [caret, setCaret] = useState(0);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  const mention = mode === 'write' ? mentionQuery(body, caret) : null;
  const suggestions = mention ? matchCandidates(mentionCandidates, mention.query) : [];

  function insertMention(person: MentionCandidate) {
    if (!mention) return;
    const markup = `${mentionMarkup(person)} `;
    const next = body.slice(0, mention.start) + markup + body.slice(caret);
    const position = mention.start + markup.length;
    setBody(next);
    setCaret(position);
    requestAnimationFrame(() => {
      textRef.current?.focus();
      textRef.current?.setSelectionRange(position, position);
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    const first = suggestions[0];
    if (first && (event.key === 'Enter' || event.key === 'Tab')) {
      event.preventDefault();
      insertMention(first);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) {
      setError({
        code: 'BAD_USER_INPUT',
        message: t('discussions.composer.empty'),
        fieldErrors: [],
        retryAfterSeconds: null,
      });
      return;
    }
    setBusy(true);
    setError(null);
    const failure = await onSubmit(body.trim());
    setBusy(false);
    if (failure) return setError(failure);
    setBody('');
    setCaret(0);
    setMode('write');
  }

  return (
    <form
      className="form composer"
      onSubmit={submit}
      noValidate
      aria-busy={busy}
      data-testid={testId}
    >
      {context}
      <div className="composer__tabs" role="group" aria-label={t('discussions.composer.mode')}>
        <button
          type="button"
          className="button button--small button--secondary"
          aria-pressed={mode === 'write'}
          onClick={() => setMode('write')}
        >
          {t('discussions.composer.write')}
        </button>
        <button
          type="button"
          className="button button--small button--secondary"
          aria-pressed={mode === 'preview'}
          onClick={() => setMode('preview')}
        >
          {t('discussions.composer.preview')}
        </button>
      </div>
      {mode === 'write' ? (
        <div className="field">
          <label htmlFor={id} className="field__label">
            {label}
          </label>
          <p id={`${id}-hint`} className="field__hint">
            {t('discussions.composer.hint')}
          </p>
          <textarea
            ref={textRef}
            id={id}
            className="input"
            rows={5}
            value={body}
            aria-describedby={`${id}-hint`}
            onChange={(e) => {
              setBody(e.target.value);
              setCaret(e.target.selectionStart);
            }}
            onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
            onKeyDown={onKeyDown}
          />
          {suggestions.length > 0 && (
            <ul className="mention-suggestions" aria-label={t('discussions.composer.mentions')}>
              {suggestions.map((person) => (
                <li key={person.id}>
                  <button type="button" onClick={() => insertMention(person)}>
                    @{person.displayName}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <div className="composer__preview" data-testid="composer-preview">
          {body.trim() ? (
            <PostBody body={body} />
          ) : (
            <p className="muted">{t('discussions.composer.nothingToPreview')}</p>
          )}
        </div>
      )}
      <FormError error={error} />
      <FormActions submitLabel={submitLabel} busy={busy || disabled} onCancel={onCancel} />
    </form>
  );
}
