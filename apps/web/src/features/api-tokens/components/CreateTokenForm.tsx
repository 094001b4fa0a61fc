import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { API_TOKEN_MAX_LIFETIME_DAYS } from '@alliance/domain';
import { CreateApiTokenDocument, type ApiTokenScope } from '@alliance/graphql';
import { attempt, type FieldError } from '../../../ui/errors';
import { TextField } from '../../../ui/Field';
import { FormError } from '../../../ui/FormError';
import { useFormErrors } from '../../../ui/useFormErrors';

export const TOKEN_NAME_MAX_LENGTH = 80;

export interface NewToken {
  name: string;
  secret: string;
}

/** YYYY-MM-DD of a date in local time (the value format of <input type="date">). */
function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The end of a local day, as the ISO date-time the API expects. */
export function endOfDay(day: string): string {
  return new Date(`${day}T23:59:59`).toISOString();
}

/** Name, scopes (read, or read and write) and an expiry date within a year (a year if left empty). */
export function CreateTokenForm({ onCreated }: { onCreated: (token: NewToken) => void }) {
  const { t } = useTranslation();
  // no-cache: the answer holds the secret, which must not stay in the Apollo cache.
  const [create, { loading }] = useMutation(CreateApiTokenDocument, { fetchPolicy: 'no-cache' });
  const { error, fields, fail, invalid, clear, formRef } = useFormErrors();
  const [name, setName] = useState('');
  const [access, setAccess] = useState<'read' | 'write'>('read');
  const [expires, setExpires] = useState('');
  const scopeName = useId();
  const tomorrow = new Date();
  tomorrow.setDate(tomorrow.getDate() + 1);
  const minDay = isoDay(tomorrow);
  // The end of the last day allowed must stay within the API's limit from now.
  const last = new Date();
  last.setDate(last.getDate() + API_TOKEN_MAX_LIFETIME_DAYS - 1);
  const maxDay = isoDay(last);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problems: FieldError[] = [];
    const trimmed = name.trim();
    if (!trimmed) problems.push({ field: 'name', message: t('apiTokens.create.nameMissing') });
    else if (trimmed.length > TOKEN_NAME_MAX_LENGTH) {
      problems.push({
        field: 'name',
        message: t('apiTokens.create.nameTooLong', { max: TOKEN_NAME_MAX_LENGTH }),
      });
    }
    if (expires && expires < minDay) {
      problems.push({ field: 'expiresAt', message: t('apiTokens.create.expiryPast') });
    } else if (expires && expires > maxDay) {
      problems.push({
        field: 'expiresAt',
        message: t('apiTokens.create.expiryTooFar', { days: API_TOKEN_MAX_LIFETIME_DAYS }),
      });
    }
    if (problems.length) return invalid(problems);
    clear();
    const scopes: ApiTokenScope[] = access === 'write' ? ['READ', 'WRITE'] : ['READ'];
    const result = await attempt(() =>
      create({
        variables: {
          input: { name: trimmed, scopes, ...(expires ? { expiresAt: endOfDay(expires) } : {}) },
        },
      }),
    );
    if (!result.ok) return fail(result.error);
    const secret = result.value.data?.createApiToken.token;
    if (!secret) return;
    setName('');
    setExpires('');
    setAccess('read');
    onCreated({ name: trimmed, secret });
  }

  return (
    <form ref={formRef} className="form" onSubmit={onSubmit} noValidate aria-busy={loading}>
      <FormError error={error} />
      <TextField
        label={t('apiTokens.create.name')}
        hint={t('apiTokens.create.nameHint')}
        name="name"
        autoComplete="off"
        maxLength={TOKEN_NAME_MAX_LENGTH}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={fields.name}
      />
      <fieldset className="field">
        <legend className="field__label">{t('apiTokens.create.scopes')}</legend>
        <label className="checkbox">
          <input
            type="radio"
            name={scopeName}
            value="read"
            checked={access === 'read'}
            onChange={() => setAccess('read')}
          />
          {t('apiTokens.create.read')}
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name={scopeName}
            value="write"
            checked={access === 'write'}
            onChange={() => setAccess('write')}
          />
          {t('apiTokens.create.readWrite')}
        </label>
        {fields.scopes && <p className="field__error">{fields.scopes}</p>}
      </fieldset>
      <TextField
        label={t('apiTokens.create.expires')}
        hint={t('apiTokens.create.expiresHint')}
        name="expiresAt"
        type="date"
        optional
        optionalLabel={t('common.optional')}
        min={minDay}
        max={maxDay}
        value={expires}
        onChange={(e) => setExpires(e.target.value)}
        error={fields.expiresAt}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={loading}>
          {t('apiTokens.create.submit')}
        </button>
      </div>
    </form>
  );
}
