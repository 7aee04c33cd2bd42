import type { Me, TodoKind } from './todoKind';
import { pendingReplacements } from './kinds/pendingReplacements';
import { pendingAdjustments } from './kinds/pendingAdjustments';
import { planDeadlineTodo } from './kinds/planDeadline';
import { draftTasks } from './kinds/draftTasks';
import { dispatchesToReceive } from './kinds/dispatchesToReceive';
import { myAssignments } from './kinds/myAssignments';
import { myReplacementRequests } from './kinds/myReplacementRequests';
import { myAdjustments } from './kinds/myAdjustments';
import { lockedAccounts } from './kinds/lockedAccounts';
import { lateEntities, lateInspectors } from './kinds/lateRecords';
import { loansToDecide } from './kinds/loansToDecide';
import { changesToDecide } from './kinds/changesToDecide';
import { loanFindings } from './kinds/loanFindings';
import { loansOut, loansToCheckOut, returnsToClose } from './kinds/archivistDesk';
import { resultsToEnter } from './kinds/resultsToEnter';
import { resultsToConfirm, resultsToPublish } from './kinds/resultsToReview';

/** Every kind of item on "我的待办", in the order the home page shows them: decisions first, then the user's own work. */
export const TODO_KINDS: TodoKind[] = [
  pendingReplacements,
  pendingAdjustments,
  loansToDecide,
  changesToDecide,
  loanFindings,
  resultsToConfirm,
  resultsToPublish,
  planDeadlineTodo,
  dispatchesToReceive,
  draftTasks,
  resultsToEnter,
  myAssignments,
  myReplacementRequests,
  myAdjustments,
  lockedAccounts,
  lateEntities,
  lateInspectors,
  loansToCheckOut,
  loansOut,
  returnsToClose,
];

export const todoKindsFor = (me: Me) => TODO_KINDS.filter((k) => k.roles.includes(me.role) && (k.appliesTo?.(me) ?? true));
