import {
  ENTITY_SIGNOFFS,
  EVIDENCE_COLLECTION,
  EVIDENCE_KINDS,
  MEASURE_FORMS,
  NOTICE_MODES,
  REFERRAL_KINDS,
  RESULT_CATEGORIES,
  RESULT_MEASURES,
  RESULT_METHODS,
  RESULT_STATUSES,
} from '../../api/domain/results';

/** Choices from the domain's shared lists; names are translation keys (qd.results.<list>.<value>). */
const choicesOf = (list: readonly string[], key: string) => list.map((id) => ({ id, name: `qd.results.${key}.${id}` }));

export const METHOD_CHOICES = choicesOf(RESULT_METHODS, 'methods');
export const NOTICE_CHOICES = choicesOf(NOTICE_MODES, 'notice');
export const SIGNOFF_CHOICES = choicesOf(ENTITY_SIGNOFFS, 'signoff');
export const CATEGORY_CHOICES = choicesOf(RESULT_CATEGORIES, 'categories');
export const MEASURE_CHOICES = choicesOf(RESULT_MEASURES, 'measures');
export const MEASURE_FORM_CHOICES = choicesOf(MEASURE_FORMS, 'measureForms');
export const STATUS_CHOICES = choicesOf(RESULT_STATUSES, 'statuses');
export const EVIDENCE_KIND_CHOICES = choicesOf(EVIDENCE_KINDS, 'evidenceKinds');
export const COLLECTION_CHOICES = choicesOf(EVIDENCE_COLLECTION, 'collection');
export const REFERRAL_KIND_CHOICES = choicesOf(REFERRAL_KINDS, 'referralKinds');
