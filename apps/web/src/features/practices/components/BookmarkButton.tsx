import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { BookmarkPracticeDocument, UnbookmarkPracticeDocument } from '@alliance/graphql';
import { attempt, type ApiError } from '../../../ui/errors';
import { FormError } from '../../../ui/FormError';

interface BookmarkButtonProps {
  practice: { id: string; title: string; viewerHasBookmarked: boolean };
  className?: string;
}

/** A toggle (aria-pressed) that bookmarks a practice for the signed-in viewer. */
export function BookmarkButton({
  practice,
  className = 'button button--secondary button--small',
}: BookmarkButtonProps) {
  const { t } = useTranslation();
  const [bookmark, { loading: adding }] = useMutation(BookmarkPracticeDocument);
  const [unbookmark, { loading: removing }] = useMutation(UnbookmarkPracticeDocument);
  const [error, setError] = useState<ApiError | null>(null);
  const pressed = practice.viewerHasBookmarked;

  async function onClick() {
    setError(null);
    const variables = { id: practice.id };
    // The answer updates the cached practice, and so the button, everywhere it is shown.
    const result = await attempt<unknown>(() =>
      pressed ? unbookmark({ variables }) : bookmark({ variables }),
    );
    if (!result.ok) setError(result.error);
  }

  return (
    <span className="bookmark">
      <button
        type="button"
        className={`${className} bookmark__button`}
        aria-pressed={pressed}
        aria-label={t('practice.bookmarkLabel', { title: practice.title })}
        data-testid="bookmark-button"
        disabled={adding || removing}
        onClick={onClick}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <path
            d="M4 1.5h8a.5.5 0 0 1 .5.5v12.3L8 11.4l-4.5 2.9V2a.5.5 0 0 1 .5-.5z"
            fill={pressed ? 'currentColor' : 'none'}
            stroke="currentColor"
            strokeWidth="1.4"
          />
        </svg>
        {pressed ? t('practice.bookmarked') : t('practice.bookmark')}
      </button>
      <FormError error={error} />
    </span>
  );
}
