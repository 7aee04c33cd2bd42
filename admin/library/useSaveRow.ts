import { useCallback } from 'react';
import { HttpError, useNotify, useTranslate, useUpdate, type RaRecord } from 'react-admin';

interface ApiErrorBody {
  errors?: Record<string, string>;
}

/**
 * processRowUpdate for a library grid: saves the edited row through react-admin's update (pessimistic, with the
 * row's `version`, so react-admin's list cache follows). A refusal is told — the server's field messages, or that
 * someone else changed the record — and rethrown so the grid keeps the row in edit mode.
 */
export function useSaveRow(resource: string, onStale: (id: RaRecord['id']) => void, validate?: (row: never) => Record<string, string> | undefined) {
  const [update] = useUpdate();
  const notify = useNotify();
  const translate = useTranslate();
  const tellFieldErrors = useCallback(
    (fields: Record<string, string>) => {
      const errors = Object.entries(fields)
        .map(([field, message]) =>
          translate('qd.library.grid.field_error', { field: translate(`resources.${resource}.fields.${field}`, { _: field }), message }),
        )
        .join(translate('qd.library.separator'));
      notify('qd.library.grid.invalid', { type: 'error', messageArgs: { errors } });
    },
    [notify, translate, resource],
  );
  return useCallback(
    async <R extends RaRecord>(newRow: R, oldRow: R): Promise<R> => {
      if (JSON.stringify(newRow) === JSON.stringify(oldRow)) return oldRow;
      const problems = validate?.(newRow as never);
      if (problems) {
        tellFieldErrors(Object.fromEntries(Object.entries(problems).map(([field, key]) => [field, translate(key)])));
        throw new Error('invalid row');
      }
      try {
        const saved = await update(
          resource,
          { id: newRow.id, data: { ...newRow, version: oldRow.version }, previousData: oldRow },
          { mutationMode: 'pessimistic', returnPromise: true },
        );
        notify('qd.library.grid.saved', { type: 'success' });
        return saved as R;
      } catch (error) {
        const fields = error instanceof HttpError ? (error.body as ApiErrorBody | undefined)?.errors : undefined;
        if (fields) {
          tellFieldErrors(fields);
        } else {
          notify((error as Error).message, { type: 'error' });
        }
        if (error instanceof HttpError && error.status === 409) onStale(newRow.id);
        throw error;
      }
    },
    [update, notify, resource, onStale, validate, tellFieldErrors, translate],
  );
}
