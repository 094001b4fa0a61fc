import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import {
  UnlinkCountermeasureDocument,
  type CountermeasureItemFragment,
  type MisusePatternDetailsFragment,
} from '@alliance/graphql';
import { useNumberFormat } from '../../../app/i18n/useNumberFormat';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { attempt, type ApiError } from '../../../ui/errors';
import { FormError } from '../../../ui/FormError';
import type { Viewer } from '../../auth';
import { VerifiedBadge } from '../../organizations';
import { useCountermeasuresChanged } from '../hooks/usePatternsChanged';
import { usePatternLabels } from '../../../ui/taxonomy/usePatternLabels';
import { CallForPartnersAction } from './CallForPartnersAction';

interface PatternCountermeasuresProps {
  pattern: MisusePatternDetailsFragment;
  countermeasures: CountermeasureItemFragment[];
  viewer: Viewer | null;
}

/**
 * The practices that counter the pattern, each with how (prevents, detects, …) and a note;
 * editors of a practice's organization link it from the practice's page. With none yet, a clear
 * prompt to call for partners.
 */
export function PatternCountermeasures({
  pattern,
  countermeasures,
  viewer,
}: PatternCountermeasuresProps) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const labelOf = usePatternLabels();
  const changed = useCountermeasuresChanged();
  const [unlink] = useMutation(UnlinkCountermeasureDocument);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');

  async function onRemove(countermeasure: CountermeasureItemFragment) {
    setError(null);
    setStatus('');
    const result = await attempt(() => unlink({ variables: { id: countermeasure.id } }));
    if (!result.ok) return setError(result.error);
    setStatus(
      t('misusePatterns.countermeasures.removed', { practice: countermeasure.practice.title }),
    );
    changed({ practiceId: countermeasure.practice.id, patternId: pattern.id });
  }

  return (
    <section
      className="card countermeasures"
      aria-labelledby="pattern-countermeasures-heading"
      data-testid="pattern-countermeasures"
    >
      <h2 id="pattern-countermeasures-heading">
        {t('misusePatterns.countermeasures.patternHeading')}{' '}
        <span
          className="badge"
          data-testid="countermeasure-count"
          data-value={countermeasures.length}
        >
          {format.format(countermeasures.length)}
        </span>
      </h2>
      <FormError error={error} />
      <p role="status" className="status-line">
        {status}
      </p>
      {countermeasures.length === 0 ? (
        <div className="notice notice--warning gap-prompt" data-testid="no-countermeasures">
          <p>
            <strong>{t('misusePatterns.countermeasures.noneTitle')}</strong>{' '}
            {t('misusePatterns.countermeasures.none')}
          </p>
          {pattern.state === 'PUBLISHED' && (
            <CallForPartnersAction pattern={pattern} viewer={viewer} />
          )}
        </div>
      ) : (
        <ul className="item-list" aria-labelledby="pattern-countermeasures-heading">
          {countermeasures.map((item) => (
            <li
              key={item.id}
              className="item item--stacked"
              data-testid="countermeasure"
              data-practice={item.practice.slug}
            >
              <p className="item__title">
                <Link to={`/practices/${item.practice.slug}`}>{item.practice.title}</Link>{' '}
                <span className="badge badge--approach" data-testid="approach">
                  {labelOf('approach', item.approach)}
                </span>
              </p>
              <p className="item__meta">
                {item.practice.organization.name}
                {item.practice.organization.verified && <VerifiedBadge />}
              </p>
              {item.note && <blockquote className="quote">{item.note}</blockquote>}
              {item.viewerCanEdit && (
                <ConfirmButton
                  label={t('misusePatterns.countermeasures.remove')}
                  ariaLabel={t('misusePatterns.countermeasures.removeLabel', {
                    title: item.practice.title,
                  })}
                  question={t('misusePatterns.countermeasures.removeQuestion', {
                    practice: item.practice.title,
                    pattern: pattern.title,
                  })}
                  confirmLabel={t('misusePatterns.countermeasures.removeConfirm')}
                  onConfirm={() => onRemove(item)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
