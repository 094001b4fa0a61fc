import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { CategoriesDocument, StartThreadDocument } from '@alliance/graphql';
import { attempt } from '../../../ui/errors';
import { ErrorState } from '../../../ui/ErrorState';
import { TextAreaField, TextField } from '../../../ui/Field';
import { FormActions } from '../../../ui/FormActions';
import { FormError } from '../../../ui/FormError';
import { LoadingState } from '../../../ui/LoadingState';
import { useFormErrors } from '../../../ui/useFormErrors';

/** The discussion category calls for partners are started in (seeded by the discussions migration). */
export const PARTNERSHIPS_CATEGORY = 'partnerships';
/** A thread title's bounds (the API's rule). */
const TITLE_MIN = 3;
const TITLE_MAX = 200;
const BODY_MAX = 20_000;

/** "Call for partners: <title>", cut to the longest title a thread may have. */
export function callForPartnersTitle(prefix: string, patternTitle: string): string {
  return `${prefix} ${patternTitle}`.slice(0, TITLE_MAX);
}

interface CallForPartnersFormProps {
  pattern: { id: string; title: string };
  onCancel: () => void;
}

/**
 * "Call for partners" about a pattern that nothing (or little) counters yet: a thread in the
 * partnerships category linked to the pattern (startThread with the category and the pattern),
 * with a prefilled title and the viewer's message. Goes to the new thread once started.
 */
export function CallForPartnersForm({ pattern, onCancel }: CallForPartnersFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const headingId = useId();
  const { data, loading, refetch } = useQuery(CategoriesDocument);
  const [startThread, { loading: starting }] = useMutation(StartThreadDocument);
  const { error, fields, fail, invalid, clear, formRef } = useFormErrors();
  const [title, setTitle] = useState(() =>
    callForPartnersTitle(t('misusePatterns.callForPartners.titlePrefix'), pattern.title),
  );
  const [body, setBody] = useState('');

  const category = data?.categories.find((c) => c.slug === PARTNERSHIPS_CATEGORY);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problems = [];
    const trimmed = title.trim();
    if (trimmed.length < TITLE_MIN || trimmed.length > TITLE_MAX) {
      problems.push({
        field: 'title',
        message: t('misusePatterns.callForPartners.titleLength', {
          min: TITLE_MIN,
          max: TITLE_MAX,
        }),
      });
    }
    if (!body.trim()) {
      problems.push({ field: 'body', message: t('misusePatterns.callForPartners.bodyRequired') });
    } else if (body.trim().length > BODY_MAX) {
      problems.push({
        field: 'body',
        message: t('misusePatterns.callForPartners.bodyTooLong', { max: BODY_MAX }),
      });
    }
    if (problems.length) return invalid(problems);
    if (!category) return;
    clear();
    const result = await attempt(() =>
      startThread({
        variables: {
          input: {
            categoryId: category.id,
            misusePatternId: pattern.id,
            kind: 'DISCUSSION',
            title: trimmed,
            body: body.trim(),
          },
        },
      }),
    );
    if (!result.ok) return fail(result.error);
    const threadId = result.value.data?.startThread.thread.id;
    // The pattern's threads and the forum's lists now have one more.
    client.cache.evict({
      id: client.cache.identify({ __typename: 'MisusePattern', id: pattern.id }),
      fieldName: 'relatedThreads',
    });
    client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'threads' });
    client.cache.gc();
    if (threadId) await navigate(`/discussions/${threadId}`);
  }

  let content;
  if (!data) {
    content = loading ? (
      <LoadingState />
    ) : (
      <ErrorState
        message={t('misusePatterns.callForPartners.loadError')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  } else if (!category) {
    content = (
      <p className="notice" role="note">
        {t('misusePatterns.callForPartners.noCategory')}
      </p>
    );
  } else {
    content = (
      <>
        <p className="muted">
          {t('misusePatterns.callForPartners.intro', { category: category.name })}
        </p>
        <FormError error={error} />
        <TextField
          label={t('misusePatterns.callForPartners.title')}
          name="title"
          required
          // Opened by the viewer's own click: start where they will type.
          autoFocus
          maxLength={TITLE_MAX}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={fields.title}
        />
        <TextAreaField
          label={t('misusePatterns.callForPartners.body')}
          hint={t('misusePatterns.callForPartners.bodyHint')}
          name="body"
          required
          rows={6}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          error={fields.body}
        />
        <FormActions
          submitLabel={t('misusePatterns.callForPartners.submit')}
          busy={starting}
          onCancel={onCancel}
        />
      </>
    );
  }

  return (
    <form
      ref={formRef}
      className="form card call-for-partners"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={headingId}
      aria-busy={starting}
      data-testid="call-for-partners-form"
    >
      <h3 id={headingId}>
        {t('misusePatterns.callForPartners.heading', { title: pattern.title })}
      </h3>
      {content}
    </form>
  );
}
