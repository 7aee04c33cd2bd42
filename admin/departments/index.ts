import type { Department } from '../records';
import ApartmentIcon from '@mui/icons-material/Apartment';
import { DepartmentList } from './DepartmentList';
import { DepartmentEdit } from './DepartmentEdit';
import { DepartmentCreate } from './DepartmentCreate';

export default {
  list: DepartmentList,
  edit: DepartmentEdit,
  create: DepartmentCreate,
  icon: ApartmentIcon,
  recordRepresentation: (d: Department) => d.name,
};
