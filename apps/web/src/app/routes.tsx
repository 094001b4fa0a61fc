import type { RouteObject } from 'react-router';
import { AboutPage } from '../features/about/pages/AboutPage';
import { AdminPage } from '../features/admin/pages/AdminPage';
import { ApiTokensPage } from '../features/api-tokens/pages/ApiTokensPage';
import { ForgotPasswordPage } from '../features/auth/pages/ForgotPasswordPage';
import { ResetPasswordPage } from '../features/auth/pages/ResetPasswordPage';
import { SignInPage } from '../features/auth/pages/SignInPage';
import { SignUpPage } from '../features/auth/pages/SignUpPage';
import { VerifyEmailPage } from '../features/auth/pages/VerifyEmailPage';
import { CategoryPage } from '../features/discussions/pages/CategoryPage';
import { ForumIndexPage } from '../features/discussions/pages/ForumIndexPage';
import { ThreadPage } from '../features/discussions/pages/ThreadPage';
import { DevMailboxPage } from '../features/dev/pages/DevMailboxPage';
import { CollectionPage } from '../features/events/pages/CollectionPage';
import { CollectionsPage } from '../features/events/pages/CollectionsPage';
import { EditCollectionPage } from '../features/events/pages/EditCollectionPage';
import { EditEventPage } from '../features/events/pages/EditEventPage';
import { EventPage } from '../features/events/pages/EventPage';
import { EventsPage } from '../features/events/pages/EventsPage';
import { NewCollectionPage } from '../features/events/pages/NewCollectionPage';
import { NewEventPage } from '../features/events/pages/NewEventPage';
import { NotFoundPage } from '../features/errors/pages/NotFoundPage';
import { RouteErrorPage } from '../features/errors/pages/RouteErrorPage';
import { HomePage } from '../features/home/pages/HomePage';
import { EditMisusePatternPage } from '../features/misuse-patterns/pages/EditMisusePatternPage';
import { GapsPage } from '../features/misuse-patterns/pages/GapsPage';
import { MisusePatternPage } from '../features/misuse-patterns/pages/MisusePatternPage';
import { MisusePatternsPage } from '../features/misuse-patterns/pages/MisusePatternsPage';
import { MyMisusePatternsPage } from '../features/misuse-patterns/pages/MyMisusePatternsPage';
import { NewMisusePatternPage } from '../features/misuse-patterns/pages/NewMisusePatternPage';
import { AcceptInvitationPage } from '../features/organizations/pages/AcceptInvitationPage';
import { NewOrganizationPage } from '../features/organizations/pages/NewOrganizationPage';
import { ModerationPage } from '../features/moderation/pages/ModerationPage';
import { NotificationsPage } from '../features/notifications/pages/NotificationsPage';
import { OrganizationPage } from '../features/organizations/pages/OrganizationPage';
import { OrganizationsPage } from '../features/organizations/pages/OrganizationsPage';
import { EditPracticePage } from '../features/practices/pages/EditPracticePage';
import { MyPracticesPage } from '../features/practices/pages/MyPracticesPage';
import { NewPracticePage } from '../features/practices/pages/NewPracticePage';
import { PracticePage } from '../features/practices/pages/PracticePage';
import { PracticeCountermeasures } from '../features/misuse-patterns';
import { PracticesPage } from '../features/practices/pages/PracticesPage';
import { ProfilePage } from '../features/profile/pages/ProfilePage';
import { SearchPage } from '../features/search/pages/SearchPage';
import { LoadingState } from '../ui/LoadingState';
import { Layout } from './Layout';

/**
 * The route table, shared by the browser router (App.tsx) and the tests (createMemoryRouter).
 *
 * Two error boundaries: the pathless child catches errors thrown by a page and shows the message
 * inside the layout (header and navigation stay usable); the root one catches errors in the
 * layout itself and shows a stand-alone page.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteErrorPage standalone />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'about', element: <AboutPage /> },
          // Full-text search over practices, discussions and organizations
          { path: 'search', element: <SearchPage /> },
          // The practice library
          { path: 'practices', element: <PracticesPage /> },
          { path: 'practices/new', element: <NewPracticePage /> },
          {
            path: 'practices/:slug',
            element: (
              <PracticePage
                countermeasures={(practice) => <PracticeCountermeasures practice={practice} />}
              />
            ),
          },
          { path: 'practices/:slug/edit', element: <EditPracticePage /> },
          { path: 'my/practices', element: <MyPracticesPage /> },
          { path: 'my/misuse-patterns', element: <MyMisusePatternsPage /> },
          // Misuse patterns: how traffickers misuse technology, what counters it, and the gaps
          { path: 'misuse-patterns', element: <MisusePatternsPage /> },
          { path: 'misuse-patterns/gaps', element: <GapsPage /> },
          { path: 'misuse-patterns/new', element: <NewMisusePatternPage /> },
          { path: 'misuse-patterns/:slug', element: <MisusePatternPage /> },
          { path: 'misuse-patterns/:slug/edit', element: <EditMisusePatternPage /> },
          // Loaded on demand: the charting library stays out of the other pages' download.
          {
            path: 'insights',
            hydrateFallbackElement: <LoadingState />,
            lazy: async () => ({
              Component: (await import('../features/insights/pages/InsightsPage')).InsightsPage,
            }),
          },
          // Events (conferences, their sessions and what was presented) and curated collections
          { path: 'events', element: <EventsPage /> },
          { path: 'events/new', element: <NewEventPage /> },
          { path: 'events/:slug', element: <EventPage /> },
          { path: 'events/:slug/edit', element: <EditEventPage /> },
          { path: 'collections', element: <CollectionsPage /> },
          { path: 'collections/new', element: <NewCollectionPage /> },
          { path: 'collections/:slug', element: <CollectionPage /> },
          { path: 'collections/:slug/edit', element: <EditCollectionPage /> },
          // Discussions
          { path: 'discussions', element: <ForumIndexPage /> },
          { path: 'discussions/c/:slug', element: <CategoryPage /> },
          { path: 'discussions/:threadId', element: <ThreadPage /> },
          // Accounts
          { path: 'sign-up', element: <SignUpPage /> },
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          { path: 'verify-email', element: <VerifyEmailPage /> },
          { path: 'profile', element: <ProfilePage /> },
          { path: 'settings/api-tokens', element: <ApiTokensPage /> },
          { path: 'notifications', element: <NotificationsPage /> },
          // Organizations
          { path: 'organizations', element: <OrganizationsPage /> },
          { path: 'organizations/new', element: <NewOrganizationPage /> },
          { path: 'organizations/:slug', element: <OrganizationPage /> },
          { path: 'invitations/accept', element: <AcceptInvitationPage /> },
          // Platform admins
          { path: 'admin', element: <AdminPage /> },
          { path: 'moderation', element: <ModerationPage /> },
          // Development: the mails the platform would have sent (404 from the API in production)
          { path: 'dev/mailbox', element: <DevMailboxPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
