import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { TodoCountsProvider } from '../home/TodoCounts';
import { QdAppBar } from './QdAppBar';
import { QdMenu } from './menu/QdMenu';
import { usePageChange } from './usePageChange';

/**
 * react-admin's layout with the menu by job; the waiting counts are read once for the menu and the home page; a new
 * page names the browser's tab and the keyboard goes on from its content (usePageChange).
 */
export const Layout = ({ children }: { children: ReactNode }) => {
  usePageChange();
  return (
    <TodoCountsProvider>
      <RaLayout appBar={QdAppBar} appBarAlwaysOn menu={QdMenu}>
        {children}
      </RaLayout>
    </TodoCountsProvider>
  );
};
