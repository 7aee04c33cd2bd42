import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { TodoCountsProvider } from '../home/TodoCounts';
import { QdAppBar } from './QdAppBar';
import { QdMenu } from './menu/QdMenu';

/** react-admin's layout with the menu by job; the waiting counts are read once for the menu and the home page. */
export const Layout = ({ children }: { children: ReactNode }) => (
  <TodoCountsProvider>
    <RaLayout appBar={QdAppBar} menu={QdMenu}>
      {children}
    </RaLayout>
  </TodoCountsProvider>
);
