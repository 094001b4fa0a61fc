import { useTranslation } from 'react-i18next';
import { LinkFields, ListEditor, type LabelledLink } from '../../../ui/ListEditor';

/** The most links a practice may have (the shared schema's rule). */
export const MAX_LINKS = 10;

interface LinksEditorProps {
  links: LabelledLink[];
  onChange: (links: LabelledLink[]) => void;
  /** The message for one input of a row ("label" or "url"). */
  errorOf: (index: number, part: 'label' | 'url') => string | undefined;
  /** A message about the list as a whole ("at most 10"). */
  error?: string;
}

/** Labelled links, one row each, with "Add a link" and "Remove". */
export function LinksEditor({ links, onChange, errorOf, error }: LinksEditorProps) {
  const { t } = useTranslation();
  return (
    <ListEditor
      legend={t('editor.links')}
      optionalLabel={t('common.optional')}
      hint={t('editor.linksHint', { max: MAX_LINKS })}
      items={links}
      onChange={onChange}
      max={MAX_LINKS}
      blank={() => ({ label: '', url: '' })}
      addLabel={t('editor.addLink')}
      removeText={t('editor.removeLink')}
      removeLabel={(number) => t('editor.removeLinkLabel', { number })}
      error={error}
      rowTestId="link-row"
      renderRow={(link, index, set) => (
        <LinkFields
          link={link}
          onChange={set}
          labelLabel={t('editor.linkLabel', { number: index + 1 })}
          urlLabel={t('editor.linkUrl', { number: index + 1 })}
          errorOf={(part) => errorOf(index, part)}
        />
      )}
    />
  );
}
