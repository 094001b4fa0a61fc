import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { emailSchema, fieldErrors } from '@alliance/domain';
import { InviteMemberDocument, type MembershipRole } from '@alliance/graphql';
import { attempt } from '../../../ui/errors';
import { SelectField, TextField } from '../../../ui/Field';
import { FormError } from '../../../ui/FormError';
import { useFormErrors } from '../../../ui/useFormErrors';
import { RoleOptions } from './RoleOptions';

/** Organization admins: email an invitation with a role. */
export function InviteMemberForm({
  organizationId,
  onInvited,
}: {
  organizationId: string;
  onInvited: () => void;
}) {
  const { t } = useTranslation();
  const [invite, { loading }] = useMutation(InviteMemberDocument);
  const { error, fields, fail, invalid, clear, formRef } = useFormErrors();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MembershipRole>('MEMBER');
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSentTo(null);
    const parsed = emailSchema.safeParse(email);
    if (!parsed.success) {
      return invalid(fieldErrors(parsed.error).map((e) => ({ ...e, field: 'email' })));
    }
    clear();
    const result = await attempt(() =>
      invite({ variables: { organizationId, email: parsed.data, role } }),
    );
    if (!result.ok) return fail(result.error);
    setSentTo(parsed.data);
    setEmail('');
    onInvited();
  }

  return (
    <section className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('invite.heading')}</h2>
      <form
        ref={formRef}
        className="form form--inline"
        onSubmit={onSubmit}
        noValidate
        aria-busy={loading}
      >
        <FormError error={error} />
        <TextField
          label={t('invite.email')}
          name="email"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fields.email}
        />
        <SelectField
          label={t('invite.role')}
          name="role"
          value={role}
          onChange={(e) => setRole(e.target.value as MembershipRole)}
          error={fields.role}
        >
          <RoleOptions />
        </SelectField>
        <div className="form__actions">
          <button type="submit" className="button" disabled={loading}>
            {t('invite.submit')}
          </button>
        </div>
        <p role="status" className="status-line">
          {sentTo ? t('invite.sent', { email: sentTo }) : ''}
        </p>
      </form>
    </section>
  );
}
