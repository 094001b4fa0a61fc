import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { StartThreadDocument, type ThreadKind } from '@alliance/graphql';
import { attempt } from '../../../ui/errors';
import { SelectField, TextField } from '../../../ui/Field';
import { Composer } from './Composer';

const KINDS: readonly ThreadKind[] = ['DISCUSSION', 'QUESTION'];

/** "New thread" in a category: title, kind, tags (comma-separated) and the first post. */
export function NewThreadForm({ categoryId }: { categoryId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [startThread] = useMutation(StartThreadDocument);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<ThreadKind>('DISCUSSION');
  const [tags, setTags] = useState('');

  return (
    <section className="card" aria-labelledby="new-thread-heading" data-testid="new-thread">
      <h2 id="new-thread-heading">{t('discussions.newThread.heading')}</h2>
      <TextField
        label={t('discussions.newThread.title')}
        name="title"
        value={title}
        maxLength={200}
        onChange={(e) => setTitle(e.target.value)}
      />
      <SelectField
        label={t('discussions.newThread.kind')}
        name="kind"
        value={kind}
        onChange={(e) => setKind(e.target.value as ThreadKind)}
      >
        {KINDS.map((value) => (
          <option key={value} value={value}>
            {t(`discussions.kinds.${value}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('discussions.newThread.tags')}
        hint={t('discussions.newThread.tagsHint')}
        optional
        optionalLabel={t('common.optional')}
        name="tags"
        value={tags}
        onChange={(e) => setTags(e.target.value)}
      />
      <Composer
        label={t('discussions.newThread.body')}
        submitLabel={t('discussions.newThread.submit')}
        onSubmit={async (body) => {
          const tagList = tags
            .split(',')
            .map((tag) => tag.trim())
            .filter(Boolean);
          const result = await attempt(() =>
            startThread({
              variables: { input: { categoryId, title: title.trim(), kind, tags: tagList, body } },
              refetchQueries: ['Threads'],
            }),
          );
          if (!result.ok) return result.error;
          void navigate(`/discussions/${result.value.data!.startThread.thread.id}`);
          return null;
        }}
      />
    </section>
  );
}
