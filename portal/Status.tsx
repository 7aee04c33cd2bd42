import type { Loaded } from './useLoad';

/** What a page shows while loading or after a failure; null once loaded. */
export function Status({ loaded }: { loaded: Loaded<unknown> }) {
  if (loaded.state === 'loading') return <p role="status">正在加载……</p>;
  if (loaded.state === 'error')
    return (
      <p role="alert" className="error">
        {loaded.message}
      </p>
    );
  return null;
}
