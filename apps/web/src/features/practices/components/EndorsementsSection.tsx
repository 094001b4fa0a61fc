import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { Link, useLocation } from 'react-router';
import {
  EndorsePracticeDocument,
  WithdrawEndorsementDocument,
  type EndorsementItemFragment,
  type EndorsementKind,
  type PracticeDetailsFragment,
} from '@alliance/graphql';
import { useDateFormat } from '../../../app/i18n/useDateFormat';
import { useNumberFormat } from '../../../app/i18n/useNumberFormat';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { attempt, type ApiError } from '../../../ui/errors';
import { SelectField, TextAreaField } from '../../../ui/Field';
import { FormError } from '../../../ui/FormError';
import { useFormErrors } from '../../../ui/useFormErrors';
import { type Viewer, withNext } from '../../auth';
import { VerifiedBadge } from '../../organizations';
import { useViewerMemberships, type ViewerMembership } from '../hooks/useViewerMemberships';

const ENDORSEMENT_KINDS: readonly EndorsementKind[] = ['USES', 'REPLICATED'];
const COMMENT_MAX = 500;

interface EndorsementsSectionProps {
  practice: PracticeDetailsFragment;
  viewer: Viewer | null;
}

/**
 * Who uses or replicated the practice, and "Endorse" (or "Withdraw") on behalf of one of the
 * viewer's organizations other than its owner.
 */
export function EndorsementsSection({ practice, viewer }: EndorsementsSectionProps) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const location = useLocation();
  const { memberships } = useViewerMemberships({ skip: !viewer });
  const [withdraw] = useMutation(WithdrawEndorsementDocument);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');

  const endorsedBy = new Set(practice.endorsements.map((e) => e.organization.id));
  const others = memberships.filter((m) => m.organization.id !== practice.organization.id);
  const canEndorse = others.filter((m) => !endorsedBy.has(m.organization.id));
  const canWithdraw = others.filter((m) => endorsedBy.has(m.organization.id));
  const uses = practice.endorsements.filter((e) => e.kind === 'USES');
  const replicated = practice.endorsements.filter((e) => e.kind === 'REPLICATED');

  async function onWithdraw(membership: ViewerMembership) {
    setError(null);
    setStatus('');
    const result = await attempt(() =>
      withdraw({ variables: { id: practice.id, organizationId: membership.organization.id } }),
    );
    if (!result.ok) return setError(result.error);
    setStatus(t('endorse.withdrawn', { organization: membership.organization.name }));
  }

  let action = null;
  if (!viewer) {
    action = (
      <p>
        <Link to={withNext('/sign-in', location.pathname)}>{t('endorse.signIn')}</Link>
      </p>
    );
  } else if (practice.state === 'PUBLISHED' && canEndorse.length > 0) {
    action = (
      <EndorseForm
        key={canEndorse.map((m) => m.organization.id).join()}
        practiceId={practice.id}
        options={canEndorse}
        onEndorsed={(name) => setStatus(t('endorse.done', { organization: name }))}
      />
    );
  } else if (others.length === 0 && memberships.length === 0) {
    action = <p className="muted">{t('endorse.joinFirst')}</p>;
  }

  return (
    <section className="card endorsements" aria-labelledby="endorsements-heading">
      <h2 id="endorsements-heading">
        {t('endorse.heading')}{' '}
        <span
          className="badge"
          data-testid="endorsement-count"
          data-value={practice.endorsementCount}
        >
          {format.format(practice.endorsementCount)}
        </span>
      </h2>
      {practice.endorsements.length === 0 && <p className="muted">{t('endorse.none')}</p>}
      {uses.length > 0 && (
        <EndorsementList heading={t('endorse.usedBy')} items={uses} testId="used-by" />
      )}
      {replicated.length > 0 && (
        <EndorsementList
          heading={t('endorse.replicatedBy')}
          items={replicated}
          testId="replicated-by"
        />
      )}
      <FormError error={error} />
      <p role="status" className="status-line">
        {status}
      </p>
      {canWithdraw.length > 0 && (
        <ul className="plain-list">
          {canWithdraw.map((membership) => (
            <li key={membership.organization.id}>
              <ConfirmButton
                label={t('endorse.withdraw', { organization: membership.organization.name })}
                question={t('endorse.withdrawQuestion', {
                  organization: membership.organization.name,
                })}
                confirmLabel={t('endorse.withdrawConfirm')}
                onConfirm={() => onWithdraw(membership)}
              />
            </li>
          ))}
        </ul>
      )}
      {action}
    </section>
  );
}

function EndorsementList({
  heading,
  items,
  testId,
}: {
  heading: string;
  items: EndorsementItemFragment[];
  testId: string;
}) {
  const dates = useDateFormat();
  const id = useId();
  return (
    <>
      <h3 id={id}>{heading}</h3>
      <ul className="item-list" aria-labelledby={id} data-testid={testId}>
        {items.map((endorsement) => (
          <li
            key={endorsement.organization.id}
            className="item item--stacked"
            data-testid="endorsement"
          >
            <p className="item__title">
              <Link to={`/organizations/${endorsement.organization.slug}`}>
                {endorsement.organization.name}
              </Link>
              {endorsement.organization.verified && <VerifiedBadge />}
            </p>
            {endorsement.comment && (
              <blockquote className="quote">{endorsement.comment}</blockquote>
            )}
            <p className="item__meta">{dates.date(endorsement.createdAt)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

interface EndorseFormProps {
  practiceId: string;
  options: ViewerMembership[];
  onEndorsed: (organizationName: string) => void;
}

/** On behalf of which organization, "we use it" or "we replicated it", and a comment. */
function EndorseForm({ practiceId, options, onEndorsed }: EndorseFormProps) {
  const { t } = useTranslation();
  const [endorse, { loading }] = useMutation(EndorsePracticeDocument);
  const { error, fields, fail, invalid, clear, formRef } = useFormErrors();
  const [organizationId, setOrganizationId] = useState(options[0]?.organization.id ?? '');
  const [kind, setKind] = useState<EndorsementKind>('USES');
  const [comment, setComment] = useState('');
  const kindName = useId();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (comment.trim().length > COMMENT_MAX) {
      return invalid([
        { field: 'comment', message: t('endorse.commentTooLong', { max: COMMENT_MAX }) },
      ]);
    }
    clear();
    const result = await attempt(() =>
      endorse({
        variables: { id: practiceId, organizationId, kind, comment: comment.trim() || null },
      }),
    );
    if (!result.ok) return fail(result.error);
    setComment('');
    onEndorsed(options.find((m) => m.organization.id === organizationId)?.organization.name ?? '');
  }

  return (
    <form
      ref={formRef}
      className="form endorse-form"
      onSubmit={onSubmit}
      noValidate
      aria-busy={loading}
      aria-labelledby="endorse-heading"
    >
      <h3 id="endorse-heading">{t('endorse.formHeading')}</h3>
      <FormError error={error} />
      <SelectField
        label={t('endorse.organization')}
        name="organizationId"
        value={organizationId}
        onChange={(e) => setOrganizationId(e.target.value)}
        error={fields.organizationId}
      >
        {options.map((m) => (
          <option key={m.organization.id} value={m.organization.id}>
            {m.organization.name}
          </option>
        ))}
      </SelectField>
      <fieldset className="filter-group">
        <legend>{t('endorse.kind')}</legend>
        {ENDORSEMENT_KINDS.map((value) => (
          <label key={value} className="checkbox">
            <input
              type="radio"
              name={kindName}
              value={value}
              checked={kind === value}
              onChange={() => setKind(value)}
            />
            {t(`endorse.kinds.${value}`)}
          </label>
        ))}
      </fieldset>
      <TextAreaField
        label={t('endorse.comment')}
        hint={t('endorse.commentHint', { max: COMMENT_MAX })}
        name="comment"
        optional
        optionalLabel={t('common.optional')}
        rows={3}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        error={fields.comment}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={loading}>
          {t('endorse.submit')}
        </button>
      </div>
    </form>
  );
}
