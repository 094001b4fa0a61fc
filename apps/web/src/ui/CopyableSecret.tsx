import { useId, useState } from 'react';

export interface CopyableSecretLabels {
  label: string;
  copy: string;
  copied: string;
  copyFailed: string;
}

/**
 * A secret shown once (an API token, a webhook's signing secret): a read-only field that selects
 * itself on focus, a copy button, and a live status line saying whether copying worked.
 */
export function CopyableSecret({
  value,
  labels,
  testId,
}: {
  value: string;
  labels: CopyableSecretLabels;
  testId: string;
}) {
  const inputId = useId();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <>
      <label htmlFor={inputId} className="field__label">
        {labels.label}
      </label>
      <div className="secret">
        <input
          id={inputId}
          className="input secret__value"
          readOnly
          value={value}
          data-testid={testId}
          onFocus={(e) => e.target.select()}
          spellCheck={false}
        />
        <button type="button" className="button" onClick={copy}>
          {labels.copy}
        </button>
      </div>
      <p role="status" className="status-line">
        {copied === 'yes' ? labels.copied : copied === 'failed' ? labels.copyFailed : ''}
      </p>
    </>
  );
}
