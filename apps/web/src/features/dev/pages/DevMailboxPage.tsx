import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../app/i18n/useDateFormat';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageTitle } from '../../../ui/PageTitle';
import { useDevMailbox, type DevMail } from '../hooks/useDevMailbox';

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** Plain text with its web addresses made into links. */
function Linkified({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part}>
            {part}
          </a>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}

function Mail({ mail }: { mail: DevMail }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  return (
    <article className="mail card" data-testid="dev-mail">
      <h2 className="mail__subject">{mail.subject}</h2>
      <dl className="meta">
        <div>
          <dt>{t('devMailbox.to')}</dt>
          <dd>{mail.to}</dd>
        </div>
        <div>
          <dt>{t('devMailbox.sent')}</dt>
          <dd>
            <time dateTime={mail.sentAt}>{format.dateTime(mail.sentAt)}</time>
          </dd>
        </div>
      </dl>
      <pre className="mail__text">
        <Linkified text={mail.text} />
      </pre>
    </article>
  );
}

/** Development only: the mails the platform would have sent, with their links clickable. */
export function DevMailboxPage() {
  const { t } = useTranslation();
  const { state, reload } = useDevMailbox();

  let body;
  if (state.status === 'loading') body = <LoadingState />;
  else if (state.status === 'unavailable')
    body = <p className="notice">{t('devMailbox.unavailable')}</p>;
  else if (state.status === 'error')
    body = <ErrorState message={t('devMailbox.error')} onRetry={reload} />;
  else if (state.mails.length === 0) body = <p className="muted">{t('devMailbox.empty')}</p>;
  else body = state.mails.map((mail) => <Mail key={mail.id} mail={mail} />);

  return (
    <div>
      <PageTitle page={t('devMailbox.title')} />
      <h1>{t('devMailbox.title')}</h1>
      <p className="lead">{t('devMailbox.intro')}</p>
      {state.status === 'ready' && (
        <p>
          <button type="button" className="button button--secondary" onClick={reload}>
            {t('devMailbox.refresh')}
          </button>
        </p>
      )}
      <div className="stack">{body}</div>
    </div>
  );
}
