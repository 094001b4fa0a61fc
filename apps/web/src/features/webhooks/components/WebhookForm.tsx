import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebhookEventType, WebhookInput } from '@alliance/graphql';
import type { ApiError, FieldError } from '../../../ui/errors';
import { TextAreaField, TextField } from '../../../ui/Field';
import { FormError } from '../../../ui/FormError';
import { useFormErrors } from '../../../ui/useFormErrors';
import {
  SUBSCRIBABLE_EVENTS,
  WEBHOOK_DESCRIPTION_MAX_LENGTH,
  WEBHOOK_URL_MAX_LENGTH,
  WIRE_NAMES,
} from '../events';

export interface WebhookFormValues {
  url: string;
  events: readonly WebhookEventType[];
  description: string;
}

const EMPTY: WebhookFormValues = { url: '', events: [], description: '' };

interface WebhookFormProps {
  /** The webhook being edited; a new one when absent. */
  initial?: WebhookFormValues;
  submitLabel: string;
  /** Saves the input: resolves with the API's error, or null once saved. */
  onSubmit: (input: WebhookInput) => Promise<ApiError | null>;
  onCancel?: () => void;
}

/** True for something the API could take as a URL; the API decides on https and hosts. */
function looksLikeUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** "events.0" → "events": the API's field paths, reduced to the form's fields. */
function byFormField(error: ApiError): ApiError {
  return {
    ...error,
    fieldErrors: error.fieldErrors.map((e) => ({ ...e, field: e.field.split('.')[0] ?? '' })),
  };
}

/** URL, events (checkboxes with what each means) and a description: adding or editing a webhook. */
export function WebhookForm({
  initial = EMPTY,
  submitLabel,
  onSubmit,
  onCancel,
}: WebhookFormProps) {
  const { t } = useTranslation();
  const { error, fields, fail, invalid, clear, formRef } = useFormErrors();
  const [url, setUrl] = useState(initial.url);
  const [events, setEvents] = useState<WebhookEventType[]>([...initial.events]);
  const [description, setDescription] = useState(initial.description);
  const [busy, setBusy] = useState(false);
  const eventsErrorId = useId();

  function toggle(event: WebhookEventType, on: boolean) {
    setEvents((current) =>
      on ? [...current.filter((e) => e !== event), event] : current.filter((e) => e !== event),
    );
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problems: FieldError[] = [];
    const trimmedUrl = url.trim();
    const trimmedDescription = description.trim();
    if (!trimmedUrl) problems.push({ field: 'url', message: t('webhooks.form.urlMissing') });
    else if (trimmedUrl.length > WEBHOOK_URL_MAX_LENGTH) {
      problems.push({
        field: 'url',
        message: t('webhooks.form.urlTooLong', { max: WEBHOOK_URL_MAX_LENGTH }),
      });
    } else if (!looksLikeUrl(trimmedUrl)) {
      problems.push({ field: 'url', message: t('webhooks.form.urlInvalid') });
    }
    if (events.length === 0) {
      problems.push({ field: 'events', message: t('webhooks.form.eventsMissing') });
    }
    if (trimmedDescription.length > WEBHOOK_DESCRIPTION_MAX_LENGTH) {
      problems.push({
        field: 'description',
        message: t('webhooks.form.descriptionTooLong', { max: WEBHOOK_DESCRIPTION_MAX_LENGTH }),
      });
    }
    if (problems.length) return invalid(problems);
    clear();
    setBusy(true);
    // In the form's order, so the request does not depend on the order of the clicks.
    const ordered = SUBSCRIBABLE_EVENTS.filter((event) => events.includes(event));
    const failure = await onSubmit({
      url: trimmedUrl,
      events: ordered,
      description: trimmedDescription,
    });
    setBusy(false);
    if (failure) fail(byFormField(failure));
  }

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-busy={busy}>
      <FormError error={error} />
      <TextField
        label={t('webhooks.form.url')}
        hint={t('webhooks.form.urlHint')}
        name="url"
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder="https://"
        maxLength={WEBHOOK_URL_MAX_LENGTH}
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        error={fields.url}
      />
      <fieldset
        className={['checkbox-group', fields.events ? 'field--invalid' : ''].join(' ').trim()}
        data-testid="webhook-events"
      >
        <legend className="field__label">{t('webhooks.form.events')}</legend>
        {SUBSCRIBABLE_EVENTS.map((event) => (
          <label key={event} className="checkbox checkbox--described">
            <input
              type="checkbox"
              name="events"
              value={event}
              checked={events.includes(event)}
              onChange={(e) => toggle(event, e.target.checked)}
              aria-invalid={fields.events ? true : undefined}
              aria-describedby={fields.events ? eventsErrorId : undefined}
            />
            <span>
              {t(`webhooks.event.${event}`)} <code>{WIRE_NAMES[event]}</code>
              <span className="checkbox__description">{t(`webhooks.eventHelp.${event}`)}</span>
            </span>
          </label>
        ))}
        {fields.events && (
          <p id={eventsErrorId} className="field__error">
            {fields.events}
          </p>
        )}
      </fieldset>
      <TextAreaField
        label={t('webhooks.form.description')}
        hint={t('webhooks.form.descriptionHint')}
        name="description"
        optional
        optionalLabel={t('common.optional')}
        rows={2}
        maxLength={WEBHOOK_DESCRIPTION_MAX_LENGTH}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={fields.description}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
