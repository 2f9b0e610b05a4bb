import type { RouteObject } from 'react-router';
import { AccessibilityPage } from '../features/accessibility/pages/AccessibilityPage';
import { ForgotPasswordPage } from '../features/auth/pages/ForgotPasswordPage';
import { LoginPage } from '../features/auth/pages/LoginPage';
import { SetPasswordPage } from '../features/auth/pages/SetPasswordPage';
import { NotFound } from '../shared/components/NotFound';
import { AppLayout } from './AppLayout';
import {
  mayAdminister,
  mayAnswerForGuests,
  mayManageSecrecyGrounds,
  mayReadAudit,
} from '../features/admin/admin-access';
import { RequireRole } from './RequireRole';
import { mayPlanRounds, maySeeRounds } from './roles';
import { RequireSession } from './RequireSession';
import { StartPage } from './StartPage';

/**
 * The app's pages. Their paths are stable (DESIGN.md "Web app"): the service's emails link to them.
 * Pages behind sign-in go under RequireSession; a feature's pages load on demand (`lazy`), so the login
 * page stays small.
 */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { path: 'login', element: <LoginPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'set-password/:token', element: <SetPasswordPage /> },
      { path: 'accessibility', element: <AccessibilityPage /> },
      {
        element: <RequireSession />,
        children: [
          { index: true, element: <StartPage /> },
          {
            path: 'municipalities/:id',
            lazy: async () => ({
              Component: (await import('../features/municipality/pages/MunicipalityPage')).MunicipalityPage,
            }),
          },
          {
            // Rounds are the region's planning (the API shows a municipality's people none of them).
            path: 'rounds',
            element: <RequireRole allow={maySeeRounds} textKey="forbidden.regionOnly" />,
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('../features/rounds/pages/RoundsPage')).RoundsPage,
                }),
              },
              {
                path: 'new',
                element: <RequireRole allow={mayPlanRounds} />,
                children: [
                  {
                    index: true,
                    lazy: async () => ({
                      Component: (await import('../features/rounds/pages/NewRoundPage')).NewRoundPage,
                    }),
                  },
                ],
              },
              {
                path: ':id',
                lazy: async () => ({
                  Component: (await import('../features/rounds/pages/RoundPage')).RoundPage,
                }),
              },
            ],
          },
          {
            path: 'meetings',
            lazy: async () => ({
              Component: (await import('../features/meetings/pages/MeetingsPage')).MeetingsPage,
            }),
          },
          {
            path: 'actions',
            lazy: async () => ({
              Component: (await import('../features/actions/pages/ActionsPage')).ActionsPage,
            }),
          },
          {
            path: 'actions/:id',
            lazy: async () => ({
              Component: (await import('../features/actions/pages/ActionPage')).ActionPage,
            }),
          },
          {
            path: 'questions',
            lazy: async () => ({
              Component: (await import('../features/questions/pages/QuestionsPage')).QuestionsPage,
            }),
          },
          {
            path: 'questions/:id',
            lazy: async () => ({
              Component: (await import('../features/questions/pages/QuestionPage')).QuestionPage,
            }),
          },
          {
            path: 'admin/strategy-areas',
            lazy: async () => ({
              Component: (await import('../features/strategy-areas/pages/StrategyAreasPage'))
                .StrategyAreasPage,
            }),
          },
          {
            path: 'meetings/:id',
            lazy: async () => ({
              Component: (await import('../features/meetings/pages/MeetingPage')).MeetingPage,
            }),
          },
          {
            path: 'profile',
            lazy: async () => ({
              Component: (await import('../features/privacy/pages/ProfilePage')).ProfilePage,
            }),
          },
          {
            path: 'profile/calendar',
            lazy: async () => ({
              Component: (await import('../features/calendar-feeds/pages/CalendarFeedsPage'))
                .CalendarFeedsPage,
            }),
          },
          {
            // Administration: admins and coordinators; anyone else sees "not allowed".
            path: 'admin',
            element: <RequireRole allow={mayAdminister} />,
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('../features/admin/pages/AdminPage')).AdminPage,
                }),
              },
              {
                path: 'people',
                lazy: async () => ({
                  Component: (await import('../features/admin/pages/PeoplePage')).PeoplePage,
                }),
              },
              {
                path: 'people/new',
                lazy: async () => ({
                  Component: (await import('../features/admin/pages/NewPersonPage')).NewPersonPage,
                }),
              },
              {
                path: 'people/:id',
                lazy: async () => ({
                  Component: (await import('../features/admin/pages/PersonPage')).PersonPage,
                }),
              },
              {
                path: 'organizations',
                lazy: async () => ({
                  Component: (await import('../features/admin/pages/OrganizationsPage')).OrganizationsPage,
                }),
              },
              {
                path: 'organizations/new',
                lazy: async () => ({
                  Component: (await import('../features/admin/pages/NewOrganizationPage'))
                    .NewOrganizationPage,
                }),
              },
              {
                path: 'organizations/:id',
                lazy: async () => ({
                  Component: (await import('../features/admin/pages/OrganizationPage')).OrganizationPage,
                }),
              },
              {
                path: 'secrecy-grounds',
                element: <RequireRole allow={mayManageSecrecyGrounds} textKey="forbidden.adminsOnly" />,
                children: [
                  {
                    index: true,
                    lazy: async () => ({
                      Component: (await import('../features/secrecy-grounds/pages/SecrecyGroundsPage'))
                        .SecrecyGroundsPage,
                    }),
                  },
                ],
              },
              {
                path: 'guests',
                element: <RequireRole allow={mayAnswerForGuests} textKey="forbidden.adminsOnly" />,
                children: [
                  {
                    index: true,
                    lazy: async () => ({
                      Component: (await import('../features/privacy/pages/GuestPrivacyPage'))
                        .GuestPrivacyPage,
                    }),
                  },
                ],
              },
              {
                path: 'public-records',
                lazy: async () => ({
                  Component: (await import('../features/public-records/pages/PublicRecordsPage'))
                    .PublicRecordsPage,
                }),
              },
              {
                path: 'audit',
                element: <RequireRole allow={mayReadAudit} textKey="forbidden.adminsOnly" />,
                children: [
                  {
                    index: true,
                    lazy: async () => ({
                      Component: (await import('../features/admin/pages/AuditLogPage')).AuditLogPage,
                    }),
                  },
                ],
              },
            ],
          },
          {
            path: 'meetings/:id/agenda',
            lazy: async () => ({
              Component: (await import('../features/agenda/pages/AgendaPage')).AgendaPage,
            }),
          },
          {
            path: 'meetings/:id/minutes',
            lazy: async () => ({
              Component: (await import('../features/minutes/pages/MinutesPage')).MinutesPage,
            }),
          },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];
