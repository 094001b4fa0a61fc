import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { FlagDocument, type FlagReason } from '@alliance/graphql';
import { attempt, type ApiError } from '../../../ui/errors';
import { SelectField, TextAreaField } from '../../../ui/Field';
import { FormActions } from '../../../ui/FormActions';
import { FormError } from '../../../ui/FormError';

/** The reasons to flag a post, the likeliest first. */
export const POST_FLAG_REASONS: readonly FlagReason[] = [
  'ABUSIVE',
  'SPAM',
  'IDENTIFIES_VICTIM',
  'OFF_TOPIC',
  'OTHER',
];

interface FlagFormProps {
  /** What is flagged: a post, a misuse pattern. */
  targetId: string;
  /** The form's heading ("Flag this post for moderators"). */
  heading: string;
  /** The heading's level where the form stands. */
  headingLevel: 2 | 3;
  /** The reasons offered, in order; the first is chosen to start with. */
  reasons: readonly FlagReason[];
  className?: string;
  onDone: () => void;
  onCancel: () => void;
}

/** Why something should be reviewed by moderators, with a note. */
export function FlagForm({
  targetId,
  heading,
  headingLevel,
  reasons,
  className = 'form flag-form',
  onDone,
  onCancel,
}: FlagFormProps) {
  const { t } = useTranslation();
  const [flag, { loading }] = useMutation(FlagDocument);
  const [reason, setReason] = useState<FlagReason>(reasons[0]);
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const result = await attempt(() =>
      flag({ variables: { targetId, reason, note: note.trim() || null } }),
    );
    if (!result.ok) return setError(result.error);
    onDone();
  }

  return (
    <form className={className} onSubmit={onSubmit} aria-labelledby={headingId} noValidate>
      <Heading id={headingId}>{heading}</Heading>
      <FormError error={error} />
      <SelectField
        label={t('discussions.flag.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value as FlagReason)}
      >
        {reasons.map((value) => (
          <option key={value} value={value}>
            {t(`discussions.flag.reasons.${value}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t('discussions.flag.note')}
        optional
        optionalLabel={t('common.optional')}
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <FormActions submitLabel={t('discussions.flag.submit')} busy={loading} onCancel={onCancel} />
    </form>
  );
}
