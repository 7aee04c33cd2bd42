import type { TranslateFunction } from 'react-admin';
import { fieldErrors } from '../common/actionSubmit';

/**
 * What went wrong with a line, for a notification: the API's field errors named by their translated field
 * (`upserts.0.ratioBp` → 抽查比例), otherwise the message (a translation key or the API's own words).
 */
export function describeLineError(error: unknown, translate: TranslateFunction): string {
  const errors = fieldErrors(error);
  if (errors) {
    return Object.entries(errors)
      .map(([key, message]) => {
        const field = key.split('.').pop()!;
        return translate('qd.plans.lines.field_error', { field: translate(`resources.planLines.fields.${field}`, { _: field }), message });
      })
      .join('; ');
  }
  const message = error instanceof Error ? error.message : 'ra.notification.http_error';
  return translate(message, { _: message });
}
