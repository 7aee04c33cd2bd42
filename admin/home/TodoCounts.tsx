import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { todoKindsFor } from './todoKinds';
import type { Me, TodoKind } from './todoKind';
import { useMe } from './useMe';

type Counts = Record<string, number>;
const CountsContext = createContext<Counts>({});

/** Reads one kind's count (its own hook, in its own component) and reports it. */
const Probe = ({
  kind,
  me,
  report,
}: {
  kind: TodoKind & { useCount: NonNullable<TodoKind['useCount']> };
  me: Me;
  report: (id: string, n: number | undefined) => void;
}) => {
  const n = kind.useCount(me);
  useEffect(() => report(kind.id, n), [kind.id, n, report]);
  return null;
};

/** The counts of the user's waiting items, by kind: the home page's badges and the menu's come from here. */
export const TodoCountsProvider = ({ children }: { children: ReactNode }) => {
  const me = useMe();
  const [counts, setCounts] = useState<Counts>({});
  const report = useCallback((id: string, n: number | undefined) => setCounts((c) => (n === undefined || c[id] === n ? c : { ...c, [id]: n })), []);
  // Not memoised: the kinds depend on the role and on the lead office (appliesTo), filtering them is cheap, and each
  // Probe is keyed by its kind, so the same kinds keep the same Probes (and their hooks) from render to render.
  const counted = me ? todoKindsFor(me).filter((k) => k.useCount) : [];
  return (
    <CountsContext.Provider value={counts}>
      {me && counted.map((k) => <Probe key={k.id} kind={k as never} me={me} report={report} />)}
      {children}
    </CountsContext.Provider>
  );
};

/** How many items wait behind a menu entry (0 when none or not yet known). */
export const useMenuCount = (menu: string): number => {
  const counts = useContext(CountsContext);
  const me = useMe();
  if (!me) return 0;
  return todoKindsFor(me)
    .filter((k) => k.menu === menu)
    .reduce((sum, k) => sum + (counts[k.id] ?? 0), 0);
};

/** How many items wait in all: the 我的待办 entry's badge. */
export const useTotalCount = (): number => Object.values(useContext(CountsContext)).reduce((a, b) => a + b, 0);
