import { HttpError, type NotificationType } from 'react-admin';

/** The per-field messages of a 400 answer, in the shape a react-admin Form's onSubmit returns to show them. */
export const fieldErrors = (error: unknown): Record<string, string> | undefined =>
  error instanceof HttpError ? (error.body as { errors?: Record<string, string> } | undefined)?.errors : undefined;

type Notify = (message: string, options: { type: NotificationType }) => void;

/**
 * onSubmit for a form that calls a custom action: the server's field errors go under the inputs, anything else is
 * notified; on success `done` is notified and `after` runs (close, refresh, redirect). A plain function, not a hook,
 * so buttons may build it after deciding whether to render at all.
 */
export const actionSubmit =
  <V>(notify: Notify, action: (values: V) => Promise<unknown>, done: string, after: () => void) =>
  async (values: V) => {
    try {
      await action(values);
    } catch (error) {
      const errors = fieldErrors(error);
      if (errors) return errors;
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
      return undefined;
    }
    notify(done, { type: 'success' });
    after();
    return undefined;
  };
