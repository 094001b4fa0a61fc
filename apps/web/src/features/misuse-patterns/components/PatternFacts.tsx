import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MisusePatternDetailsFragment } from '@alliance/graphql';
import { useDateFormat } from '../../../app/i18n/useDateFormat';
import { ExternalLinkList } from '../../../ui/ExternalLinkList';
import { Fact } from '../../../ui/Fact';
import { VerifiedBadge } from '../../organizations';
import { TagList } from '../../../ui/taxonomy/TagList';
import { PatternTags, TrendBadge } from './PatternTags';

/** The pattern's structured description: who documented it, where in the process, with what. */
export function PatternFacts({ pattern }: { pattern: MisusePatternDetailsFragment }) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const p = pattern;
  return (
    <aside className="practice__facts" aria-labelledby="pattern-facts-heading">
      <h2 id="pattern-facts-heading" className="visually-hidden">
        {t('misusePatterns.page.facts')}
      </h2>
      <dl className="facts">
        <Fact label={t('misusePatterns.fields.organization')} testId="fact-organization">
          <Link to={`/organizations/${p.organization.slug}`}>{p.organization.name}</Link>{' '}
          {p.organization.verified && <VerifiedBadge />}
        </Fact>
        <Fact label={t('misusePatterns.fields.stages')} testId="fact-stages">
          <PatternTags kind="stage" codes={p.stages} />
        </Fact>
        <Fact label={t('misusePatterns.fields.technologies')} testId="fact-technologies">
          <PatternTags kind="technology" codes={p.technologies} />
        </Fact>
        <Fact label={t('misusePatterns.fields.trend')} testId="fact-trend">
          <TrendBadge trend={p.trend} />
        </Fact>
        {p.formsOfExploitation.length > 0 && (
          <Fact label={t('misusePatterns.fields.formsOfExploitation')}>
            <TagList kind="formOfExploitation" codes={p.formsOfExploitation} />
          </Fact>
        )}
        {p.regions.length > 0 && (
          <Fact label={t('misusePatterns.fields.regions')}>
            <TagList kind="region" codes={p.regions} />
          </Fact>
        )}
        {p.sources.length > 0 && (
          <Fact label={t('misusePatterns.fields.sources')} testId="fact-sources">
            <ExternalLinkList links={p.sources} />
          </Fact>
        )}
        {p.publishedAt && (
          <Fact label={t('misusePatterns.fields.published')}>{dates.date(p.publishedAt)}</Fact>
        )}
        <Fact label={t('misusePatterns.fields.updated')}>{dates.date(p.updatedAt)}</Fact>
      </dl>
    </aside>
  );
}
