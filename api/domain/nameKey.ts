import { pinyin } from 'pinyin-pro';

/**
 * The sort key of a Chinese name: its 汉语拼音 with tone numbers, syllable by syllable ("即墨区" → "ji2 mo4 qu1"),
 * so lists sort the way a bureau's staff look names up. The embedded PostgreSQL has no ICU collation that could do
 * it, so the key is computed on write and stored; `pinyin-pro` reads polyphones in context (长城 chang2, 重庆 chong2)
 * and, for a person's name, the surname as a surname.
 */
export const nameSortKey = (name: string, { person = false }: { person?: boolean } = {}): string =>
  // A person's first character is read as a surname (曾 zeng1, 单 shan4), not as the word it also is.
  pinyin(name.trim(), { toneType: 'num', type: 'array', nonZh: 'consecutive', surname: person ? 'head' : 'off' })
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
    .join(' ');
