import { useGetList } from 'react-admin';
import type { Department } from '../records';

/** What a plan line needs to know of an item of the 抽查事项清单. */
export interface PlanItem {
  id: number;
  name: string;
  lineId: number;
  status: 'active' | 'retired';
  methods: string[];
}

const ALL = { page: 1, perPage: 1000 };
const BY_ID = { field: 'id', order: 'ASC' } as const;

/** The unit's items (retired ones too, to name old lines) and its implementing offices, for the line editors. */
export const usePlanLineOptions = (unitId: number) => {
  const items = useGetList<PlanItem>('items', { filter: { unitId }, pagination: ALL, sort: BY_ID });
  const departments = useGetList<Department>('departments', { filter: { unitId, lead: false }, pagination: ALL, sort: BY_ID });
  return { items: items.data ?? [], departments: departments.data ?? [], isPending: items.isPending || departments.isPending };
};
