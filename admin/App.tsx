import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import { Layout } from './layout/Layout';
import { LoginPage } from './common/LoginPage';
import { AccessDeniedPage } from './common/AccessDeniedPage';
import { ChangePasswordPage, CHANGE_PASSWORD_PATH } from './password/ChangePasswordPage';
import users from './users';
import departments from './departments';
import units from './units';
import lines from './lines';
import audit from './audit';

export const App = () => (
  <Admin
    authProvider={authProvider}
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    layout={Layout}
    loginPage={LoginPage}
    accessDenied={AccessDeniedPage}
    title="qd.title"
    requireAuth
    disableTelemetry
  >
    <Resource name="users" {...users} />
    <Resource name="departments" {...departments} />
    <Resource name="units" {...units} />
    <Resource name="lines" {...lines} />
    <Resource name="audit" {...audit} />
    <CustomRoutes>
      <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
    </CustomRoutes>
  </Admin>
);
