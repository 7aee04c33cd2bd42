import { mergeTranslations, type TranslationMessages } from 'react-admin';
import englishMessages from 'ra-language-english';
import type { appZh } from './zh';
import type { MessagesLike } from './messages';
import { homeEn } from './home';
import { plansEn } from './plans';
import { libraryEn } from './library';
import { tasksEn } from './tasks';
import { commitmentsEn } from './commitments';
import { resultsEn } from './results';
import { archivesEn } from './archives';
import { outsideEn } from './outside';
import { dashboardEn } from './dashboard';

const appEn: MessagesLike<typeof appZh> = {
  qd: {
    title: 'Double Random, One Public',
    list: { page_range_lower_bound: '%{offsetBegin}–%{offsetEnd} of %{total}+', details: 'Details', show_details: 'Show', hide_details: 'Hide' },
    roles: {
      admin: 'Administrator',
      lead: 'Lead office',
      officer: 'Implementing office',
      chief: 'Department head',
      leader: 'Leader in charge',
      archivist: 'Archivist',
      inspector: 'Inspector',
    },
    levels: { city: 'City', district: 'District / county-level city' },
    auth: {
      wrong_credentials: 'Wrong username or password',
      locked: 'Too many failed logins: the account is locked for 15 minutes',
      rate_limited: 'Too many login attempts, please try again later',
      user_menu: 'User menu of %{name}',
    },
    password: {
      menu: 'Change password',
      title: 'Change password',
      intro:
        'The new password needs at least 8 characters with both letters and digits, and may not be the demo password. Changing it signs you out on your other devices.',
      current: 'Current password',
      new: 'New password',
      confirm: 'Confirm new password',
      mismatch: 'The two new passwords differ',
      too_short: 'At least 8 characters',
      letters_and_digits: 'Needs both letters and digits',
      changed: 'Password changed',
    },
    access_denied: {
      title: 'Access denied',
      message: 'You do not have permission to open this page. Ask the administrator if you need it.',
      back: 'Back to the home page',
    },
    errors: {
      stale_version: 'Someone else changed this record: reload it and try again',
      forbidden: 'You may not do this',
      not_found: 'The record does not exist or is not yours to see',
      referenced: 'Other records still refer to this one: it cannot be deleted',
      duplicate: 'A record with the same value exists',
      too_large: 'The data sent is too large',
    },
    users: {
      password_create_helper: 'Initial password: at least 8 characters with letters and digits',
      password_edit_helper: "Leave empty to keep it; filling it in resets the user's password and ends their sessions",
      department_helper: 'Only the departments of the chosen unit are listed',
    },
    departments: {
      lead_helper: 'The lead office (legal affairs) belongs to no business line',
    },
    audit: {
      actions: {
        create: 'Create',
        update: 'Update',
        delete: 'Delete',
        login: 'Log in',
        logout: 'Log out',
        password: 'Change password',
        seed: 'Load seed data',
      },
      resources: { users: 'User', units: 'Unit', departments: 'Department', lines: 'Business line', sessions: 'Session' },
      none: '(none)',
    },
    validation: {
      username: '2–32 lowercase letters, digits, dots, underscores or hyphens, starting with a letter or digit',
      unit_code: 'A 6-digit administrative division code',
      line_code: 'Lowercase letters, digits or underscores (2–32), starting with a letter',
    },
  },
  resources: {
    users: {
      name: 'User |||| Users',
      fields: {
        id: 'Id',
        username: 'Username',
        name: 'Name',
        role: 'Role',
        unitId: 'Unit',
        departmentId: 'Department',
        active: 'Active',
        password: 'Password',
        createdAt: 'Created',
        updatedAt: 'Updated',
      },
    },
    units: {
      name: 'Unit |||| Units',
      fields: { id: 'Id', name: 'Name', code: 'Division code', level: 'Level', updatedAt: 'Updated' },
    },
    departments: {
      name: 'Department |||| Departments',
      fields: { id: 'Id', name: 'Name', unitId: 'Unit', lead: 'Lead office', lineId: 'Business line', updatedAt: 'Updated' },
    },
    lines: {
      name: 'Business line |||| Business lines',
      fields: { id: 'Id', name: 'Name', code: 'Code', updatedAt: 'Updated' },
    },
    audit: {
      name: 'Audit entry |||| Audit log',
      fields: {
        id: 'No.',
        at: 'Time',
        actorId: 'Actor id',
        actorName: 'Actor',
        unitId: 'Unit',
        action: 'Action',
        resource: 'Resource',
        recordId: 'Record',
        reason: 'Reason',
        prevHash: 'Previous hash',
        hash: 'Hash',
        before: 'Before',
        after: 'After',
        at_gte: 'From',
        at_lte: 'Until',
      },
    },
  },
};

export const en: TranslationMessages = mergeTranslations(
  englishMessages,
  appEn,
  plansEn,
  ...libraryEn,
  tasksEn,
  commitmentsEn,
  homeEn,
  resultsEn,
  archivesEn,
  outsideEn,
  dashboardEn,
);
