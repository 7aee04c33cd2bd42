import ForwardToInboxIcon from '@mui/icons-material/ForwardToInbox';
import { lazyView } from '../common/lazyView';

const ReferralList = lazyView(() => import('./ReferralList'), 'ReferralList');

/** 线索移交 (§10.2). */
export default { list: ReferralList, icon: ForwardToInboxIcon };
