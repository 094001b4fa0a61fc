import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { LeaveOrganizationDocument } from '@alliance/graphql';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { attempt, type ApiError } from '../../../ui/errors';
import { FormError } from '../../../ui/FormError';

interface LeaveOrganizationButtonProps {
  organization: { id: string; name: string };
  onLeft: () => void;
}

/** "Leave" with confirmation; the last admin gets the API's LAST_ADMIN message. */
export function LeaveOrganizationButton({ organization, onLeft }: LeaveOrganizationButtonProps) {
  const { t } = useTranslation();
  const [leave] = useMutation(LeaveOrganizationDocument);
  const [error, setError] = useState<ApiError | null>(null);

  async function onConfirm() {
    setError(null);
    const result = await attempt(() => leave({ variables: { organizationId: organization.id } }));
    if (!result.ok) return setError(result.error);
    onLeft();
  }

  return (
    <div className="leave">
      <ConfirmButton
        label={t('organization.leave.button')}
        ariaLabel={t('organization.leave.buttonLabel', { name: organization.name })}
        question={t('organization.leave.question', { name: organization.name })}
        confirmLabel={t('organization.leave.confirm')}
        onConfirm={onConfirm}
      />
      <FormError error={error} />
    </div>
  );
}
