import { useTranslation } from 'react-i18next';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@alliance/domain';

/** The password rules of the shared schema, shown as a hint under the label. */
export function PasswordRules({ withEmail = false }: { withEmail?: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="hint-list">
      <li>
        {t('auth.passwordRules.length', { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH })}
      </li>
      <li>{t('auth.passwordRules.common')}</li>
      {withEmail && <li>{t('auth.passwordRules.email')}</li>}
    </ul>
  );
}
