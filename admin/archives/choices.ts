import {
  ARCHIVE_STATUSES,
  CHANGE_KINDS,
  CHANGE_STATES,
  CORRECTABLE_FIELDS,
  DOCUMENT_KINDS,
  LOAN_STATES,
  RETENTION_PERIODS,
  RETURN_CONDITIONS,
} from '../../api/domain/archives';

/** Choices from the domain's shared lists (api/domain/archives.ts); names are translation keys. */
const choicesOf = (list: readonly string[], key: string) => list.map((id) => ({ id, name: `qd.${key}.${id}` }));

export const ARCHIVE_STATUS_CHOICES = choicesOf(ARCHIVE_STATUSES, 'archives.statuses');
export const RETENTION_CHOICES = choicesOf(RETENTION_PERIODS, 'archives.retention');
export const DOCUMENT_KIND_CHOICES = choicesOf(DOCUMENT_KINDS, 'archives.documentKinds');
export const LOAN_STATUS_CHOICES = choicesOf(LOAN_STATES, 'loans.statuses');
export const CONDITION_CHOICES = choicesOf(RETURN_CONDITIONS, 'loans.conditions');
export const CHANGE_KIND_CHOICES = choicesOf(CHANGE_KINDS, 'archiveChanges.kinds');
export const CHANGE_STATUS_CHOICES = choicesOf(CHANGE_STATES, 'archiveChanges.statuses');
/** The fields a change may correct, named as the archive's own fields are. */
export const CORRECTABLE_FIELD_CHOICES = CORRECTABLE_FIELDS.map((id) => ({ id, name: `resources.archives.fields.${id}` }));
