import { useCallback } from 'react';
import { useNotificationContext, useNotify, type NotificationType } from 'react-admin';

/**
 * notify for a form's outcome: a success first clears what earlier attempts left queued ("表单填写有误" from a
 * submit the validation refused), so the user reads that it worked, not the old error.
 */
export const useActionNotify = () => {
  const notify = useNotify();
  const { resetNotifications } = useNotificationContext();
  return useCallback(
    (message: string, options: { type: NotificationType }) => {
      if (options.type === 'success') resetNotifications();
      notify(message, options);
    },
    [notify, resetNotifications],
  );
};
