import { minLength, regex } from 'react-admin';

/** The API's password rule (api/auth/passwords.ts), checked before sending; the server has the last word. */
export const PASSWORD_RULES = [minLength(8, 'qd.password.too_short'), regex(/^(?=.*[A-Za-z])(?=.*\d)/, 'qd.password.letters_and_digits')];
