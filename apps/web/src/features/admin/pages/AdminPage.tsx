import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../../ui/PageTitle';
import { isPlatformAdmin, RequireSignIn } from '../../auth';
import { Tabs, type Tab } from '../../../ui/Tabs';
import { AuditLogTab } from '../components/AuditLogTab';
import { PendingOrganizationsTab } from '../components/PendingOrganizationsTab';
import { UsersTab } from '../components/UsersTab';

type TabKey = 'organizations' | 'users' | 'audit';
const TAB_KEYS: readonly TabKey[] = ['organizations', 'users', 'audit'];

/** Platform admins: verification queue, users and roles, audit log (tab and filters in the address). */
export function AdminPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle page={t('admin.title')} />
      <RequireSignIn>
        {(viewer) =>
          isPlatformAdmin(viewer) ? (
            <AdminArea />
          ) : (
            <div className="message-page" data-testid="not-allowed">
              <p className="eyebrow">{t('admin.notAllowed.code')}</p>
              <h1>{t('admin.notAllowed.title')}</h1>
              <p>{t('admin.notAllowed.body')}</p>
            </div>
          )
        }
      </RequireSignIn>
    </>
  );
}

function AdminArea() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as TabKey | null;
  const tab: TabKey = requested && TAB_KEYS.includes(requested) ? requested : 'organizations';
  const tabs: Tab<TabKey>[] = [
    { key: 'organizations', label: t('admin.tabs.organizations') },
    { key: 'users', label: t('admin.tabs.users') },
    { key: 'audit', label: t('admin.tabs.audit') },
  ];
  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true, flushSync: true });
  };

  return (
    <>
      <h1>{t('admin.title')}</h1>
      <Tabs
        tabs={tabs}
        selected={tab}
        label={t('admin.tabs.label')}
        idPrefix="admin"
        onSelect={(key) => update({ tab: key, q: '', action: '' })}
      />
      <div
        role="tabpanel"
        id={`admin-panel-${tab}`}
        aria-labelledby={`admin-tab-${tab}`}
        className="tabpanel"
      >
        {tab === 'organizations' && <PendingOrganizationsTab />}
        {tab === 'users' && (
          <UsersTab
            key={params.get('q') ?? ''}
            query={params.get('q') ?? ''}
            onQueryChange={(q) => update({ q })}
          />
        )}
        {tab === 'audit' && (
          <AuditLogTab
            action={params.get('action') ?? ''}
            onActionChange={(action) => update({ action })}
          />
        )}
      </div>
    </>
  );
}
