import { useTranslation } from 'react-i18next';
import { EVENT_MAX_THEMES, eventInputSchema, type EventInput } from '@alliance/domain';
import { TextAreaField, TextField } from '../../../ui/Field';
import { FormActions } from '../../../ui/FormActions';
import { FormError } from '../../../ui/FormError';
import { useSluggedForm, type SluggedFormProps } from '../../../ui/useSluggedForm';

export interface EventFormValues {
  name: string;
  slug: string;
  startsOn: string;
  endsOn: string;
  location: string;
  url: string;
  description: string;
  themes: { title: string; description: string }[];
}

export const EMPTY_EVENT: EventFormValues = {
  name: '',
  slug: '',
  startsOn: '',
  endsOn: '',
  location: '',
  url: '',
  description: '',
  themes: [],
};

/** An event's details and themes, checked with the shared schema before they are sent. */
export function EventForm({
  initial = EMPTY_EVENT,
  suggestSlug = false,
  submitLabel,
  busy = false,
  onSubmit,
  children,
}: SluggedFormProps<EventFormValues, EventInput>) {
  const { t } = useTranslation();
  const { values, setValues, set, submit, error, fields, formRef } = useSluggedForm({
    initial,
    slugFrom: 'name',
    suggestSlug,
    schema: eventInputSchema,
    onSubmit,
  });
  const optional = t('common.optional');

  const setTheme = (index: number, part: 'title' | 'description', value: string) =>
    setValues((v) => ({
      ...v,
      themes: v.themes.map((theme, i) => (i === index ? { ...theme, [part]: value } : theme)),
    }));

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-busy={busy}>
      <FormError error={error} />
      <TextField
        label={t('events.form.name')}
        name="name"
        required
        value={values.name}
        onChange={set('name')}
        error={fields.name}
      />
      <TextField
        label={t('events.form.slug')}
        hint={t('events.form.slugHint', { slug: values.slug || 'alliance-conference-2019' })}
        name="slug"
        optional
        optionalLabel={optional}
        spellCheck={false}
        autoCapitalize="none"
        value={values.slug}
        onChange={set('slug')}
        error={fields.slug}
      />
      <div className="form-row">
        <TextField
          label={t('events.form.startsOn')}
          name="startsOn"
          type="date"
          required
          value={values.startsOn}
          onChange={set('startsOn')}
          error={fields.startsOn}
        />
        <TextField
          label={t('events.form.endsOn')}
          name="endsOn"
          type="date"
          required
          value={values.endsOn}
          onChange={set('endsOn')}
          error={fields.endsOn}
        />
      </div>
      <TextField
        label={t('events.form.location')}
        name="location"
        optional
        optionalLabel={optional}
        value={values.location}
        onChange={set('location')}
        error={fields.location}
      />
      <TextField
        label={t('events.form.url')}
        name="url"
        type="url"
        inputMode="url"
        placeholder="https://"
        optional
        optionalLabel={optional}
        value={values.url}
        onChange={set('url')}
        error={fields.url}
      />
      <TextAreaField
        label={t('events.form.description')}
        hint={t('events.form.markdownHint')}
        name="description"
        optional
        optionalLabel={optional}
        rows={6}
        value={values.description}
        onChange={set('description')}
        error={fields.description}
      />
      <fieldset className="links-editor">
        <legend className="field__label">
          {t('events.form.themes')} <span className="field__optional">{optional}</span>
        </legend>
        <p className="field__hint">{t('events.form.themesHint', { max: EVENT_MAX_THEMES })}</p>
        {values.themes.map((theme, index) => (
          <div key={index} className="link-row" data-testid="theme-row">
            <TextField
              label={t('events.form.themeTitle', { number: index + 1 })}
              value={theme.title}
              onChange={(e) => setTheme(index, 'title', e.target.value)}
              error={fields[`themes.${index}.title`]}
            />
            <TextAreaField
              label={t('events.form.themeDescription', { number: index + 1 })}
              rows={2}
              value={theme.description}
              onChange={(e) => setTheme(index, 'description', e.target.value)}
              error={fields[`themes.${index}.description`]}
            />
            <button
              type="button"
              className="button button--secondary button--small link-row__remove"
              aria-label={t('events.form.removeThemeLabel', { number: index + 1 })}
              onClick={() =>
                setValues((v) => ({ ...v, themes: v.themes.filter((_, i) => i !== index) }))
              }
            >
              {t('events.form.removeTheme')}
            </button>
          </div>
        ))}
        {fields.themes && <p className="field__error">{fields.themes}</p>}
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={values.themes.length >= EVENT_MAX_THEMES}
          onClick={() =>
            setValues((v) => ({ ...v, themes: [...v.themes, { title: '', description: '' }] }))
          }
        >
          {t('events.form.addTheme')}
        </button>
      </fieldset>
      <FormActions submitLabel={submitLabel} busy={busy}>
        {children}
      </FormActions>
    </form>
  );
}
