import BadgeIcon from '@mui/icons-material/Badge';
import { InspectorList } from './InspectorList';
import { InspectorEdit } from './InspectorEdit';
import { InspectorCreate } from './InspectorCreate';
import { InspectorShow } from './InspectorShow';

export interface Inspector {
  id: number;
  version: number;
  name: string;
  unitId: number;
  departmentId: number | null;
  category: 'civil_servant' | 'qualified' | 'supervisor';
  certificateNo: string | null;
  status: 'active' | 'transferred' | 'suspended' | 'retired';
  userId: number | null;
  changedOn: string;
  recordedOn: string;
  overdue: boolean;
}

export default {
  list: InspectorList,
  edit: InspectorEdit,
  create: InspectorCreate,
  show: InspectorShow,
  icon: BadgeIcon,
  recordRepresentation: (i: Inspector) => i.name,
};
