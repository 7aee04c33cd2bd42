import type { fetchUtils } from 'react-admin';
import type { ImportAnswer } from '../../api/actions/province';
import { XLSX_TYPE } from './libraryMethods';

export type { ImportAnswer };

/** Tasks dispatched by the provincial platform (§9.1.1): its export file, or fetched from it on demand. */
export interface ProvinceMethods {
  importProvinceTasks(file: File): Promise<ImportAnswer>;
  pollProvinceTasks(): Promise<ImportAnswer>;
}

type HttpClient = (url: string, options?: fetchUtils.Options) => Promise<{ json: unknown }>;

export const provinceMethods = (apiUrl: string, http: HttpClient): ProvinceMethods => ({
  importProvinceTasks: async (file) =>
    (
      await http(`${apiUrl}/tasks/import-province`, {
        method: 'POST',
        body: file,
        headers: new Headers({ 'Content-Type': /\.xlsx$/i.test(file.name) ? XLSX_TYPE : 'application/json', Accept: 'application/json' }),
      })
    ).json as ImportAnswer,
  pollProvinceTasks: async () => (await http(`${apiUrl}/tasks/import-province/poll`, { method: 'POST', body: '{}' })).json as ImportAnswer,
});
