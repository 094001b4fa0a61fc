import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { SimilarPracticesDocument } from '@alliance/graphql';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';

/** How long typing must pause before the API is asked. */
export const SIMILAR_DELAY_MS = 400;

interface SimilarPracticesHintProps {
  title: string;
  summary: string;
  /** The practice being edited, never "similar" to itself. */
  excludeId?: string;
}

/**
 * While a new practice's title and summary are typed, the published practices that resemble
 * them: a nudge to join an existing effort rather than duplicate it. Announced politely.
 */
export function SimilarPracticesHint({ title, summary, excludeId }: SimilarPracticesHintProps) {
  const { t } = useTranslation();
  const debouncedTitle = useDebouncedValue(title.trim(), SIMILAR_DELAY_MS);
  const debouncedSummary = useDebouncedValue(summary.trim(), SIMILAR_DELAY_MS);
  const skip = debouncedTitle.length < 3;
  const { data, previousData } = useQuery(SimilarPracticesDocument, {
    variables: {
      title: debouncedTitle,
      summary: debouncedSummary,
      ...(excludeId ? { excludeId } : {}),
    },
    skip,
  });
  const similar = skip ? [] : ((data ?? previousData)?.similarPractices ?? []);

  return (
    <div className="similar-hint" aria-live="polite" data-testid="similar-practices">
      {similar.length > 0 && (
        <div className="notice notice--warning">
          <p>
            <strong>{t('editor.similar.title')}</strong>
          </p>
          <p>{t('editor.similar.body')}</p>
          <ul>
            {similar.map((practice) => (
              <li key={practice.id}>
                <Link to={`/practices/${practice.slug}`} target="_blank" rel="noopener noreferrer">
                  {practice.title}
                  <span className="visually-hidden"> {t('markdown.newTab')}</span>
                </Link>{' '}
                <span className="muted">{practice.organization.name}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
