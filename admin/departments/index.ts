import ApartmentIcon from '@mui/icons-material/Apartment';
import { DepartmentList } from './DepartmentList';
import { DepartmentEdit } from './DepartmentEdit';
import { DepartmentCreate } from './DepartmentCreate';

export interface Department {
  id: number;
  version: number;
  name: string;
  unitId: number;
  lead: boolean;
  lineId: number | null;
}

export default {
  list: DepartmentList,
  edit: DepartmentEdit,
  create: DepartmentCreate,
  icon: ApartmentIcon,
  recordRepresentation: (d: Department) => d.name,
};
