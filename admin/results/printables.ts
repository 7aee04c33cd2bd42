import type { Identifier } from 'react-admin';
import { noticeMayBeIssued, rectificationMayBeIssued } from '../../api/domain/results';
import { API_URL } from '../providers/dataProvider';
import type { Result } from '../records';

export type PrintedResult = Pick<Result, 'id' | 'noticeMode' | 'category'>;

export interface Printable {
  key: 'notice' | 'record_form' | 'rectification';
  href: string;
  /** Translation keys: the button's label, and a hint on which record form it is. */
  label: string;
  title?: string;
}

/**
 * The documents of an assignment the server issues (the rules of api/domain/results.ts): the notice unless the check
 * is not to be announced; the record form blank before a result is entered and filled from it after; the order to
 * rectify where the result found a problem. A void assignment (its team replaced) has no documents of its own.
 */
export function printables(assignmentId: Identifier, active: boolean, result: PrintedResult | undefined): Printable[] {
  const docs: Printable[] = [];
  if (active && noticeMayBeIssued(result))
    docs.push({ key: 'notice', href: `${API_URL}/assignments/${assignmentId}/documents/notice`, label: 'qd.results.print.notice' });
  if (result)
    docs.push({
      key: 'record_form',
      href: `${API_URL}/results/${result.id}/documents/record-form`,
      label: 'qd.results.print.record_form',
      title: 'qd.results.print.record_form_filled',
    });
  else if (active)
    docs.push({
      key: 'record_form',
      href: `${API_URL}/assignments/${assignmentId}/documents/record-form`,
      label: 'qd.results.print.record_form',
      title: 'qd.results.print.record_form_blank',
    });
  if (result && rectificationMayBeIssued(result))
    docs.push({ key: 'rectification', href: `${API_URL}/results/${result.id}/documents/rectification`, label: 'qd.results.print.rectification' });
  return docs;
}
