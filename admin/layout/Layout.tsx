import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { QdAppBar } from './QdAppBar';

/** react-admin's layout; its menu lists only the resources authProvider.canAccess allows. */
export const Layout = ({ children }: { children: ReactNode }) => <RaLayout appBar={QdAppBar}>{children}</RaLayout>;
