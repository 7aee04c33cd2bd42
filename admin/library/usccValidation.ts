import { checkUscc } from '../../api/domain/uscc';

/** The translation key of what is wrong with a 统一社会信用代码 (GB 32100), or undefined when it is valid. */
export const usccProblem = (code: string): string | undefined => {
  const problem = checkUscc(code.trim().toUpperCase());
  return problem ? `qd.library.uscc.${problem}` : undefined;
};

/** react-admin validator for the code's input. */
export const validateUscc = (value: unknown): string | undefined => (typeof value === 'string' && value ? usccProblem(value) : undefined);
