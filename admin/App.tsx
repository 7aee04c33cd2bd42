import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import { Layout } from './layout/Layout';
import { LoginPage } from './common/LoginPage';
import { AccessDeniedPage } from './common/AccessDeniedPage';
import { theme } from './layout/theme';
import { CHANGE_PASSWORD_PATH } from './password/path';
import { lazyView } from './common/lazyView';
import users from './users';
import departments from './departments';
import units from './units';
import lines from './lines';
import audit from './audit';
import holidays from './holidays';
import items from './items';
import itemRevisions from './itemRevisions';
import itemPublications from './itemPublications';
import entities from './entities';
import inspectors from './inspectors';
import conflicts from './conflicts';
import plans from './plans';
import planLines from './planLines';
import planExemptions from './planExemptions';
import planVersions from './planVersions';
import planAdjustments from './planAdjustments';
import tasks from './tasks';
import draws from './draws';
import dispatches from './dispatches';
import assignments from './assignments';
import replacements from './replacements';
import results from './results';
import referrals from './referrals';
import archives from './archives';
import loans from './loans';
import archiveChanges from './archiveChanges';
import outsideSystems from './outsideSystems';
import outbox from './outbox';
import dashboard from './dashboard';

// Every page is loaded on demand (see lazyView); index.html loads only the frame: providers, layout, menu, login.
const HomePage = lazyView(() => import('./home/HomePage'), 'HomePage');
const ChangePasswordPage = lazyView(() => import('./password/ChangePasswordPage'), 'ChangePasswordPage');
const DashboardSummaryPage = lazyView(() => import('./dashboard/DashboardSummaryPage'), 'DashboardSummaryPage');

export const App = () => (
  <Admin
    authProvider={authProvider}
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    layout={Layout}
    loginPage={LoginPage}
    accessDenied={AccessDeniedPage}
    dashboard={HomePage}
    theme={theme}
    title="qd.title"
    requireAuth
    disableTelemetry
  >
    <Resource name="users" {...users} />
    <Resource name="departments" {...departments} />
    <Resource name="units" {...units} />
    <Resource name="lines" {...lines} />
    <Resource name="holidays" {...holidays} />
    <Resource name="items" {...items} />
    <Resource name="itemRevisions" {...itemRevisions} />
    <Resource name="itemPublications" {...itemPublications} />
    <Resource name="entities" {...entities} />
    <Resource name="inspectors" {...inspectors} />
    <Resource name="conflicts" {...conflicts} />
    <Resource name="plans" {...plans} />
    <Resource name="planLines" {...planLines} />
    <Resource name="planExemptions" {...planExemptions} />
    <Resource name="planVersions" {...planVersions} />
    <Resource name="planAdjustments" {...planAdjustments} />
    <Resource name="tasks" {...tasks} />
    <Resource name="draws" {...draws} />
    <Resource name="dispatches" {...dispatches} />
    <Resource name="assignments" {...assignments} />
    <Resource name="replacements" {...replacements} />
    <Resource name="results" {...results} />
    <Resource name="referrals" {...referrals} />
    <Resource name="archives" {...archives} />
    <Resource name="loans" {...loans} />
    <Resource name="archiveChanges" {...archiveChanges} />
    <Resource name="dashboard" {...dashboard} />
    <Resource name="audit" {...audit} />
    <Resource name="outsideSystems" {...outsideSystems} />
    <Resource name="outbox" {...outbox} />
    <CustomRoutes>
      <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
      <Route path="/dashboard/summary" element={<DashboardSummaryPage />} />
    </CustomRoutes>
  </Admin>
);
