import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Backdrop, CircularProgress } from '@mui/material';
import { useTranslate } from 'react-admin';

/**
 * A view loaded on demand: its code (and what only it uses — the data grid, the spreadsheet reader) becomes a chunk of
 * its own, fetched when it first renders. Resource pages sit inside react-admin's layout, whose Suspense boundary shows
 * its progress indicator while the chunk loads; a dialog opened from a page goes inside <OnDemand>.
 */
export const lazyView = <P extends object, K extends string>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

/** While an on-demand dialog's code loads: a progress indicator over the page, which stays as it is. */
export const OnDemand = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Suspense
      fallback={
        <Backdrop open sx={{ zIndex: (theme) => theme.zIndex.modal }}>
          <CircularProgress aria-label={translate('ra.page.loading')} />
        </Backdrop>
      }
    >
      {children}
    </Suspense>
  );
};
