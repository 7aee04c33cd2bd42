import { useEffect, useState } from 'react';

export type Loaded<T> = { state: 'loading' } | { state: 'done'; value: T } | { state: 'error'; message: string };

/** Loads once per key; a newer key's answer replaces an older one that arrives late. */
export function useLoad<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [loaded, setLoaded] = useState<{ key: string; value: Loaded<T> }>({ key: '', value: { state: 'loading' } });
  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setLoaded({ key, value: { state: 'done', value } }),
      (err: unknown) => current && setLoaded({ key, value: { state: 'error', message: err instanceof Error ? err.message : '读取失败' } }),
    );
    return () => {
      current = false;
    };
    // `load` is a new closure each render; `key` says what it loads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return loaded.key === key ? loaded.value : { state: 'loading' };
}
