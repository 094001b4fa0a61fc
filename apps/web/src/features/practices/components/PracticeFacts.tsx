import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { PracticeDetailsFragment } from '@alliance/graphql';
import { useDateFormat } from '../../../app/i18n/useDateFormat';
import { useNumberFormat } from '../../../app/i18n/useNumberFormat';
import { ExternalLinkList } from '../../../ui/ExternalLinkList';
import { Fact } from '../../../ui/Fact';
import { withNext } from '../../auth';
import { VerifiedBadge } from '../../organizations';
import { useLabels } from '../../../ui/taxonomy/useLabels';
import { TagList } from '../../../ui/taxonomy/TagList';

interface PracticeFactsProps {
  practice: PracticeDetailsFragment;
  signedIn: boolean;
}

/** The practice's structured description: who, what, where, how far, how to reach them. */
export function PracticeFacts({ practice, signedIn }: PracticeFactsProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const dates = useDateFormat();
  const format = useNumberFormat();
  const location = useLocation();
  const p = practice;

  let years: string | null = null;
  if (p.yearStarted && p.yearEnded)
    years = t('practice.yearsRange', { from: p.yearStarted, to: p.yearEnded });
  else if (p.yearStarted) years = t('practice.yearsSince', { from: p.yearStarted });

  const tags = (
    kind: Parameters<typeof labels.taxonomy>[0],
    codes: readonly string[],
    label: string,
  ) =>
    codes.length > 0 && (
      <Fact label={label}>
        <TagList kind={kind} codes={codes} />
      </Fact>
    );

  return (
    <aside className="practice__facts" aria-labelledby="facts-heading">
      <h2 id="facts-heading" className="visually-hidden">
        {t('practice.facts')}
      </h2>
      <dl className="facts">
        <Fact label={t('practice.organization')} testId="fact-organization">
          <Link to={`/organizations/${p.organization.slug}`}>{p.organization.name}</Link>{' '}
          {p.organization.verified && <VerifiedBadge />}
        </Fact>
        {p.partners.length > 0 && (
          <Fact label={t('practice.partners')}>
            <ul className="plain-list">
              {p.partners.map((partner) => (
                <li key={partner.id}>
                  <Link to={`/organizations/${partner.slug}`}>{partner.name}</Link>{' '}
                  {partner.verified && <VerifiedBadge />}
                </li>
              ))}
            </ul>
          </Fact>
        )}
        {p.contributors.length > 0 && (
          <Fact label={t('practice.contributors')}>
            {p.contributors.map((c) => c.displayName).join(', ')}
          </Fact>
        )}
        {tags('focusArea', p.focusAreas, t('practice.focusAreas'))}
        {tags('purpose', p.purposes, t('practice.purposes'))}
        {tags('formOfExploitation', p.formsOfExploitation, t('practice.formsOfExploitation'))}
        {tags('technology', p.technologies, t('practice.technologies'))}
        {tags('targetUser', p.targetUsers, t('practice.targetUsers'))}
        {tags('sector', p.sectors, t('practice.sectors'))}
        {(p.global || p.countries.length > 0 || p.regions.length > 0) && (
          <Fact label={t('practice.where')} testId="fact-where">
            {p.global && <p>{t('practice.global')}</p>}
            {p.countries.length > 0 && <p>{p.countries.map(labels.country).join(', ')}</p>}
            <TagList kind="region" codes={p.regions} label={t('practice.regions')} />
          </Fact>
        )}
        {p.languages.length > 0 && (
          <Fact label={t('practice.languages')}>{p.languages.map(labels.language).join(', ')}</Fact>
        )}
        <Fact label={t('practice.status')} testId="fact-status">
          {labels.taxonomy('practiceStatus', p.status)}
        </Fact>
        {years && <Fact label={t('practice.years')}>{years}</Fact>}
        <Fact label={t('practice.evidenceLevel')}>
          {labels.taxonomy('evidenceLevel', p.evidenceLevel)}
        </Fact>
        <Fact label={t('practice.survivorInvolvement')}>
          {labels.taxonomy('survivorInvolvement', p.survivorInvolvement)}
        </Fact>
        <Fact label={t('practice.sdg87')}>{p.sdg87 ? t('common.yes') : t('common.no')}</Fact>
        {tags('iloIndicator', p.iloIndicators, t('practice.iloIndicators'))}
        {p.links.length > 0 && (
          <Fact label={t('practice.links')}>
            <ExternalLinkList links={p.links} />
          </Fact>
        )}
        <Fact label={t('practice.contact')} testId="fact-contact">
          {p.contact ? (
            <span className="pre-line">{p.contact}</span>
          ) : signedIn ? (
            <span className="muted">{t('practice.noContact')}</span>
          ) : (
            <Link to={withNext('/sign-in', location.pathname)}>
              {t('practice.signInForContact')}
            </Link>
          )}
        </Fact>
        {p.publishedAt && <Fact label={t('practice.published')}>{dates.date(p.publishedAt)}</Fact>}
        <Fact label={t('practice.updated')}>{dates.date(p.updatedAt)}</Fact>
        <Fact label={t('practice.views')} testId="fact-views">
          {format.format(p.viewCount)}
        </Fact>
        <Fact label={t('practice.bookmarks')}>{format.format(p.bookmarkCount)}</Fact>
      </dl>
    </aside>
  );
}
