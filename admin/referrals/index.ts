import ForwardToInboxIcon from '@mui/icons-material/ForwardToInbox';
import { ReferralList } from './ReferralList';

/** 线索移交 (§10.2). */
export default { list: ReferralList, icon: ForwardToInboxIcon };
