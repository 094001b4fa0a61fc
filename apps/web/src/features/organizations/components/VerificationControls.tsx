import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { UnverifyOrganizationDocument, VerifyOrganizationDocument } from '@alliance/graphql';
import { attempt, type ApiError } from '../../../ui/errors';
import { FormError } from '../../../ui/FormError';

interface VerificationControlsProps {
  organization: { id: string; name: string; verified: boolean };
  onChanged?: () => void;
}

/** Platform admins: "Verify" or "Withdraw verification" (the cache updates the badge). */
export function VerificationControls({ organization, onChanged }: VerificationControlsProps) {
  const { t } = useTranslation();
  const [verify, { loading: verifying }] = useMutation(VerifyOrganizationDocument);
  const [unverify, { loading: unverifying }] = useMutation(UnverifyOrganizationDocument);
  const [error, setError] = useState<ApiError | null>(null);

  async function onClick() {
    setError(null);
    const variables = { id: organization.id };
    const result = await attempt<unknown>(() =>
      organization.verified ? unverify({ variables }) : verify({ variables }),
    );
    if (!result.ok) return setError(result.error);
    onChanged?.();
  }

  return (
    <div className="verification">
      <button
        type="button"
        className={organization.verified ? 'button button--secondary' : 'button'}
        onClick={onClick}
        disabled={verifying || unverifying}
        aria-label={
          organization.verified
            ? t('verification.unverifyLabel', { name: organization.name })
            : t('verification.verifyLabel', { name: organization.name })
        }
      >
        {organization.verified ? t('verification.unverify') : t('verification.verify')}
      </button>
      <FormError error={error} />
    </div>
  );
}
