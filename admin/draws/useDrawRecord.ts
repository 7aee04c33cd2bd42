import { useQuery } from '@tanstack/react-query';
import { useDataProvider, type Identifier } from 'react-admin';
import type { QdDataProvider } from '../providers/dataProvider';

/** The whole QD-DRAW-2 record of a draw (DRAW-SPEC §7); refreshed with everything else by useRefresh. */
export const useDrawRecord = (drawId: Identifier | null | undefined) => {
  const dataProvider = useDataProvider<QdDataProvider>();
  return useQuery({
    queryKey: ['draws', 'getDrawRecord', { id: String(drawId) }],
    queryFn: () => dataProvider.getDrawRecord(drawId!),
    enabled: drawId != null,
  });
};
