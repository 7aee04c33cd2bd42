import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { Layout } from './Layout';
import { HomePage } from './pages/HomePage';
import { ItemsPage } from './pages/ItemsPage';
import { PlansPage } from './pages/PlansPage';
import { PlanPage } from './pages/PlanPage';
import { DrawsPage } from './pages/DrawsPage';
import { DrawPage } from './pages/DrawPage';
import { ResultsPage } from './pages/ResultsPage';
import { NonCooperationPage } from './pages/NonCooperationPage';
import { NotFoundPage } from './pages/NotFoundPage';

/** The public portal (§5.3 一公开) at /public/: each page a stable URL whose query string holds its filters and page. */
export const PortalApp = () => (
  <BrowserRouter basename="/public">
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="items" element={<ItemsPage />} />
        <Route path="plans" element={<PlansPage />} />
        <Route path="plans/:id" element={<PlanPage />} />
        <Route path="draws" element={<DrawsPage />} />
        <Route path="draws/:id" element={<DrawPage />} />
        <Route path="results" element={<ResultsPage />} />
        <Route path="non-cooperation" element={<NonCooperationPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  </BrowserRouter>
);
