/** The change-password page's route (its own module: the page itself is loaded on demand). */
export const CHANGE_PASSWORD_PATH = '/password';
