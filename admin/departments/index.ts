import type { Department } from '../records';
import ApartmentIcon from '@mui/icons-material/Apartment';
import { lazyView } from '../common/lazyView';

const DepartmentList = lazyView(() => import('./DepartmentList'), 'DepartmentList');
const DepartmentEdit = lazyView(() => import('./DepartmentEdit'), 'DepartmentEdit');
const DepartmentCreate = lazyView(() => import('./DepartmentCreate'), 'DepartmentCreate');

export default {
  list: DepartmentList,
  edit: DepartmentEdit,
  create: DepartmentCreate,
  icon: ApartmentIcon,
  recordRepresentation: (d: Department) => d.name,
};
